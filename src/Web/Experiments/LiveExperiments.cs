using AgentSupport.Prompts;
using AgentSupport.Prompts.Templates;
using AgentSupport.Web.Conversations;
using AgentSupport.Web.Data;
using AgentSupport.Web.Prompts;
using Microsoft.EntityFrameworkCore;

namespace AgentSupport.Web.Experiments;

/// <summary>
/// The live side of experiments, for the chat: which version a new conversation is served, and, each time a
/// conversation of an experiment gets an outcome, the sequential rule over everything the experiment has seen so far.
/// A worse candidate stops the experiment there and then (every later conversation is served production); a better one
/// is recorded for an admin to promote.
/// </summary>
public sealed class LiveExperiments(AppDbContext db, IPromptCatalog prompts, TimeProvider clock, ILogger<LiveExperiments> logger)
{
    public const string SystemActor = PromptAuditRecorder.SystemActor;

    /// <summary>The production version, or the arm's version while an experiment of the prompt runs.</summary>
    public async Task<ServedVersion> ChooseAsync(string promptId, Guid customerId, CancellationToken ct)
    {
        var running = await db.Experiments.AsNoTracking().SingleOrDefaultAsync(e => e.PromptId == promptId && e.Status == ExperimentStatus.Running, ct);
        if (running is null) return new ServedVersion(prompts.Resolve(promptId), null, null);

        var arm = ArmAssignment.For(running.Id, customerId, running.TrafficShare);
        try
        {
            return new ServedVersion(prompts.Get(promptId, arm == ExperimentArm.Candidate ? running.CandidateVersion : running.ProductionVersion), running.Id, arm);
        }
        catch (PromptNotFoundException ex)
        {
            // A version file edited after the start is no longer served; the customer gets production, outside the experiment.
            logger.LogError(ex, "Experiment {ExperimentId} cannot serve its {Arm} version", running.Id, arm);
            return new ServedVersion(prompts.Resolve(promptId), null, null);
        }
    }

    /// <summary>Runs the rule after <paramref name="conversation"/> was resolved, escalated or rated.</summary>
    public async Task ObserveAsync(Conversation conversation, CancellationToken ct)
    {
        if (conversation.ExperimentId is not { } id) return;
        var experiment = await db.Experiments.AsNoTracking().SingleAsync(e => e.Id == id, ct);
        if (!experiment.IsRunning || experiment.Outcome is not null) return;

        var (production, candidate) = await ExperimentTally.LoadAsync(db, id, ct);
        if (ExperimentRule.Evaluate(production, candidate, ExperimentRule.SettingsOf(experiment)).Decision is not { } decision) return;
        await DecideAsync(experiment, decision.Outcome, decision.Metric, decision.Test, ct);
    }

    private async Task DecideAsync(Experiment experiment, string outcome, string metric, MetricTest test, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var worse = outcome == ExperimentOutcome.CandidateWorse;
        var reason = ExperimentReason.Describe(experiment, outcome, metric, test);
        // Only the first writer decides: two conversations concluding at once must not stop the experiment twice.
        var decided = await db.Experiments
            .Where(e => e.Id == experiment.Id && e.Status == ExperimentStatus.Running && e.Outcome == null)
            .ExecuteUpdateAsync(set => set
                .SetProperty(e => e.Outcome, outcome)
                .SetProperty(e => e.OutcomeMetric, metric)
                .SetProperty(e => e.DecidedAt, now)
                .SetProperty(e => e.ProductionRate, test.Production.Rate)
                .SetProperty(e => e.ProductionCount, test.Production.Trials)
                .SetProperty(e => e.CandidateRate, test.Candidate.Rate)
                .SetProperty(e => e.CandidateCount, test.Candidate.Trials)
                .SetProperty(e => e.Statistic, test.Statistic)
                .SetProperty(e => e.Threshold, test.Threshold)
                .SetProperty(e => e.Status, e => worse ? ExperimentStatus.RolledBack : e.Status)
                .SetProperty(e => e.StoppedAt, e => worse ? now : e.StoppedAt)
                .SetProperty(e => e.StoppedBy, e => worse ? SystemActor : e.StoppedBy)
                .SetProperty(e => e.StopReason, e => worse ? reason : e.StopReason), ct);
        if (decided == 0) return;

        db.PromptAudit.Add(new PromptAuditEntry
        {
            PromptId = experiment.PromptId,
            Action = worse ? ExperimentAuditActions.RolledBack : ExperimentAuditActions.CandidateBetter,
            FromVersion = worse ? experiment.CandidateVersion : experiment.ProductionVersion,
            ToVersion = worse ? experiment.ProductionVersion : experiment.CandidateVersion,
            Actor = SystemActor,
            Reason = reason,
            At = now,
        });
        await db.SaveChangesAsync(ct);
        if (worse)
            logger.LogWarning("Experiment {ExperimentId} of {PromptId} rolled back: {Reason}", experiment.Id, experiment.PromptId, reason);
        else
            logger.LogInformation("Experiment {ExperimentId} of {PromptId}: {Reason}", experiment.Id, experiment.PromptId, reason);
    }
}

/// <param name="ExperimentId">The running experiment that chose the version; null outside one.</param>
public sealed record ServedVersion(PromptVersion Version, Guid? ExperimentId, string? Arm);
