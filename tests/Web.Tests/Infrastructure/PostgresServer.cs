using Npgsql;

namespace AgentSupport.Web.Tests.Infrastructure;

public static class PostgresServer
{
    public const string Variable = "AGENTSUPPORT_TEST_POSTGRES";

    public static bool Available => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable));

    /// <summary>Skips the calling test, with the reason, when no PostgreSQL server is configured.</summary>
    public static void SkipIfUnavailable() =>
        Skip.IfNot(Available, $"{Variable} is not set: PostgreSQL tests need a server (.ci/run starts one).");

    public static string ForDatabase(string server, string database) =>
        new NpgsqlConnectionStringBuilder(server) { Database = database, Pooling = true }.ConnectionString;

    public static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// Drops <paramref name="database"/>, its connections cut. The server may refuse for a moment (a catalog lock from a
    /// parallel fixture, a connection still closing, autovacuum visiting the new database), so it tries a few times.
    /// </summary>
    public static async Task DropDatabaseAsync(string server, string database)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
                return;
            }
            catch (PostgresException ex) when (attempt < 5)
            {
                Console.Error.WriteLine($"Dropping {database} failed ({ex.SqlState}: {ex.MessageText}); retrying.");
                await Task.Delay(TimeSpan.FromMilliseconds(500 * attempt));
            }
        }
    }
}
