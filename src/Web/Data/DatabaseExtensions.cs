using System.Data.Common;
using AgentSupport.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AgentSupport.Web.Data;

public static class DatabaseExtensions
{
    public const string PostgreSql = "PostgreSQL";
    public const string Sqlite = "Sqlite";

    /// <summary>
    /// Registers <see cref="AppDbContext"/> over the configured provider: SQLite by default (a file in
    /// the data folder), PostgreSQL with <c>Database:Provider=PostgreSQL</c> and <c>ConnectionStrings:Default</c>.
    /// </summary>
    public static IHostApplicationBuilder AddAppDatabase(this IHostApplicationBuilder builder)
    {
        var provider = builder.Configuration["Database:Provider"] ?? Sqlite;
        var connectionString = builder.Configuration.GetConnectionString("Default");

        if (string.Equals(provider, PostgreSql, StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(connectionString))
                throw new InvalidOperationException("Database:Provider is PostgreSQL but ConnectionStrings:Default is not set.");
            var tuned = TunedForPostgres(connectionString);
            builder.Services.AddDbContextPool<AppDbContext, PostgresAppDbContext>((services, o) =>
                o.UseNpgsql(tuned).AddInterceptors(services.GetRequiredService<ClockStamps>()));
        }
        else if (string.Equals(provider, Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            builder.Services.AddDbContextPool<AppDbContext, SqliteAppDbContext>((services, o) =>
                o.UseSqlite(string.IsNullOrWhiteSpace(connectionString)
                    ? $"Data Source={services.GetRequiredService<DataFolder>().File("agentsupport.db")}"
                    : connectionString).AddInterceptors(services.GetRequiredService<ClockStamps>()));
        }
        else
        {
            throw new InvalidOperationException($"Unknown Database:Provider '{provider}'. Use '{Sqlite}' or '{PostgreSql}'.");
        }

        builder.Services.AddSingleton<ClockStamps>();
        builder.Services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: [Observability.ObservabilitySetup.ReadyTag]);
        return builder;
    }

    /// <summary>
    /// A chat turn runs a dozen short statements, each on a connection taken from the pool and given back. By default
    /// Npgsql resets a returned connection with <c>DISCARD ALL</c>, which also throws away the statements PostgreSQL
    /// prepared on it; the app keeps no session state, so connections are not reset and statements used often run
    /// prepared. A value the connection string sets itself wins.
    /// </summary>
    internal static string TunedForPostgres(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        bool Has(params string[] keys) => keys.Any(key => given.Keys.Cast<string>().Any(k => string.Equals(k.Replace(" ", ""), key, StringComparison.OrdinalIgnoreCase)));
        var tuned = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Has("NoResetOnClose")) tuned.NoResetOnClose = true;
        if (!Has("MaxAutoPrepare")) tuned.MaxAutoPrepare = 64;
        return tuned.ConnectionString;
    }

    /// <summary>Applies pending migrations, then seeds the demo data when asked to.</summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync();

        if (app.Configuration.GetValue<bool>("Demo:Seed"))
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
    }
}
