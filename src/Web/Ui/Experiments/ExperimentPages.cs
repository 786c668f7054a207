using System.Security.Claims;
using AgentSupport.Web.Experiments;
using AgentSupport.Web.Ui.Data;

namespace AgentSupport.Web.Ui.Experiments;

/// <summary>The experiments page's actions, through the same <see cref="ExperimentDesk"/> the HTTP API runs.</summary>
public sealed class ExperimentPages(ScopedOperations operations)
{
    /// <summary>The dashboard shows this many experiments, newest first.</summary>
    public const int Shown = 10;

    public Task<ExperimentDashboard> LoadAsync(CancellationToken ct) => operations.RunAsync(async services =>
    {
        var desk = services.GetRequiredService<ExperimentDesk>();
        var reports = new List<ExperimentReport>();
        foreach (var experiment in (await desk.ListAsync(promptId: null, ct)).Take(Shown))
            if (await desk.GetAsync(experiment.Id, ct) is { } report) reports.Add(report);
        return new ExperimentDashboard(reports, desk.Startable());
    });

    public Task<ExperimentResult<ExperimentReport>> StartAsync(ClaimsPrincipal admin, StartExperimentRequest request, CancellationToken ct) =>
        operations.RunAsync(services => services.GetRequiredService<ExperimentDesk>().StartAsync(admin, request, ct));

    public Task<ExperimentResult<ExperimentReport>> StopAsync(ClaimsPrincipal admin, Guid id, string reason, CancellationToken ct) =>
        operations.RunAsync(services => services.GetRequiredService<ExperimentDesk>().StopAsync(admin, id, reason, ct));

    public Task<ExperimentResult<ExperimentReport>> PromoteAsync(ClaimsPrincipal admin, Guid id, string reason, CancellationToken ct) =>
        operations.RunAsync(services => services.GetRequiredService<ExperimentDesk>().PromoteAsync(admin, id, reason, ct));
}

/// <param name="Startable">Prompts whose candidate differs from production.</param>
public sealed record ExperimentDashboard(IReadOnlyList<ExperimentReport> Reports, IReadOnlyList<string> Startable);
