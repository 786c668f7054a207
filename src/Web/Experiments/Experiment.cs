namespace AgentSupport.Web.Experiments;

/// <summary>
/// A live A/B test of a prompt: the versions its <c>production</c> and <c>candidate</c> labels pointed at when it
/// started, and the share of customers served the candidate. Both versions are fixed for the experiment's life, so a
/// label moved meanwhile never changes what either arm serves.
/// </summary>
public sealed class Experiment
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string PromptId { get; set; }
    public int ProductionVersion { get; set; }
    public int CandidateVersion { get; set; }
    /// <summary>Share of customers in the candidate arm, in (0, 1).</summary>
    public double TrafficShare { get; set; }
    /// <summary>The difference (in share points) the experiment is sized for; also the spread of the test's mixture.</summary>
    public double MinimumEffect { get; set; }
    /// <summary>Chance, when both arms are equal, that the experiment decides anything at all.</summary>
    public double Alpha { get; set; }
    /// <summary>Outcomes each arm needs before the rule looks at a metric.</summary>
    public int MinimumPerArm { get; set; }
    public string Status { get; set; } = ExperimentStatus.Running;
    public required string StartedBy { get; set; }
    public DateTime StartedAt { get; set; }
    public string? StoppedBy { get; set; }
    public DateTime? StoppedAt { get; set; }
    public string? StopReason { get; set; }

    /// <summary>What the sequential test decided (<see cref="ExperimentOutcome"/>), with the figures it decided on; null while undecided.</summary>
    public string? Outcome { get; set; }
    public string? OutcomeMetric { get; set; }
    public DateTime? DecidedAt { get; set; }
    public double? ProductionRate { get; set; }
    public int? ProductionCount { get; set; }
    public double? CandidateRate { get; set; }
    public int? CandidateCount { get; set; }
    /// <summary>The mixture likelihood ratio when the rule decided, and the bound it crossed (2/α).</summary>
    public double? Statistic { get; set; }
    public double? Threshold { get; set; }

    public bool IsRunning => Status == ExperimentStatus.Running;
}

public static class ExperimentStatus
{
    public const string Running = "running";
    /// <summary>Stopped by an admin.</summary>
    public const string Stopped = "stopped";
    /// <summary>Stopped by the sequential rule: the candidate was worse.</summary>
    public const string RolledBack = "rolled_back";
    /// <summary>The candidate was better and an admin moved the production label to it.</summary>
    public const string Promoted = "promoted";
}

public static class ExperimentOutcome
{
    public const string CandidateWorse = "candidate_worse";
    public const string CandidateBetter = "candidate_better";
}

public static class ExperimentArm
{
    public const string Production = "production";
    public const string Candidate = "candidate";
}

/// <summary>Experiment events in the prompt audit trail, next to the label moves they lead to.</summary>
public static class ExperimentAuditActions
{
    public const string Started = "experiment_started";
    public const string Stopped = "experiment_stopped";
    public const string RolledBack = "experiment_rolled_back";
    public const string CandidateBetter = "experiment_candidate_better";
}
