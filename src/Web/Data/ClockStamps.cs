using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AgentSupport.Web.Data;

/// <summary>
/// Stamps new rows' <c>CreatedAt</c>/<c>UpdatedAt</c>/<c>At</c> from the app's <see cref="TimeProvider"/> when the
/// code left them unset, so every stored time comes from one clock (the one tests pin), not from the machine's.
/// </summary>
public sealed class ClockStamps(TimeProvider clock) : SaveChangesInterceptor
{
    private static readonly string[] StampNames = ["CreatedAt", "UpdatedAt", "At"];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Stamp(DbContext? context)
    {
        if (context is null) return;
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var entry in context.ChangeTracker.Entries().Where(e => e.State == EntityState.Added))
        {
            foreach (var property in entry.Properties)
            {
                if (property.Metadata.ClrType == typeof(DateTime) && StampNames.Contains(property.Metadata.Name)
                    && (DateTime)property.CurrentValue! == default)
                {
                    property.CurrentValue = now;
                }
            }
        }
    }
}
