using AgentSupport.Web.Data;
using AgentSupport.Web.Tests.Infrastructure;
using AgentSupport.Web.Workbench.Workers;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AgentSupport.Web.Tests.Workbench.Workers;

public sealed class WorkersSetupTests
{
    [SkippableFact]
    public Task Two_apps_in_one_process_enqueue_into_their_own_storage_and_build_jobs_from_their_own_services() =>
        WithTwoAppsAsync((first, second) =>
        {
            // Hangfire configures an app when it is first asked for; the second app is configured last, as a test
            // fixture starting in parallel with another would be.
            first.GetRequiredService<IGlobalConfiguration>();
            second.GetRequiredService<IGlobalConfiguration>();

            Enqueue(first);

            Assert.Equal(1, Enqueued(first));
            Assert.Equal(0, Enqueued(second));
            using var scope = first.GetRequiredService<JobActivator>().BeginScope((JobActivatorContext)null!);
            Assert.Same(first.GetRequiredService<WorkersOptions>(), scope.Resolve(typeof(WorkersOptions)));
            return Task.CompletedTask;
        });

    [SkippableFact]
    public Task An_app_outliving_another_in_the_process_still_enqueues_once_the_other_is_disposed() =>
        WithTwoAppsAsync(async (first, second) =>
        {
            first.GetRequiredService<IGlobalConfiguration>();
            // Hangfire's process-wide log provider is now the second app's, which stops and disposes its logger factory.
            second.GetRequiredService<IGlobalConfiguration>();
            await second.DisposeAsync();

            Enqueue(first);

            Assert.Equal(1, Enqueued(first));
        });

    /// <summary>Two apps in this process, each with its own Hangfire schema in the test server, dropped afterwards.</summary>
    private static async Task WithTwoAppsAsync(Func<ServiceProvider, ServiceProvider, Task> test)
    {
        PostgresServer.SkipIfUnavailable();
        var server = Environment.GetEnvironmentVariable(PostgresServer.Variable)!;
        var schemas = new[] { $"jobs_a_{Guid.NewGuid():N}"[..24], $"jobs_b_{Guid.NewGuid():N}"[..24] };
        try
        {
            await using var first = App(server, schemas[0]);
            await using var second = App(server, schemas[1]);
            await test(first, second);
        }
        finally
        {
            foreach (var schema in schemas) await PostgresServer.ExecuteAsync(server, $"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE");
        }
    }

    private static void Enqueue(ServiceProvider app) =>
        app.GetRequiredService<IBackgroundJobClient>().Create(Job.FromExpression(() => Console.WriteLine("job")), new EnqueuedState(WorkersOptions.Queue));

    private static long Enqueued(ServiceProvider app) => app.GetRequiredService<JobStorage>().GetMonitoringApi().EnqueuedCount(WorkersOptions.Queue);

    private static ServiceProvider App(string server, string schema)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(
        [
            new("Database:Provider", DatabaseExtensions.PostgreSql),
            new("ConnectionStrings:Default", server),
            new("Workers:Enabled", "false"),
            new("Workers:Schema", schema),
        ]);
        builder.AddWorkers();
        return builder.Services.BuildServiceProvider();
    }
}
