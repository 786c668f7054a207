using System.Globalization;
using AgentSupport.Web.Ui.Localization;

namespace AgentSupport.Web.Ui.Experiments;

/// <summary>The experiments page's texts, one instance per language (<see cref="English"/>, <see cref="Spanish"/>).</summary>
public sealed partial record ExperimentStrings
{
    public static ExperimentStrings For(string culture) => UiCultures.IsSpanish(CultureInfo.GetCultureInfo(culture)) ? Spanish : English;

    public required string Experiments { get; init; }
    public required string Intro { get; init; }
    public required string StartTitle { get; init; }
    public required string Prompt { get; init; }
    public required string SharePercent { get; init; }
    public required string Reason { get; init; }
    public required string Start { get; init; }
    public required string NothingToStart { get; init; }
    public required string NoExperiments { get; init; }
    public required Func<string, int, int, string> Heading { get; init; }
    public required Func<string, string, string> StartedBy { get; init; }
    public required Func<string, string> ShareOf { get; init; }
    public required IReadOnlyDictionary<string, string> StatusNames { get; init; }
    public required IReadOnlyDictionary<string, string> ArmNames { get; init; }
    public required string Arm { get; init; }
    public required string Version { get; init; }
    public required string Conversations { get; init; }
    public required string Resolution { get; init; }
    public required string Satisfied { get; init; }
    public required string Csat { get; init; }
    public required string Composite { get; init; }
    public required Func<string, string, string> Interval { get; init; }
    public required string Rule { get; init; }
    public required IReadOnlyDictionary<string, string> MetricNames { get; init; }
    public required Func<int, string> Collecting { get; init; }
    public required string Undecided { get; init; }
    public required string Worse { get; init; }
    public required string Better { get; init; }
    public required Func<string, string, string> Statistic { get; init; }
    public required Func<string, string, string> MoreNeeded { get; init; }
    public required string OutOfReach { get; init; }
    public required Func<string, string> WorseOn { get; init; }
    public required Func<string, string> BetterOn { get; init; }
    /// <summary>Why the rule decided: "worse on …" or "better on …", candidate share and count, production share and count, Λ, threshold, α.</summary>
    public required Func<string, string, int, string, int, string, string, string, string> Evidence { get; init; }
    public required Func<string, string> RolledBackAt { get; init; }
    public required Func<string, string, string> StoppedByAt { get; init; }
    public required string PromotionOffered { get; init; }
    public required string Stop { get; init; }
    public required string Promote { get; init; }
    public required string Started { get; init; }
    public required string StoppedNotice { get; init; }
    public required string PromotedNotice { get; init; }

    public string StatusName(string status) => StatusNames.GetValueOrDefault(status, status);

    public string ArmName(string arm) => ArmNames.GetValueOrDefault(arm, arm);

    public string MetricName(string metric) => MetricNames.GetValueOrDefault(metric, metric);
}
