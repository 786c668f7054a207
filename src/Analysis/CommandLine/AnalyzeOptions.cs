using System.CommandLine;
using AgentSupport.Workbench.Analysis.Intents;
using AgentSupport.Workbench.Analysis.Metrics;

namespace AgentSupport.Workbench.Analysis.CommandLine;

/// <summary>
/// The arguments of <c>analyze</c> that decide its numbers: the file, the intent table and the metric settings.
/// The Workbench's <c>analyze</c> and the analysis-only executable both take them from here, so that the same
/// command line gives the same document in either.
/// </summary>
public static class AnalyzeOptions
{
    public static readonly Argument<string> FileArgument = new("file") { Description = "JSONL conversation file (seed or roles dialect, mixed allowed)." };

    public static readonly Option<bool> JsonOption = new("--json") { Description = "Print exactly one JSON object (the analysis summary) instead of the report." };

    public static readonly Option<IntentMode> IntentModeOption = new("--intent-mode")
    {
        HelpName = "words|seed",
        Description = "words: whole-word patterns (the default); seed: the older system's patterns, for comparison with its reports.",
        CustomParser = OptionParsers.OneOf(("words", IntentMode.Words), ("seed", IntentMode.Seed)),
    };

    public static readonly Option<string?> IntentsOption = new("--intents") { HelpName = "file", Description = "Intent configuration file (JSON) replacing the built-in table." };

    public static readonly Option<double> TargetCsatOption = new("--target-csat")
    {
        HelpName = "1-5",
        Description = "Csat target of the composite and of the ranking's csat gap.",
        DefaultValueFactory = _ => MetricSettings.Default.TargetCsat,
        CustomParser = OptionParsers.Number(1, 5),
    };

    public static readonly Option<double> MaxTurnsOption = new("--max-turns")
    {
        HelpName = "turns",
        Description = "Turn budget of the composite's efficiency term (> 0).",
        DefaultValueFactory = _ => MetricSettings.Default.MaxTurns,
        CustomParser = OptionParsers.Number(0, double.PositiveInfinity, minExclusive: true),
    };

    public static readonly Option<double> LatencyTargetOption = new("--latency-target")
    {
        HelpName = "seconds",
        Description = "Duration target of the composite's latency term (> 0).",
        DefaultValueFactory = _ => MetricSettings.Default.LatencyTargetSec,
        CustomParser = OptionParsers.Number(0, double.PositiveInfinity, minExclusive: true),
    };

    public static readonly Option<CompositeWeights?> WeightsOption = new("--weights")
    {
        HelpName = "csat,resolution,turns,latency",
        Description = "Composite weights, each >= 0 (default .35,.35,.15,.15).",
        CustomParser = OptionParsers.Weights,
    };

    /// <summary>
    /// The analyzer a parsed command line asks for, or null after telling <paramref name="error"/> why there is none
    /// (the file is missing, the intent configuration unusable), which is an <see cref="ExitCodes.InputError"/>.
    /// </summary>
    public static async Task<ConversationAnalyzer?> CreateAnalyzerAsync(ParseResult parse, TextWriter error)
    {
        var file = parse.GetRequiredValue(FileArgument);
        if (!File.Exists(file))
        {
            await error.WriteLineAsync($"analyze: file not found: {file}");
            return null;
        }

        var mode = parse.GetValue(IntentModeOption);
        IntentCatalog intents;
        try
        {
            intents = parse.GetValue(IntentsOption) is { } intentsPath ? IntentCatalog.Load(intentsPath, mode) : IntentCatalog.Default(mode);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"analyze: cannot use the intent configuration: {ex.Message}");
            return null;
        }

        return new ConversationAnalyzer(new AnalysisSettings
        {
            Intents = intents,
            Metrics = new MetricSettings
            {
                TargetCsat = parse.GetValue(TargetCsatOption),
                MaxTurns = parse.GetValue(MaxTurnsOption),
                LatencyTargetSec = parse.GetValue(LatencyTargetOption),
                Weights = parse.GetValue(WeightsOption) ?? CompositeWeights.Default,
            },
        });
    }

    /// <summary>An analysis without a valid conversation is an input error; says so, naming the first bad line.</summary>
    public static async Task<bool> ReportNoValidConversationAsync(AnalysisReport report, string file, TextWriter error)
    {
        if (report.Result.NValid > 0)
        {
            return false;
        }

        var first = report.BadLines.Count > 0 ? $"; first: line {report.BadLines[0].Line}: {report.BadLines[0].Reason}" : "";
        await error.WriteLineAsync($"analyze: no valid conversation in {file} ({report.Result.NBadLines} bad lines{first})");
        return true;
    }
}
