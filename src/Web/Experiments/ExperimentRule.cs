namespace AgentSupport.Web.Experiments;

/// <summary>One arm's outcomes so far: resolved of concluded conversations, satisfied (CSAT 4 or 5) of rated ones.</summary>
public sealed record ArmOutcomes(Proportion Resolution, Proportion Satisfaction)
{
    public static ArmOutcomes None { get; } = new(default, default);
}

public static class ExperimentMetrics
{
    public const string Resolution = "resolution";
    public const string Csat = "csat";

    /// <summary>A rating of 4 or 5 stars counts as a satisfied customer (the usual top-two-box CSAT).</summary>
    public const int SatisfiedFrom = 4;
}

/// <summary>Both metrics' tests and what they decide together.</summary>
public sealed record ExperimentVerdict(MetricTest Resolution, MetricTest Csat)
{
    /// <summary>Worse on either metric wins over better on the other: a rollback protects customers first.</summary>
    public (string Outcome, string Metric, MetricTest Test)? Decision =>
        Resolution.State == TestState.CandidateWorse ? (ExperimentOutcome.CandidateWorse, ExperimentMetrics.Resolution, Resolution)
        : Csat.State == TestState.CandidateWorse ? (ExperimentOutcome.CandidateWorse, ExperimentMetrics.Csat, Csat)
        : Resolution.State == TestState.CandidateBetter ? (ExperimentOutcome.CandidateBetter, ExperimentMetrics.Resolution, Resolution)
        : Csat.State == TestState.CandidateBetter ? (ExperimentOutcome.CandidateBetter, ExperimentMetrics.Csat, Csat)
        : null;
}

/// <summary>The decision checked after every conversation that gets an outcome (docs/design.md, "Live experiments").</summary>
public static class ExperimentRule
{
    public static ExperimentVerdict Evaluate(ArmOutcomes production, ArmOutcomes candidate, SequentialSettings settings) => new(
        SequentialTest.Evaluate(production.Resolution, candidate.Resolution, settings),
        SequentialTest.Evaluate(production.Satisfaction, candidate.Satisfaction, settings));

    public static SequentialSettings SettingsOf(Experiment experiment) =>
        new(experiment.Alpha, experiment.MinimumEffect, experiment.MinimumPerArm, experiment.TrafficShare);
}
