using AgentSupport.Workbench.Analysis.Metrics;
using AgentSupport.Workbench.Analysis.Reading;
using AgentSupport.Workbench.Analysis.WorstConversations;
namespace AgentSupport.Workbench.Analysis;

/// <summary>
/// Folds compact records into the metrics, intents, breakdowns and worst conversations. Single-threaded and fed
/// in line order, which keeps every floating-point sum, list and tie reproducible from run to run.
/// </summary>
internal sealed class AnalysisAggregator
{
    /// <summary>Breakdown key for conversations without the field.</summary>
    public const string MissingValue = "(none)";

    private readonly AnalysisSettings _settings;
    private readonly Action<ConversationRecord>? _onConversation;
    private readonly MetricAccumulator _all = new();
    private readonly MetricAccumulator[] _byIntent;
    private readonly Dictionary<string, MetricAccumulator> _byContext = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MetricAccumulator> _byChannel = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MetricAccumulator> _byTone = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MetricAccumulator> _byLanguage = new(StringComparer.Ordinal);
    private readonly List<BadLine> _badLines = [];
    private readonly List<FieldWarning> _warnings = [];
    private long _badLineCount;
    private long _warningCount;

    public AnalysisAggregator(AnalysisSettings settings, Action<ConversationRecord>? onConversation)
    {
        _settings = settings;
        _onConversation = onConversation;
        _byIntent = settings.Intents.Intents.Select(_ => new MetricAccumulator()).ToArray();
        Worst = new WorstConversationCollector(_byIntent.Length, settings.WorstPerIntent);
    }

    public WorstConversationCollector Worst { get; }

    public void Add(ParsedBatch batch)
    {
        batch.Conversations.ForEach(AddConversation);
        batch.BadLines.ForEach(AddBadLine);
        batch.Warnings.ForEach(AddWarning);
    }

    public void AddConversation(ConversationRecord record)
    {
        _all.Add(record);
        Group(_byContext, record.Context).Add(record);
        Group(_byChannel, record.Channel).Add(record);
        Group(_byTone, record.Tone).Add(record);
        Group(_byLanguage, record.Language).Add(record);
        for (var mask = record.IntentMask; mask != 0; mask &= mask - 1)
        {
            _byIntent[System.Numerics.BitOperations.TrailingZeroCount(mask)].Add(record);
        }

        Worst.Offer(record);
        _onConversation?.Invoke(record);
    }

    public void AddBadLine(BadLine badLine)
    {
        _badLineCount++;
        if (_badLines.Count < AnalysisReport.ListedIssues)
        {
            _badLines.Add(badLine);
        }
    }

    public void AddWarning(FieldWarning warning)
    {
        _warningCount++;
        if (_warnings.Count < AnalysisReport.ListedIssues)
        {
            _warnings.Add(warning);
        }
    }

    public AnalysisReport Build(long bytesRead)
    {
        var metrics = _settings.Metrics;
        var catalog = _settings.Intents;
        var intents = new OrderedDictionary<string, long>(StringComparer.Ordinal);
        for (var i = 0; i < _byIntent.Length; i++)
        {
            intents.Add(catalog.Intents[i].Name, _byIntent[i].Count);
        }

        return new AnalysisReport
        {
            Result = new AnalysisResult
            {
                NBadLines = _badLineCount,
                BadLines = _badLines.Take(AnalysisResult.ListedBadLines).Select(b => b.Line).ToArray(),
                Overall = _all.ToMetrics(metrics),
                Intents = intents,
                Ranking = ToolRanker.Rank(catalog, _byIntent, metrics.TargetCsat),
                ByContext = Breakdown(_byContext),
            },
            ByChannel = Breakdown(_byChannel),
            ByTone = Breakdown(_byTone),
            ByLanguage = Breakdown(_byLanguage),
            BadLines = _badLines.ToArray(),
            WarningCount = _warningCount,
            Warnings = _warnings.ToArray(),
            WorstConversations = Worst.Build(catalog),
            BytesRead = bytesRead,
        };
    }

    private static MetricAccumulator Group(Dictionary<string, MetricAccumulator> groups, string? key)
    {
        key ??= MissingValue;
        if (!groups.TryGetValue(key, out var group))
        {
            group = new MetricAccumulator();
            groups.Add(key, group);
        }

        return group;
    }

    private SortedDictionary<string, ConversationMetrics> Breakdown(Dictionary<string, MetricAccumulator> groups) =>
        new(groups.ToDictionary(g => g.Key, g => g.Value.ToMetrics(_settings.Metrics), StringComparer.Ordinal), StringComparer.Ordinal);
}
