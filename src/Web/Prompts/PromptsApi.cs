using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using AgentSupport.Plugins.Common;
using AgentSupport.Prompts;
using AgentSupport.Web.Accounts;
using AgentSupport.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

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

    public static Ok<List<PromptSummary>> List(FilePromptStore store) =>
        TypedResults.Ok(store.ListPrompts().Select(id => new PromptSummary(
            id,
            store.ListVersions(id).Select(v => v.Number).DefaultIfEmpty().Max(),
            store.ListLabels(id).ToDictionary(l => l.Name, l => l.Version),
            store.Problems.Where(p => Path.GetFileName(Path.GetDirectoryName(p.File)) == id).Select(ProblemResponse.From).ToList())).ToList());

    public static Results<Ok<List<VersionSummary>>, ProblemHttpResult> ListVersions(string id, FilePromptStore store)
    {
        if (!store.ListPrompts().Contains(id)) return PromptNotFound(id);
        var labels = store.ListLabels(id);
        return TypedResults.Ok(store.ListVersions(id).Select(v => VersionSummary.From(v, labels)).ToList());
    }

    public static Results<Ok<VersionDetail>, ProblemHttpResult> GetVersion(
        string id, int version, FilePromptStore store, TimeProvider clock,
        string? context = null, string? tone = null, string? channel = null, string? language = null, string? customer = null)
    {
        PromptVersion found;
        try { found = store.Get(id, version); }
        catch (PromptNotFoundException ex) { return NotFound(ex.Message); }

        var variables = new PromptVariables
        {
            Context = context ?? "service",
            Tone = tone ?? "",
            Channel = channel ?? "webchat",
            Language = language ?? "es",
            Customer = string.IsNullOrWhiteSpace(customer) ? null : new CustomerProfile(customer, ["Nissan Versa 2019 (ABC123D)"], ["#1 Pago pendiente"]),
            Now = MexicoTime.Now(clock),
        };
        string preview;
        try { preview = found.Render(variables); }
        catch (PromptRenderException ex)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The preview could not be rendered",
                detail: $"{ex.File}({ex.Line},{ex.Column}): {ex.Message}");
        }
        return TypedResults.Ok(new VersionDetail(VersionSummary.From(found, store.ListLabels(id)), found.Source, found.Body, found.Policy, preview));
    }

    public static Results<Ok<DiffResponse>, ProblemHttpResult> Diff(string id, int from, int to, FilePromptStore store)
    {
        try
        {
            var diff = store.Diff(id, from, to);
            return TypedResults.Ok(new DiffResponse(from, to, diff.Added, diff.Removed, diff.Lines, UnifiedDiffRenderer.Render(diff)));
        }
        catch (PromptNotFoundException ex) { return NotFound(ex.Message); }
    }

    public static Results<Created<VersionSummary>, ProblemHttpResult, ValidationProblem> CreateVersion(
        string id, CreateVersionRequest request, FilePromptStore store, ClaimsPrincipal user)
    {
        if (!store.ListPrompts().Contains(id)) return PromptNotFound(id);
        if (string.IsNullOrWhiteSpace(request.Source) == string.IsNullOrWhiteSpace(request.Body))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["source"] = ["Send either 'source' (a whole version file) or 'body' (the template, keeping the parent's front matter)."],
            });
        }

        var author = user.Email();
        PromptVersion created;
        try
        {
            created = request.Source is { Length: > 0 } source
                ? store.CreateVersion(id, SeedPlaceholders.ToScriban(source), author, request.Parent)
                : store.CreateVersion(id, new PromptEdit
                {
                    Author = author,
                    Parent = request.Parent,
                    Body = SeedPlaceholders.ToScriban(request.Body!),
                    Description = request.Description,
                });
            store.MoveLabel(id, PromptLabels.Candidate, created.Number, by: author, reason: request.Reason ?? "New version");
        }
        catch (PromptValidationException ex)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["source"] = ex.Problems.Select(p => p.ToString()).ToArray() },
                title: "The template is invalid and was not stored",
                extensions: new Dictionary<string, object?> { ["problems"] = ex.Problems.Select(ProblemResponse.From).ToList() });
        }
        catch (PromptNotFoundException ex) { return NotFound(ex.Message); }

        return TypedResults.Created($"/api/prompts/{id}/versions/{created.Number}", VersionSummary.From(created, store.ListLabels(id)));
    }

    public static Results<Ok<LabelResponse>, ProblemHttpResult, ValidationProblem> MoveLabel(
        string id, string label, MoveLabelRequest request, FilePromptStore store, ClaimsPrincipal user)
    {
        return Change(store, id, label, () => store.MoveLabel(id, label, request.Version, request.ExpectedVersion, user.Email(), request.Reason));
    }

    public static Results<Ok<LabelResponse>, ProblemHttpResult, ValidationProblem> Rollback(
        string id, RollbackRequest request, FilePromptStore store, ClaimsPrincipal user)
    {
        var label = request.Label ?? PromptLabels.Production;
        return Change(store, id, label, () => store.Rollback(id, label, request.ExpectedVersion, user.Email(), request.Reason));
    }

    public static async Task<Results<Ok<List<AuditResponse>>, ProblemHttpResult>> AuditAsync(string id, FilePromptStore store, AppDbContext db, CancellationToken ct)
    {
        if (!store.ListPrompts().Contains(id)) return PromptNotFound(id);
        var entries = await db.PromptAudit.AsNoTracking().Where(e => e.PromptId == id).ToListAsync(ct);
        return TypedResults.Ok(entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Select(e => new AuditResponse(e.At, e.Actor, e.Action, e.Label, e.FromVersion, e.ToVersion, e.Reason)).ToList());
    }

    private static Results<Ok<LabelResponse>, ProblemHttpResult, ValidationProblem> Change(
        FilePromptStore store, string id, string label, Func<PromptStoreChange> change)
    {
        // Labels name files in the prompt's folder: anything but a plain name (such as "../../x") is refused before the store sees it.
        if (!PromptNames.IsValidLabel(label))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["label"] = [$"'{label}' is not a valid label name."] });
        try
        {
            var done = change();
            return TypedResults.Ok(new LabelResponse(id, label, done.Version, done.PreviousVersion));
        }
        catch (LabelConflictException ex)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The label has moved meanwhile",
                detail: ex.Message,
                extensions: new Dictionary<string, object?> { ["label"] = ex.Label, ["currentVersion"] = ex.CurrentVersion, ["expectedVersion"] = ex.ExpectedVersion });
        }
        catch (PromptNotFoundException ex) { return NotFound(ex.Message); }
        catch (PromptStoreException ex)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The label cannot be changed", detail: ex.Message);
        }
    }

    private static ProblemHttpResult PromptNotFound(string id) => NotFound($"There is no prompt '{id}'.");

    private static ProblemHttpResult NotFound(string detail) =>
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
