using Microsoft.Data.Sqlite;
using Npgsql;

namespace AgentSupport.Web.Domain;

/// <summary>
/// Recognises a unique-index violation on either provider. Slot bookings rely on unique indexes to
/// be atomic: the database, not a read-then-write check, decides which of two concurrent writers wins.
/// </summary>
internal static class UniqueViolation
{
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    public static bool Caused(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case SqliteException { SqliteExtendedErrorCode: SqliteConstraintUnique or SqliteConstraintPrimaryKey }:
                case PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }:
                    return true;
            }
        }

        return false;
    }
}
