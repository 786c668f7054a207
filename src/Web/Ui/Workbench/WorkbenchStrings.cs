using System.Globalization;
using AgentSupport.Web.Ui.Localization;
using AgentSupport.Workbench.Analysis.Metrics;

namespace AgentSupport.Web.Ui.Workbench;

/// <summary>
/// The Workbench pages' texts, one instance per language (<see cref="English"/>, <see cref="Spanish"/>); kept apart from
/// <see cref="UiStrings"/> so the Workbench can grow without touching the rest of the console's texts.
/// </summary>
public sealed partial record WorkbenchStrings
{
    public static WorkbenchStrings For(string culture) => UiCultures.IsSpanish(CultureInfo.GetCultureInfo(culture)) ? Spanish : English;

    public static WorkbenchStrings ForCurrentCulture() => For(CultureInfo.CurrentUICulture.Name);

    // Navigation and pages
    public required string Workbench { get; init; }
    public required string DatasetsTitle { get; init; }
    public required string RunsTitle { get; init; }
    public required string RunTitle { get; init; }

    // Datasets
    public required string UploadTitle { get; init; }
    public required string UploadHelp { get; init; }
    public required string ChooseFile { get; init; }
    public required Func<string, string, string> Uploading { get; init; }
    public required string Analysing { get; init; }
    public required Func<string, long, string> Imported { get; init; }
    public required Func<long, string> NothingImported { get; init; }
    public required Func<long, string> BadLinesTitle { get; init; }
    public required Func<long, string> LineNumber { get; init; }
    public required string LiveTitle { get; init; }
    public required string LiveHelp { get; init; }
    public required string From { get; init; }
    public required string To { get; init; }
    public required string ContextFilter { get; init; }
    public required string AnyContext { get; init; }
    public required string Snapshot { get; init; }
    public required string NoLiveConversations { get; init; }
    public required string DatasetList { get; init; }
    public required string NoDatasets { get; init; }
    public required string Name { get; init; }
    public required string Source { get; init; }
    public required string Created { get; init; }
    public required string Conversations { get; init; }
    public required string BadLines { get; init; }
    public required string Show { get; init; }
    public required IReadOnlyDictionary<string, string> Sources { get; init; }
    public required Func<string, string> AnalysisOf { get; init; }
    public required string Intents { get; init; }
    /// <summary>Names of the built-in intents; an intent added later is named from its id (<see cref="IntentName"/>).</summary>
    public required IReadOnlyDictionary<string, string> IntentNames { get; init; }
    public required string ToolRanking { get; init; }
    public required string Intent { get; init; }
    public required string Tool { get; init; }
    public required string Frequency { get; init; }
    public required string UnresolvedRate { get; init; }
    public required string CsatGap { get; init; }
    public required string Effort { get; init; }
    public required string Score { get; init; }
    public required string Downloads { get; init; }
    public required Func<string, string> Download { get; init; }
    public required string StartRunOnDataset { get; init; }

    // Runs
    public required string NewRun { get; init; }
    public required string Dataset { get; init; }
    public required string PerContext { get; init; }
    public required string Parallelism { get; init; }
    public required string Retries { get; init; }
    public required string Temperature { get; init; }
    public required string Seed { get; init; }
    public required string BaselineVersion { get; init; }
    public required string BaselineHelp { get; init; }
    public required Func<double, int, int, int, string> PowerHint { get; init; }
    public required Func<int, int, double, string> PowerUnreachable { get; init; }
    public required Func<int, int, double, double, string> PowerWarning { get; init; }
    public required string StartRun { get; init; }
    public required string RunList { get; init; }
    public required string NoRuns { get; init; }
    public required string Run { get; init; }
    public required string Status { get; init; }
    public required string Verdict { get; init; }
    public required string Versions { get; init; }
    public required IReadOnlyDictionary<string, string> Statuses { get; init; }
    public required IReadOnlyDictionary<string, string> Verdicts { get; init; }
    public required string RunNotFound { get; init; }
    public required string Progress { get; init; }
    public required Func<int, int, int, string> ProgressCounts { get; init; }
    public required string Cancel { get; init; }
    public required string Cancelled { get; init; }
    public required string Resume { get; init; }
    public required Func<string, string> RunFailed { get; init; }
    public required string ExampleRun { get; init; }

    // Proposal
    public required string Proposal { get; init; }
    public required string WaitingForProposal { get; init; }
    public required string PromptChanges { get; init; }
    public required string SystemPatch { get; init; }
    public required string SystemPatchHelp { get; init; }
    public required string UserPatch { get; init; }
    public required string Rationale { get; init; }
    public required string Policy { get; init; }
    public required string CodeChanges { get; init; }
    public required string ProposedTools { get; init; }
    public required string EvaluationPlan { get; init; }
    public required string Risks { get; init; }
    public required string None { get; init; }
    public required string Impact { get; init; }
    public required string Risk { get; init; }
    public required string Why { get; init; }
    public required string OfflineProtocol { get; init; }
    public required string OnlineProtocol { get; init; }
    public required string SuccessCriteria { get; init; }
    public required string Approve { get; init; }
    public required string ApprovalInvalid { get; init; }
    public required Func<int, int, string> LineColumn { get; init; }
    public required Func<string, int?, string> ApprovedBy { get; init; }

    // A conversation of a dataset, opened from a proposal
    public required Func<string, string> ConversationTitle { get; init; }
    public required Func<long, string, string> ConversationSource { get; init; }
    public required Func<bool?, string> ResolvedState { get; init; }
    public required string Channel { get; init; }
    public required string ConversationNotFound { get; init; }
    public required string BackToDataset { get; init; }

    // Comparison and decision
    public required string Comparison { get; init; }
    public required string Metric { get; init; }
    public required string Baseline { get; init; }
    public required string Candidate { get; init; }
    public required string Change { get; init; }
    public required string Interval { get; init; }
    public required string DirectionBetter { get; init; }
    public required string DirectionWorse { get; init; }
    public required string DirectionNoise { get; init; }
    public required IReadOnlyDictionary<string, string> Metrics { get; init; }
    public required Func<int, int, string> FailedConversations { get; init; }
    public required string Samples { get; init; }
    public required string NoSamples { get; init; }
    public required string SpeakerCustomer { get; init; }
    public required string SpeakerAgent { get; init; }
    public required string OpenReport { get; init; }
    public required string ReportFrame { get; init; }
    public required string Decision { get; init; }
    public required string Reason { get; init; }
    public required string ForceHelp { get; init; }
    public required string Force { get; init; }
    public required Func<string, string> TradeOffHelp { get; init; }
    public required Func<string, string> AcceptTradeOff { get; init; }
    public required Func<string, string> VerdictWithTradeOff { get; init; }
    public required string Promote { get; init; }
    public required string Reject { get; init; }
    public required string ReasonRequired { get; init; }
    public required Func<int?, string> Promoted { get; init; }
    public required string Rejected { get; init; }
    public required Func<string, string, string> DecidedBy { get; init; }

    // Errors
    public required Func<string, string> NotPossible { get; init; }
    public required Func<string, string> InvalidInput { get; init; }

    public string StatusName(string status) => Statuses.GetValueOrDefault(status, status);
    public string VerdictName(string verdict) => Verdicts.GetValueOrDefault(verdict, verdict);
    public string MetricName(string metric) => Metrics.GetValueOrDefault(metric, metric);

    public string MetricName(Metric metric) => MetricName(metric.Key);

    /// <summary>The metrics a trade-off gives up, by name and in lower case, for a sentence.</summary>
    public string TradeOffNames(IEnumerable<string> metrics) => string.Join(", ", metrics.Select(m => MetricName(m).ToLowerInvariant()));
    /// <summary>"Warranty claim" for warranty_claim; an intent without a name of its own is its id with spaces, capitalised.</summary>
    public string IntentName(string intent) =>
        IntentNames.TryGetValue(intent, out var name) ? name
        : intent.Replace('_', ' ').Trim() is { Length: > 0 } spaced ? char.ToUpper(spaced[0], CultureInfo.InvariantCulture) + spaced[1..] : intent;

    public string SourceName(string source) => Sources.GetValueOrDefault(source, source);
}
