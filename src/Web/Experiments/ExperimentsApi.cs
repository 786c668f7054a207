using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using AgentSupport.Web.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AgentSupport.Web.Experiments;

/// <summary>Live A/B experiments on prompts: start, stop, promote and their figures; admins only.</summary>
public static class ExperimentsApi
{
    public static IEndpointRouteBuilder MapExperimentsApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/experiments").WithTags("Experiments").RequireAuthorization(Roles.Admin);

        api.MapGet("/", ListAsync).WithName("ListExperiments").WithSummary("Experiments, newest first; optionally of one prompt");
        api.MapPost("/", StartAsync).WithName("StartExperiment")
            .WithSummary("Serve the prompt's candidate to a share of customers; 409 while another experiment of the prompt runs");
        api.MapGet("/{id:guid}", GetAsync).WithName("GetExperiment").WithSummary("Both arms' figures with intervals and the sequential rule's state");
        api.MapPost("/{id:guid}/stop", StopAsync).WithName("StopExperiment").WithSummary("Stop the experiment: every customer is served production again");
        api.MapPost("/{id:guid}/promote", PromoteAsync).WithName("PromoteExperiment")
            .WithSummary("Move production to a candidate the experiment found better (an audited label move)");

        return routes;
    }

    public static async Task<Ok<IReadOnlyList<ExperimentSummary>>> ListAsync(ExperimentDesk desk, CancellationToken ct, string? promptId = null) =>
        TypedResults.Ok(await desk.ListAsync(promptId, ct));

    public static async Task<Results<Ok<ExperimentReport>, ProblemHttpResult>> GetAsync(Guid id, ExperimentDesk desk, CancellationToken ct) =>
        await desk.GetAsync(id, ct) is { } report
            ? TypedResults.Ok(report)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"There is no experiment {id}.");

    public static async Task<Results<Created<ExperimentReport>, ProblemHttpResult>> StartAsync(
        StartExperimentRequest request, ClaimsPrincipal user, ExperimentDesk desk, CancellationToken ct)
    {
        var started = await desk.StartAsync(user, request, ct);
        return started.Value is { } report ? TypedResults.Created($"/api/experiments/{report.Experiment.Id}", report) : Problem(started);
    }

    public static async Task<Results<Ok<ExperimentReport>, ProblemHttpResult>> StopAsync(
        Guid id, ExperimentActionRequest request, ClaimsPrincipal user, ExperimentDesk desk, CancellationToken ct) =>
        Answer(await desk.StopAsync(user, id, request.Reason, ct));

    public static async Task<Results<Ok<ExperimentReport>, ProblemHttpResult>> PromoteAsync(
        Guid id, ExperimentActionRequest request, ClaimsPrincipal user, ExperimentDesk desk, CancellationToken ct) =>
        Answer(await desk.PromoteAsync(user, id, request.Reason, ct));

    private static Results<Ok<ExperimentReport>, ProblemHttpResult> Answer(ExperimentResult<ExperimentReport> result) =>
        result.Value is { } report ? TypedResults.Ok(report) : Problem(result);

    private static ProblemHttpResult Problem(ExperimentResult<ExperimentReport> result) =>
        TypedResults.Problem(statusCode: result.Status, title: result.Title, detail: result.Detail,
            extensions: result.RunningId is { } running ? new Dictionary<string, object?> { ["runningExperimentId"] = running } : null);
}

/// <param name="TrafficShare">Share of customers served the candidate, 1 % to 50 %.</param>
/// <param name="MinimumEffect">The difference (share points, e.g. 0.10) to size the experiment for; the configured one when left out.</param>
public sealed record StartExperimentRequest(
    [property: Required, MaxLength(100)] string PromptId,
    [property: Range(0.01, 0.5)] double TrafficShare,
    [property: Range(0.01, 0.5)] double? MinimumEffect,
    [property: MaxLength(2000)] string? Reason);

/// <param name="Reason">Why; a promotion's reason goes into the label move's, after the experiment's id.</param>
public sealed record ExperimentActionRequest([property: Required, MinLength(3), MaxLength(1900)] string Reason);
