using AgentSupport.Web.Accounts;
using AgentSupport.Web.Data;
using AgentSupport.Web.Observability;
using AgentSupport.Workbench.Loop.Runs;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;

namespace AgentSupport.Web.Workbench.Workers;

public static class WorkersSetup
{
    public const string DashboardPath = "/admin/jobs";
    public const string WorkerSwitch = "--worker";

    /// <summary>The command line with <c>--worker</c> turned into the setting <c>Workers:Only=true</c>.</summary>
    public static string[] ReadWorkerSwitch(string[] args) =>
        args.Select(a => a == WorkerSwitch ? $"--{WorkersOptions.Section}:{nameof(WorkersOptions.Only)}=true" : a).ToArray();

    /// <summary>
    /// On PostgreSQL, runs hand their conversations to Hangfire jobs in the app's database (Hangfire keeps its own
    /// schema), held by this process unless <c>Workers:Enabled=false</c> and by any worker process. On SQLite nothing
    /// changes: runs are held in the app's own process.
    /// </summary>
    public static IHostApplicationBuilder AddWorkers(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(WorkersOptions.Section).Get<WorkersOptions>() ?? new WorkersOptions();
        options.Validate();
        if (!string.Equals(builder.Configuration["Database:Provider"], DatabaseExtensions.PostgreSql, StringComparison.OrdinalIgnoreCase))
        {
            return options.Only
                ? throw new InvalidOperationException($"A worker process ({WorkerSwitch}) needs Database:Provider=PostgreSQL; on SQLite runs are held in the web app.")
                : builder;
        }

        if (options.Only)
        {
            // A worker serves no one: the demo data and the example run are the web app's to make.
            builder.Configuration.AddInMemoryCollection([new("Demo:Seed", "false"), new("Demo:WorkbenchExample", "false")]);
        }

        var connectionString = builder.Configuration.GetConnectionString("Default");
        var storageOptions = new PostgreSqlStorageOptions
        {
            SchemaName = options.Schema,
            PrepareSchemaIfNecessary = true,
            InvisibilityTimeout = options.InvisibilityTimeout,
            UseSlidingInvisibilityTimeout = true,
            QueuePollInterval = options.PollInterval,
        };
        builder.Services.AddSingleton(options);
        // Hangfire's own registrations fall back to the process-wide JobStorage.Current and JobActivator.Current:
        // two apps in one process (a host and its tests) would then enqueue into whichever database was configured
        // last and build jobs from the other app's services. Each app gets its own, registered before AddHangfire.
        builder.Services.AddSingleton<JobStorage>(_ => new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, storageOptions), storageOptions));
        builder.Services.AddSingleton<JobActivator>(services => new AspNetCoreJobActivator(services.GetRequiredService<IServiceScopeFactory>()));
        builder.Services.AddHangfire((services, hangfire) => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new HangfireLogs(services.GetRequiredService<ILoggerFactory>())));
        if (options.Enabled || options.Only)
        {
            builder.Services.AddHangfireServer(server =>
            {
                server.ServerName = ScenarioJob.Worker;
                server.Queues = [WorkersOptions.Queue];
                server.WorkerCount = options.Count;
            });
        }

        builder.Services.AddTransient<ScenarioJob>();
        builder.Services.AddSingleton<IRunRegeneration, DistributedRegeneration>();
        return builder;
    }

    /// <summary>Whether this process is a worker only (<c>--worker</c>).</summary>
    public static bool IsWorkerProcess(this WebApplication app) => app.Services.GetService<WorkersOptions>()?.Only == true;

    /// <summary>A worker process serves its health and holds jobs; the app's pages and API are the web app's.</summary>
    public static Task RunWorkerAsync(this WebApplication app)
    {
        app.MapHealthEndpoints();
        return app.RunAsync();
    }

    /// <summary>The Hangfire dashboard for admins, under <see cref="DashboardPath"/>, where there are jobs (PostgreSQL).</summary>
    public static WebApplication MapJobsDashboard(this WebApplication app)
    {
        if (app.Services.GetService<WorkersOptions>() is null) return app;
        app.MapHangfireDashboard(DashboardPath, new DashboardOptions
        {
            Authorization = [new AdminDashboardFilter()],
            AppPath = "/admin",
            DashboardTitle = "AgentSupport jobs",
            DisplayStorageConnectionString = false,
        }).RequireAuthorization(Roles.Admin);
        return app;
    }
}
