using System.Collections.ObjectModel;
using System.Diagnostics;
using AgentSupport.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using OpenTelemetry.Trace;

namespace AgentSupport.Web.Tests.Observability;

/// <summary>
/// Every span the app's tracer exports, kept in memory. The tracer hears the spans of every app in this process, so
/// tests pick theirs by trace.
/// </summary>
public sealed class ExportedSpans : Collection<Activity>
{
    private readonly Lock _gate = new();

    public IReadOnlyList<Activity> Snapshot()
    {
        lock (_gate)
        {
            return [.. Items];
        }
    }

    protected override void InsertItem(int index, Activity item)
    {
        lock (_gate)
        {
            base.InsertItem(index, item);
        }
    }

    public static void AddTo(IWebHostBuilder builder, ExportedSpans spans) =>
        builder.ConfigureTestServices(services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans)));
}

/// <summary>SQLite, the fake model, spans exported in memory.</summary>
public sealed class TracedSqliteAppFixture : SqliteAppFixture
{
    public ExportedSpans Spans { get; } = [];

    protected override bool UsesFakeModel => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        ExportedSpans.AddTo(builder, Spans);
    }
}

/// <summary>PostgreSQL, the fake model, spans exported in memory.</summary>
public sealed class TracedPostgresAppFixture : PostgresAppFixture
{
    public ExportedSpans Spans { get; } = [];

    protected override bool UsesFakeModel => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        ExportedSpans.AddTo(builder, Spans);
    }
}
