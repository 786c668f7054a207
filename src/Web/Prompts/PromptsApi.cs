using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using AgentSupport.Prompts.Diffing;
using AgentSupport.Prompts.Storage;
using AgentSupport.Prompts.Templates;
using AgentSupport.Prompts.Validation;
using AgentSupport.Web.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AgentSupport.Web.Prompts;

/// <summary>Prompt versions, labels, promotion, rollback and their audit trail; admins only.</summary>
public static class PromptsApi
{
    public static IEndpointRouteBuilder MapPromptsApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/prompts").WithTags("Prompts").RequireAuthorization(Roles.Admin);

        api.MapGet("/", List).WithName("ListPrompts").WithSummary("Every prompt with its labels and problems");
        api.MapGet("/{id}/versions", ListVersions).WithName("ListPromptVersions").WithSummary("A prompt's versions, oldest first");
        api.MapGet("/{id}/versions/{version:int}", GetVersion).WithName("GetPromptVersion")
            .WithSummary("Source, front matter and a rendered preview for the given variables");
        api.MapGet("/{id}/diff", Diff).WithName("DiffPromptVersions").WithSummary("Line diff between two versions");
        api.MapPost("/{id}/versions", CreateVersion).WithName("CreatePromptVersion")
            .WithSummary("Validate and store a new immutable version; it becomes the candidate");
        api.MapPost("/{id}/labels/{label}", MoveLabel).WithName("MovePromptLabel").WithSummary("Point a label at a version");
        api.MapPost("/{id}/rollback", Rollback).WithName("RollbackPrompt").WithSummary("Move a label (production by default) back to its previous version");
        api.MapGet("/{id}/audit", AuditAsync).WithName("PromptAudit").WithSummary("Who created versions and moved labels, when and why");

        return routes;
    }

    public static Ok<IReadOnlyList<PromptSummary>> List(PromptDesk desk) => TypedResults.Ok(desk.List());

    public static Results<Ok<IReadOnlyList<VersionSummary>>, ProblemHttpResult> ListVersions(string id, PromptDesk desk) =>
        desk.Versions(id) is { } versions ? TypedResults.Ok(versions) : NotFound($"There is no prompt '{id}'.");

    public static Results<Ok<VersionDetail>, ProblemHttpResult> GetVersion(
        string id, int version, PromptDesk desk,
        string? context = null, string? tone = null, string? channel = null, string? language = null, string? customer = null)
    {
        var outcome = desk.Get(id, version, new PreviewVariables(context, tone, channel, language, customer));
        return outcome.Value is { } detail ? TypedResults.Ok(detail) : Problem(outcome);
    }

    public static Results<Ok<DiffResponse>, ProblemHttpResult> Diff(string id, int from, int to, PromptDesk desk)
    {
        var outcome = desk.Diff(id, from, to);
        return outcome.Value is { } diff ? TypedResults.Ok(diff) : Problem(outcome);
    }

    public static Results<Created<VersionSummary>, ProblemHttpResult, ValidationProblem> CreateVersion(
        string id, CreateVersionRequest request, PromptDesk desk, ClaimsPrincipal user)
    {
        var outcome = desk.CreateVersion(user, id, request);
        if (outcome.Value is { } created) return TypedResults.Created($"/api/prompts/{id}/versions/{created.Version}", created);
        return outcome.Refusal == PromptRefusal.Invalid ? Invalid(outcome) : Problem(outcome);
    }

    public static Results<Ok<LabelResponse>, ProblemHttpResult, ValidationProblem> MoveLabel(
        string id, string label, MoveLabelRequest request, PromptDesk desk, ClaimsPrincipal user) =>
        Answer(desk.MoveLabel(user, id, label, request));

    public static Results<Ok<LabelResponse>, ProblemHttpResult, ValidationProblem> Rollback(
        string id, RollbackRequest request, PromptDesk desk, ClaimsPrincipal user) =>
        Answer(desk.Rollback(user, id, request));

    public static async Task<Results<Ok<IReadOnlyList<AuditResponse>>, ProblemHttpResult>> AuditAsync(string id, PromptDesk desk, CancellationToken ct) =>
        await desk.AuditAsync(id, ct) is { } entries ? TypedResults.Ok(entries) : NotFound($"There is no prompt '{id}'.");

    private static Results<Ok<LabelResponse>, ProblemHttpResult, ValidationProblem> Answer(PromptOutcome<LabelResponse> outcome) =>
        outcome switch
        {
            { Value: { } moved } => TypedResults.Ok(moved),
            { Refusal: PromptRefusal.Invalid } => Invalid(outcome),
            _ => Problem(outcome),
        };

    private static ValidationProblem Invalid<T>(PromptOutcome<T> outcome) where T : class =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [outcome.Field!] = outcome.Errors.ToArray() },
            title: outcome.Problems.Count > 0 ? outcome.Detail : null,
            extensions: outcome.Problems.Count > 0 ? new Dictionary<string, object?> { ["problems"] = outcome.Problems } : null);

    private static ProblemHttpResult Problem<T>(PromptOutcome<T> outcome) where T : class => outcome.Refusal switch
    {
        PromptRefusal.Unrenderable => TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The preview could not be rendered", detail: outcome.Detail),
        PromptRefusal.MovedMeanwhile => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The label has moved meanwhile",
            detail: outcome.Detail,
            extensions: new Dictionary<string, object?>
            {
                ["label"] = outcome.Conflict!.Label, ["currentVersion"] = outcome.Conflict.CurrentVersion, ["expectedVersion"] = outcome.Conflict.ExpectedVersion,
            }),
        PromptRefusal.Refused => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The label cannot be changed", detail: outcome.Detail),
        _ => NotFound(outcome.Detail),
    };

    private static ProblemHttpResult NotFound(string? detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Prompt not found", detail: detail);
}

public sealed record PromptSummary(string Id, int LatestVersion, IReadOnlyDictionary<string, int> Labels, IReadOnlyList<ProblemResponse> Problems);

public sealed record VersionSummary(int Version, string Description, string Author, DateOnly Created, int? Parent, string ContentHash, IReadOnlyList<string> Labels)
{
    public static VersionSummary From(PromptVersion v, IReadOnlyList<PromptLabel> labels) => new(v.Number, v.Metadata.Description, v.Metadata.Author,
        v.Metadata.Created, v.Metadata.Parent, v.ContentHash, labels.Where(l => l.Version == v.Number).Select(l => l.Name).ToList());
}

public sealed record VersionDetail(VersionSummary Version, string Source, string Body, PromptPolicy Policy, string Preview);

public sealed record DiffResponse(int From, int To, int Added, int Removed, IReadOnlyList<DiffLine> Lines, string Unified);

public sealed record ProblemResponse(string Kind, string File, int Line, int Column, string Message)
{
    public static ProblemResponse From(PromptProblem p) => new(p.Kind.ToString(), Path.GetFileName(p.File), p.Line, p.Column, p.Message);
}

public sealed record CreateVersionRequest(string? Source, string? Body, string? Description, int? Parent, [property: MaxLength(2000)] string? Reason);

public sealed record MoveLabelRequest([property: Range(1, int.MaxValue)] int Version, int? ExpectedVersion, [property: Required, MinLength(3), MaxLength(2000)] string Reason);

public sealed record RollbackRequest([property: Required, MinLength(3), MaxLength(2000)] string Reason, string? Label, int? ExpectedVersion);

public sealed record LabelResponse(string PromptId, string Label, int? Version, int? PreviousVersion);

public sealed record AuditResponse(DateTime At, string Actor, string Action, string? Label, int? FromVersion, int? ToVersion, string? Reason);
