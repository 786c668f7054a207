using AgentSupport.Web.Conversations;
using AgentSupport.Web.Data;
using AgentSupport.Workbench.Analysis.Metrics;
using MathNet.Numerics.Statistics;
using Microsoft.EntityFrameworkCore;

namespace AgentSupport.Web.Experiments;

/// <summary>An estimate with its 95 % interval: Wilson for shares, the normal interval of the mean for CSAT and the composite.</summary>
public sealed record Estimate(double Value, double Low, double High, int N);

/// <param name="Conversations">Every conversation the arm served, open ones included.</param>
/// <param name="Resolution">Resolved share of the concluded conversations (see <see cref="ExperimentTally"/>).</param>
/// <param name="Satisfied">Share of ratings of 4 or 5: the CSAT the rule tests.</param>
/// <param name="Csat">Mean rating, 1–5.</param>
/// <param name="Composite">Mean of each concluded conversation's composite (docs/design.md, "Metrics").</param>
public sealed record ArmReport(string Arm, int Version, int Conversations, Estimate? Resolution, Estimate? Satisfied, Estimate? Csat, Estimate? Composite);

/// <param name="MoreNeeded">Further conversations (concluded for resolution, rated for CSAT; both arms together) until a true difference of the
/// minimum effect is decided with probability about 0.8; 0 once decided, null when out of reach.</param>
public sealed record MetricDecision(string Metric, double Statistic, double Threshold, string State, double? Difference, long? MoreNeeded);

public sealed record ExperimentSummary(
    Guid Id, string PromptId, int ProductionVersion, int CandidateVersion, double TrafficShare, double MinimumEffect, double Alpha, string Status,
    string StartedBy, DateTime StartedAt, string? StoppedBy, DateTime? StoppedAt, string? StopReason,
    string? Outcome, string? OutcomeMetric, DateTime? DecidedAt, double? ProductionRate, int? ProductionCount, double? CandidateRate, int? CandidateCount,
    double? Statistic, double? Threshold, int MinimumPerArm)
{
    /// <summary>The rule found the candidate better and nobody has acted yet: the dashboard offers promotion.</summary>
    public bool PromotionOffered => Status == ExperimentStatus.Running && Outcome == ExperimentOutcome.CandidateBetter;

    public static ExperimentSummary From(Experiment e) => new(e.Id, e.PromptId, e.ProductionVersion, e.CandidateVersion, e.TrafficShare, e.MinimumEffect,
        e.Alpha, e.Status, e.StartedBy, e.StartedAt, e.StoppedBy, e.StoppedAt, e.StopReason, e.Outcome, e.OutcomeMetric, e.DecidedAt,
        e.ProductionRate, e.ProductionCount, e.CandidateRate, e.CandidateCount, e.Statistic, e.Threshold, e.MinimumPerArm);
}

/// <summary>An experiment with both arms' live figures and where the sequential rule stands on each metric.</summary>
public sealed record ExperimentReport(ExperimentSummary Experiment, ArmReport Production, ArmReport Candidate, IReadOnlyList<MetricDecision> Decisions)
{
    private const double Z95 = 1.959963984540054;

    public static async Task<ExperimentReport> LoadAsync(AppDbContext db, Experiment experiment, CancellationToken ct)
    {
        var conversations = await db.Conversations.AsNoTracking().Where(c => c.ExperimentId == experiment.Id)
            .Select(c => new { c.Id, c.ExperimentArm, c.Status, c.Csat }).ToListAsync(ct);
        var messages = (await db.ConversationMessages.AsNoTracking()
                .Where(m => db.Conversations.Any(c => c.Id == m.ConversationId && c.ExperimentId == experiment.Id))
                .Select(m => new { m.ConversationId, m.CreatedAt }).ToListAsync(ct))
            .GroupBy(m => m.ConversationId)
            .ToDictionary(g => g.Key, g => (Turns: g.Count(), Seconds: (g.Max(m => m.CreatedAt) - g.Min(m => m.CreatedAt)).TotalSeconds));

        ArmReport Arm(string arm, int version)
        {
            var mine = conversations.Where(c => c.ExperimentArm == arm).ToList();
            var concluded = mine.Where(c => c.Status != ConversationStatus.Open || c.Csat != null).ToList();
            var ratings = mine.Where(c => c.Csat is not null).Select(c => c.Csat!.Value).ToList();
            var composites = concluded.Select(c =>
            {
                var (turns, seconds) = messages.GetValueOrDefault(c.Id);
                return CompositeScore.Compute(c.Status == ConversationStatus.Resolved ? 1 : 0, c.Csat, turns, turns == 0 ? null : seconds, MetricSettings.Default) ?? 0;
            }).ToList();
            return new ArmReport(arm, version, mine.Count,
                Share(new Proportion(concluded.Count(c => c.Status == ConversationStatus.Resolved), concluded.Count)),
                Share(new Proportion(ratings.Count(r => r >= ExperimentMetrics.SatisfiedFrom), ratings.Count)),
                Mean(ratings), Mean(composites));
        }

        var (production, candidate) = await ExperimentTally.LoadAsync(db, experiment.Id, ct);
        var verdict = ExperimentRule.Evaluate(production, candidate, ExperimentRule.SettingsOf(experiment));
        return new ExperimentReport(ExperimentSummary.From(experiment),
            Arm(ExperimentArm.Production, experiment.ProductionVersion), Arm(ExperimentArm.Candidate, experiment.CandidateVersion),
            [Decision(ExperimentMetrics.Resolution, verdict.Resolution, experiment), Decision(ExperimentMetrics.Csat, verdict.Csat, experiment)]);
    }

    private static MetricDecision Decision(string metric, MetricTest test, Experiment experiment) =>
        new(metric, test.Statistic, test.Threshold, test.State.ToString(), test.Difference,
            test.State is TestState.Collecting or TestState.Undecided
                ? SequentialTest.MoreNeeded(test.Production, test.Candidate, ExperimentRule.SettingsOf(experiment))
                : 0);

    private static Estimate? Share(Proportion p) =>
        p.Rate is { } rate && SequentialTest.Wilson(p) is var (low, high) ? new Estimate(rate, low, high, p.Trials) : null;

    private static Estimate? Mean(IReadOnlyList<double> values)
    {
        if (values.Count == 0) return null;
        var mean = values.Mean();
        var half = values.Count < 2 ? 0 : Z95 * values.StandardDeviation() / Math.Sqrt(values.Count);
        return new Estimate(mean, mean - half, mean + half, values.Count);
    }
}
