using System.Data.Common;

namespace AgentSupport.Web.Data;

public static class DatabaseFailures
{
    /// <summary>
    /// Whether <paramref name="exception"/> is the database being unreachable for a while (down, restarting, a
    /// connection cut) rather than a bug. EF Core wraps provider errors (DbUpdateException, InvalidOperationException),
    /// so the whole chain is searched.
    /// </summary>
    public static bool IsTransient(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is DbException { IsTransient: true }) return true;
        }

        return false;
    }
}
