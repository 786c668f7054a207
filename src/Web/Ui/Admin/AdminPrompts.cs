using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using AgentSupport.Prompts;
using AgentSupport.Web.Data;
using AgentSupport.Web.Prompts;
using AgentSupport.Web.Ui.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AgentSupport.Web.Ui.Admin;

/// <summary>
/// The console's prompt desk, through the same <see cref="PromptsApi"/> handlers as the HTTP API, so a page
/// and the API can never disagree about what a valid version, a promotion or a rollback is.
/// </summary>
public sealed class AdminPrompts(FilePromptStore store, TimeProvider clock, ScopedOperations operations)
{
    public IReadOnlyList<PromptSummary> List() => PromptsApi.List(store).Value ?? [];

    /// <summary>The prompt's versions, oldest first; null when there is no such prompt.</summary>
    public IReadOnlyList<VersionSummary>? Versions(string id) =>
        PromptsApi.ListVersions(id, store).Result is Ok<List<VersionSummary>> { Value: { } versions } ? versions : null;

    public PromptSummary? Find(string id) => List().FirstOrDefault(p => p.Id == id);

    /// <summary>A version's source and its preview for the given variables, or why the preview failed.</summary>
    public PromptOutcome<VersionDetail> Get(string id, int version, PreviewVariables variables) =>
        PromptsApi.GetVersion(id, version, store, clock, variables.Context, variables.Tone, variables.Channel, variables.Language, variables.Customer).Result switch
        {
            Ok<VersionDetail> { Value: { } detail } => PromptOutcome<VersionDetail>.Done(detail),
            ProblemHttpResult problem => PromptOutcome<VersionDetail>.Failed(problem.ProblemDetails.Detail),
            _ => PromptOutcome<VersionDetail>.Failed(null),
        };

    /// <summary>A version's whole file, as an editor starts from it; null when it is not served.</summary>
    public string? Source(string id, int version)
    {
        try { return store.Get(id, version).Source; }
        catch (PromptNotFoundException) { return null; }
    }

    public DiffResponse? Diff(string id, int from, int to) =>
        PromptsApi.Diff(id, from, to, store).Result is Ok<DiffResponse> { Value: { } diff } ? diff : null;

    /// <summary>Stores the edited file as a new version (the candidate), or lists the problems at their lines.</summary>
    public PromptOutcome<VersionSummary> CreateVersion(ClaimsPrincipal admin, string id, CreateVersionRequest request)
    {
        Validator.ValidateObject(request, new ValidationContext(request), validateAllProperties: true);
        return PromptsApi.CreateVersion(id, request, store, admin).Result switch
        {
            Created<VersionSummary> { Value: { } created } => PromptOutcome<VersionSummary>.Done(created),
            ValidationProblem invalid => PromptOutcome<VersionSummary>.Failed(
                string.Join(Environment.NewLine, invalid.ProblemDetails.Errors.SelectMany(e => e.Value)),
                invalid.ProblemDetails.Extensions.TryGetValue("problems", out var problems) && problems is IEnumerable<ProblemResponse> list ? list.ToList() : []),
            ProblemHttpResult problem => PromptOutcome<VersionSummary>.Failed(problem.ProblemDetails.Detail),
            _ => PromptOutcome<VersionSummary>.Failed(null),
        };
    }

    /// <summary>Points a label at a version, provided it still points where the admin saw it.</summary>
    public PromptOutcome<LabelResponse> MoveLabel(ClaimsPrincipal admin, string id, string label, MoveLabelRequest request)
    {
        Validator.ValidateObject(request, new ValidationContext(request), validateAllProperties: true);
        return LabelOutcome(PromptsApi.MoveLabel(id, label, request, store, admin).Result);
    }

    /// <summary>Moves a label back to its previous version, provided it still points where the admin saw it.</summary>
    public PromptOutcome<LabelResponse> Rollback(ClaimsPrincipal admin, string id, RollbackRequest request)
    {
        Validator.ValidateObject(request, new ValidationContext(request), validateAllProperties: true);
        return LabelOutcome(PromptsApi.Rollback(id, request, store, admin).Result);
    }

    public Task<IReadOnlyList<AuditResponse>> AuditAsync(string id, CancellationToken ct) =>
        operations.RunAsync<IReadOnlyList<AuditResponse>>(async services =>
            (await PromptsApi.AuditAsync(id, store, services.GetRequiredService<AppDbContext>(), ct)).Result is Ok<List<AuditResponse>> { Value: { } entries }
                ? entries
                : []);

    private static PromptOutcome<LabelResponse> LabelOutcome(IResult result) => result switch
    {
        Ok<LabelResponse> { Value: { } moved } => PromptOutcome<LabelResponse>.Done(moved),
        ProblemHttpResult { ProblemDetails: var problem } when problem.Extensions.TryGetValue("currentVersion", out var current) =>
            PromptOutcome<LabelResponse>.Conflict(current as int?),
        ProblemHttpResult { ProblemDetails: var problem } => PromptOutcome<LabelResponse>.Failed(problem.Detail),
        ValidationProblem invalid => PromptOutcome<LabelResponse>.Failed(string.Join(Environment.NewLine, invalid.ProblemDetails.Errors.SelectMany(e => e.Value))),
        _ => PromptOutcome<LabelResponse>.Failed(null),
    };
}

/// <summary>The variables a preview renders with; blank ones take the API's defaults.</summary>
public sealed record PreviewVariables(string? Context, string? Tone, string? Channel, string? Language, string? Customer);

/// <summary>
/// What a prompt action gave: its value, or the store's explanation (<see cref="Detail"/>), the template's
/// problems at their lines, or, for a label, that it moved meanwhile to <see cref="CurrentVersion"/>.
/// </summary>
public sealed record PromptOutcome<T>(T? Value, string? Detail, IReadOnlyList<ProblemResponse> Problems, bool MovedMeanwhile, int? CurrentVersion)
    where T : class
{
    public bool Succeeded => Value is not null;

    public static PromptOutcome<T> Done(T value) => new(value, null, [], false, null);

    public static PromptOutcome<T> Failed(string? detail, IReadOnlyList<ProblemResponse>? problems = null) => new(null, detail, problems ?? [], false, null);

    public static PromptOutcome<T> Conflict(int? currentVersion) => new(null, null, [], true, currentVersion);
}
