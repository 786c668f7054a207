using System.Security.Claims;
using AgentSupport.Prompts;
using AgentSupport.Prompts.Storage;
using AgentSupport.Web.Accounts;
using AgentSupport.Web.Data;
using AgentSupport.Web.Domain;
using AgentSupport.Web.Prompts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AgentSupport.Web.Experiments;

/// <summary>
/// What admins do with experiments, for the HTTP API and the dashboard alike: start one (at most one running per
/// prompt), stop it, promote a candidate the rule found better through the audited label move, and read the figures.
/// Every start and stop is written to the prompt's audit trail next to its label moves.
/// </summary>
public sealed class ExperimentDesk(AppDbContext db, FilePromptStore store, PromptDesk prompts, IOptions<ExperimentOptions> options, TimeProvider clock)
{
    public async Task<ExperimentResult<ExperimentReport>> StartAsync(ClaimsPrincipal admin, StartExperimentRequest request, CancellationToken ct)
    {
        var actor = admin.Email();
        if (!store.ListPrompts().Contains(request.PromptId)) return ExperimentResult<ExperimentReport>.NotFound($"There is no prompt '{request.PromptId}'.");
        var labels = store.ListLabels(request.PromptId).ToDictionary(l => l.Name, l => (int?)l.Version);
        if (labels.GetValueOrDefault(PromptLabels.Production) is not { } production || labels.GetValueOrDefault(PromptLabels.Candidate) is not { } candidate)
            return ExperimentResult<ExperimentReport>.Conflict("The prompt has no candidate", $"Both '{PromptLabels.Production}' and '{PromptLabels.Candidate}' labels must point at a version.");
        if (production == candidate)
            return ExperimentResult<ExperimentReport>.Conflict("The candidate is production", $"The candidate label points at v{candidate}, which is already production.");
        if (await RunningAsync(request.PromptId, ct) is { } running)
            return RunningConflict(running);

        var settings = options.Value;
        var experiment = new Experiment
        {
            PromptId = request.PromptId,
            ProductionVersion = production,
            CandidateVersion = candidate,
            TrafficShare = request.TrafficShare,
            MinimumEffect = request.MinimumEffect ?? settings.MinimumEffect,
            Alpha = settings.Alpha,
            MinimumPerArm = settings.MinimumPerArm,
            StartedBy = actor,
            StartedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Experiments.Add(experiment);
        Audit(experiment, ExperimentAuditActions.Started, actor, experiment.ProductionVersion, experiment.CandidateVersion,
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{experiment.TrafficShare * 100:0.#}% of customers on v{candidate}") + Because(request.Reason));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        // Two admins starting at once: the filtered unique index lets one in.
        catch (DbUpdateException ex) when (UniqueViolation.Caused(ex))
        {
            db.ChangeTracker.Clear();
            return await RunningAsync(request.PromptId, ct) is { } other ? RunningConflict(other)
                : ExperimentResult<ExperimentReport>.Conflict("An experiment is running", "Another experiment of this prompt started meanwhile.");
        }
        return ExperimentResult<ExperimentReport>.Done(await ReportAsync(experiment, ct));
    }

    public async Task<ExperimentResult<ExperimentReport>> StopAsync(ClaimsPrincipal admin, Guid id, string reason, CancellationToken ct)
    {
        var actor = admin.Email();
        if (await db.Experiments.SingleOrDefaultAsync(e => e.Id == id, ct) is not { } experiment) return NotFound(id);
        if (!experiment.IsRunning) return NotRunning(experiment);
        var now = clock.GetUtcNow().UtcDateTime;
        var stopped = await db.Experiments.Where(e => e.Id == id && e.Status == ExperimentStatus.Running)
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.Status, ExperimentStatus.Stopped).SetProperty(e => e.StoppedAt, now)
                .SetProperty(e => e.StoppedBy, actor).SetProperty(e => e.StopReason, reason), ct);
        await db.Entry(experiment).ReloadAsync(ct);
        if (stopped == 0) return NotRunning(experiment);

        Audit(experiment, ExperimentAuditActions.Stopped, actor, experiment.CandidateVersion, experiment.ProductionVersion, reason);
        await db.SaveChangesAsync(ct);
        return ExperimentResult<ExperimentReport>.Done(await ReportAsync(experiment, ct));
    }

    /// <summary>
    /// Moves <c>production</c> to the candidate through the prompt desk's audited label move, only once the rule found the
    /// candidate better and only if production is still where the experiment started; the experiment ends there.
    /// </summary>
    public async Task<ExperimentResult<ExperimentReport>> PromoteAsync(ClaimsPrincipal admin, Guid id, string reason, CancellationToken ct)
    {
        var actor = admin.Email();
        if (await db.Experiments.SingleOrDefaultAsync(e => e.Id == id, ct) is not { } experiment) return NotFound(id);
        if (!experiment.IsRunning) return NotRunning(experiment);
        if (experiment.Outcome != ExperimentOutcome.CandidateBetter)
            return ExperimentResult<ExperimentReport>.Conflict("Not proven better", "The candidate can be promoted once the experiment finds it better.");
        var moved = prompts.MoveLabel(admin, experiment.PromptId, PromptLabels.Production,
            new MoveLabelRequest(experiment.CandidateVersion, experiment.ProductionVersion, $"Experiment {experiment.Id}: {reason}"));
        if (moved.Value is null) return ExperimentResult<ExperimentReport>.Conflict("The label cannot be moved", moved.Detail ?? "The production label could not be moved.");

        experiment.Status = ExperimentStatus.Promoted;
        experiment.StoppedAt = clock.GetUtcNow().UtcDateTime;
        experiment.StoppedBy = actor;
        experiment.StopReason = reason;
        Audit(experiment, ExperimentAuditActions.Stopped, actor, experiment.ProductionVersion, experiment.CandidateVersion, $"Promoted: {reason}");
        await db.SaveChangesAsync(ct);
        return ExperimentResult<ExperimentReport>.Done(await ReportAsync(experiment, ct));
    }

    public async Task<IReadOnlyList<ExperimentSummary>> ListAsync(string? promptId, CancellationToken ct)
    {
        var query = db.Experiments.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(promptId)) query = query.Where(e => e.PromptId == promptId);
        return (await query.OrderByDescending(e => e.StartedAt).ToListAsync(ct)).Select(ExperimentSummary.From).ToList();
    }

    public async Task<ExperimentReport?> GetAsync(Guid id, CancellationToken ct) =>
        await db.Experiments.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, ct) is { } experiment ? await ReportAsync(experiment, ct) : null;

    /// <summary>The prompts an experiment can be started on now: both labels, on different versions.</summary>
    public IReadOnlyList<string> Startable() => store.ListPrompts().Where(id =>
    {
        var labels = store.ListLabels(id).ToDictionary(l => l.Name, l => (int?)l.Version);
        return labels.GetValueOrDefault(PromptLabels.Production) is { } p && labels.GetValueOrDefault(PromptLabels.Candidate) is { } c && p != c;
    }).ToList();

    private Task<ExperimentReport> ReportAsync(Experiment experiment, CancellationToken ct) => ExperimentReport.LoadAsync(db, experiment, ct);

    private Task<Experiment?> RunningAsync(string promptId, CancellationToken ct) =>
        db.Experiments.AsNoTracking().SingleOrDefaultAsync(e => e.PromptId == promptId && e.Status == ExperimentStatus.Running, ct);

    private void Audit(Experiment experiment, string action, string actor, int from, int to, string? reason) =>
        db.PromptAudit.Add(new PromptAuditEntry
        {
            PromptId = experiment.PromptId, Action = action, FromVersion = from, ToVersion = to, Actor = actor, Reason = reason,
            At = clock.GetUtcNow().UtcDateTime,
        });

    private static string Because(string? reason) => string.IsNullOrWhiteSpace(reason) ? "" : $": {reason.Trim()}";

    private static ExperimentResult<ExperimentReport> RunningConflict(Experiment running) =>
        ExperimentResult<ExperimentReport>.Conflict("An experiment is running",
            $"Experiment {running.Id} of '{running.PromptId}' is running; stop it before starting another.", running.Id);

    private static ExperimentResult<ExperimentReport> NotFound(Guid id) => ExperimentResult<ExperimentReport>.NotFound($"There is no experiment {id}.");

    private static ExperimentResult<ExperimentReport> NotRunning(Experiment experiment) =>
        ExperimentResult<ExperimentReport>.Conflict("The experiment is not running", $"Experiment {experiment.Id} is {experiment.Status}.");
}

/// <summary>A desk action's value, or the problem to answer with (404 or 409).</summary>
public sealed record ExperimentResult<T>(T? Value, int Status, string? Title, string? Detail, Guid? RunningId = null) where T : class
{
    public static ExperimentResult<T> Done(T value) => new(value, StatusCodes.Status200OK, null, null);

    public static ExperimentResult<T> NotFound(string detail) => new(null, StatusCodes.Status404NotFound, "Not found", detail);

    public static ExperimentResult<T> Conflict(string title, string detail, Guid? running = null) => new(null, StatusCodes.Status409Conflict, title, detail, running);
}
