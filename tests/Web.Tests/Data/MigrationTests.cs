using AgentSupport.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AgentSupport.Web.Tests.Data;

public abstract class MigrationTests<TFixture>(TFixture app) : ProviderTests<TFixture>(app) where TFixture : AppFixture
{
    [SkippableFact]
    public async Task Migrations_applied_to_an_empty_database_give_the_model()
    {
        RequireDatabase();
        App.CreateClient(); // starting the app migrates its fresh database

        var (pendingMigrations, pendingModelChanges, applied) = await App.WithDbAsync(async db =>
            ((await db.Database.GetPendingMigrationsAsync()).ToList(), db.Database.HasPendingModelChanges(),
             (await db.Database.GetAppliedMigrationsAsync()).ToList()));

        Assert.Empty(pendingMigrations);
        Assert.False(pendingModelChanges, "the model has changes no migration captures: add a migration for both providers");
        Assert.NotEmpty(applied);
    }
}

public sealed class MigrationSqliteTests(SqliteAppFixture app) : MigrationTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class MigrationPostgresTests(PostgresAppFixture app) : MigrationTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
