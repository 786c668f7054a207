using System.Security.Claims;
using AgentSupport.Plugins.Common;
using AgentSupport.Prompts;
using AgentSupport.Prompts.Diffing;
using AgentSupport.Prompts.Import;
using AgentSupport.Prompts.Storage;
using AgentSupport.Prompts.Templates;
using AgentSupport.Prompts.Validation;
using AgentSupport.Web.Accounts;
using AgentSupport.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AgentSupport.Web.Prompts;

/// <summary>
/// The prompt desk's rules, shared by the HTTP API and the console pages: what a valid version, a preview, a
/// promotion and a rollback are, and what the audit trail says. Requests arrive validated (by the endpoint
/// filter or the page's form rules); the store's refusals come back as a <see cref="PromptOutcome{T}"/>.
/// </summary>
public sealed class PromptDesk(FilePromptStore store, TimeProvider clock, IServiceScopeFactory scopes)
{
    public IReadOnlyList<PromptSummary> List() =>
        store.ListPrompts().Select(id => new PromptSummary(
            id,
            store.ListVersions(id).Select(v => v.Number).DefaultIfEmpty().Max(),
            store.ListLabels(id).ToDictionary(l => l.Name, l => l.Version),
            store.Problems.Where(p => Path.GetFileName(Path.GetDirectoryName(p.File)) == id).Select(ProblemResponse.From).ToList())).ToList();

    public PromptSummary? Find(string id) => List().FirstOrDefault(p => p.Id == id);

    /// <summary>The prompt's versions, oldest first; null when there is no such prompt.</summary>
    public IReadOnlyList<VersionSummary>? Versions(string id)
    {
        if (!store.ListPrompts().Contains(id)) return null;
        var labels = store.ListLabels(id);
        return store.ListVersions(id).Select(v => VersionSummary.From(v, labels)).ToList();
    }

    /// <summary>A version's source and its preview for the given variables (blank ones take the defaults).</summary>
    public PromptOutcome<VersionDetail> Get(string id, int version, PreviewVariables variables)
    {
        PromptVersion found;
        try { found = store.Get(id, version); }
        catch (PromptNotFoundException ex) { return PromptOutcome<VersionDetail>.NotFound(ex.Message); }

        string preview;
        try { preview = found.Render(variables.ToPromptVariables(clock)); }
        catch (PromptRenderException ex)
        {
            return PromptOutcome<VersionDetail>.Refused(PromptRefusal.Unrenderable, $"{ex.File}({ex.Line},{ex.Column}): {ex.Message}");
        }
        return PromptOutcome<VersionDetail>.Done(new VersionDetail(VersionSummary.From(found, store.ListLabels(id)), found.Source, found.Body, found.Policy, preview));
    }

    /// <summary>A version's whole file, as an editor starts from it; null when it is not served.</summary>
    public string? Source(string id, int version)
    {
        try { return store.Get(id, version).Source; }
        catch (PromptNotFoundException) { return null; }
    }

    public PromptOutcome<DiffResponse> Diff(string id, int from, int to)
    {
        try
        {
            var diff = store.Diff(id, from, to);
            return PromptOutcome<DiffResponse>.Done(new DiffResponse(from, to, diff.Added, diff.Removed, diff.Lines, UnifiedDiffRenderer.Render(diff)));
        }
        catch (PromptNotFoundException ex) { return PromptOutcome<DiffResponse>.NotFound(ex.Message); }
    }

    /// <summary>Stores a whole file or a new body as a new version and makes it the candidate, or lists the problems at their lines.</summary>
    public PromptOutcome<VersionSummary> CreateVersion(ClaimsPrincipal user, string id, CreateVersionRequest request)
    {
        if (!store.ListPrompts().Contains(id)) return PromptOutcome<VersionSummary>.NotFound(NoPrompt(id));
        if (string.IsNullOrWhiteSpace(request.Source) == string.IsNullOrWhiteSpace(request.Body))
        {
            return PromptOutcome<VersionSummary>.Invalid("source",
                ["Send either 'source' (a whole version file) or 'body' (the template, keeping the parent's front matter)."]);
        }

        var author = user.Email();
        try
        {
            var created = request.Source is { Length: > 0 } source
                ? store.CreateVersion(id, SeedPlaceholders.ToScriban(source), author, request.Parent)
                : store.CreateVersion(id, new PromptEdit
                {
                    Author = author,
                    Parent = request.Parent,
                    Body = SeedPlaceholders.ToScriban(request.Body!),
                    Description = request.Description,
                });
            store.MoveLabel(id, PromptLabels.Candidate, created.Number, by: author, reason: request.Reason ?? "New version");
            return PromptOutcome<VersionSummary>.Done(VersionSummary.From(created, store.ListLabels(id)));
        }
        catch (PromptValidationException ex)
        {
            return PromptOutcome<VersionSummary>.Invalid("source", ex.Problems.Select(p => p.ToString()).ToList(),
                "The template is invalid and was not stored", ex.Problems.Select(ProblemResponse.From).ToList());
        }
        catch (PromptNotFoundException ex) { return PromptOutcome<VersionSummary>.NotFound(ex.Message); }
    }

    /// <summary>Points a label at a version, provided it still points where the caller saw it.</summary>
    public PromptOutcome<LabelResponse> MoveLabel(ClaimsPrincipal user, string id, string label, MoveLabelRequest request) =>
        Change(id, label, () => store.MoveLabel(id, label, request.Version, request.ExpectedVersion, user.Email(), request.Reason));

    /// <summary>Moves a label (production by default) back to its previous version, provided it still points where the caller saw it.</summary>
    public PromptOutcome<LabelResponse> Rollback(ClaimsPrincipal user, string id, RollbackRequest request)
    {
        var label = request.Label ?? PromptLabels.Production;
        return Change(id, label, () => store.Rollback(id, label, request.ExpectedVersion, user.Email(), request.Reason));
    }

    /// <summary>Who created versions and moved labels, newest first; null when there is no such prompt.</summary>
    public async Task<IReadOnlyList<AuditResponse>?> AuditAsync(string id, CancellationToken ct)
    {
        if (!store.ListPrompts().Contains(id)) return null;
        // A scope of its own, as the audit recorder writes: a console circuit outlives any one DbContext.
        await using var scope = scopes.CreateAsyncScope();
        var entries = await scope.ServiceProvider.GetRequiredService<AppDbContext>().PromptAudit.AsNoTracking()
            .Where(e => e.PromptId == id).ToListAsync(ct);
        return entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Select(e => new AuditResponse(e.At, e.Actor, e.Action, e.Label, e.FromVersion, e.ToVersion, e.Reason)).ToList();
    }

    private PromptOutcome<LabelResponse> Change(string id, string label, Func<PromptStoreChange> change)
    {
        // Labels name files in the prompt's folder: anything but a plain name (such as "../../x") is refused before the store sees it.
        if (!PromptNames.IsValidLabel(label)) return PromptOutcome<LabelResponse>.Invalid("label", [$"'{label}' is not a valid label name."]);
        try
        {
            var done = change();
            return PromptOutcome<LabelResponse>.Done(new LabelResponse(id, label, done.Version, done.PreviousVersion));
        }
        catch (LabelConflictException ex) { return PromptOutcome<LabelResponse>.Moved(ex); }
        catch (PromptNotFoundException ex) { return PromptOutcome<LabelResponse>.NotFound(ex.Message); }
        catch (PromptStoreException ex) { return PromptOutcome<LabelResponse>.Refused(PromptRefusal.Refused, ex.Message); }
    }

    private static string NoPrompt(string id) => $"There is no prompt '{id}'.";
}

/// <summary>The variables a preview renders with; blank ones take the defaults a live chat would use.</summary>
public sealed record PreviewVariables(string? Context, string? Tone, string? Channel, string? Language, string? Customer)
{
    public PromptVariables ToPromptVariables(TimeProvider clock) => new()
    {
        Context = Blank(Context) ?? "service",
        Tone = Blank(Tone) ?? "",
        Channel = Blank(Channel) ?? "webchat",
        Language = Blank(Language) ?? "es",
        Customer = Blank(Customer) is { } name ? new CustomerProfile(name, ["Nissan Versa 2019 (ABC123D)"], ["#1 Pago pendiente"]) : null,
        Now = MexicoTime.Now(clock),
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

/// <summary>Why a prompt action changed nothing.</summary>
public enum PromptRefusal
{
    NotFound,
    /// <summary>The request or the template is invalid: <see cref="PromptOutcome{T}.Errors"/> under <see cref="PromptOutcome{T}.Field"/>.</summary>
    Invalid,
    Unrenderable,
    /// <summary>The label no longer points where the caller saw it.</summary>
    MovedMeanwhile,
    /// <summary>The store refused the change (e.g. no earlier version to roll back to).</summary>
    Refused,
}

/// <summary>
/// What a prompt action gave: its value, or why it changed nothing — the store's explanation
/// (<see cref="Detail"/>), the template's problems at their lines, or, for a label, where it points now.
/// </summary>
public sealed record PromptOutcome<T>(T? Value, PromptRefusal? Refusal, string? Detail) where T : class
{
    public string? Field { get; init; }
    public IReadOnlyList<string> Errors { get; init; } = [];
    public IReadOnlyList<ProblemResponse> Problems { get; init; } = [];
    public LabelConflictException? Conflict { get; init; }

    public bool MovedMeanwhile => Refusal == PromptRefusal.MovedMeanwhile;
    public int? CurrentVersion => Conflict?.CurrentVersion;

    public static PromptOutcome<T> Done(T value) => new(value, null, null);

    public static PromptOutcome<T> NotFound(string detail) => new(null, PromptRefusal.NotFound, detail);

    public static PromptOutcome<T> Refused(PromptRefusal why, string detail) => new(null, why, detail);

    public static PromptOutcome<T> Invalid(string field, IReadOnlyList<string> errors, string? title = null, IReadOnlyList<ProblemResponse>? problems = null) =>
        new(null, PromptRefusal.Invalid, title ?? string.Join(Environment.NewLine, errors)) { Field = field, Errors = errors, Problems = problems ?? [] };

    public static PromptOutcome<T> Moved(LabelConflictException conflict) =>
        new(null, PromptRefusal.MovedMeanwhile, conflict.Message) { Conflict = conflict };
}
