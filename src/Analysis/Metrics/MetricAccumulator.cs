namespace AgentSupport.Workbench.Analysis.Metrics;

/// <summary>Running sums for the metrics of one group. Fed in line order, so its floating-point sums are reproducible.</summary>
internal sealed class MetricAccumulator
{
    private long _turns;
    private long _csatCount;
    private double _csatSum;
    private long _durationCount;
    private double _durationSum;

    public long Count { get; private set; }

    public long ResolvedCount { get; private set; }

    public double? AvgCsat => _csatCount == 0 ? null : _csatSum / _csatCount;

    public void Add(ConversationRecord record)
    {
        Count++;
        ResolvedCount += record.Resolved ? 1 : 0;
        _turns += record.Turns;
        if (record.Csat is { } csat)
        {
            _csatCount++;
            _csatSum += csat;
        }

        if (record.DurationSec is { } duration)
        {
            _durationCount++;
            _durationSum += duration;
        }
    }

    public ConversationMetrics ToMetrics(MetricSettings settings)
    {
        double? resolutionRate = Count == 0 ? null : (double)ResolvedCount / Count;
        double? avgTurns = Count == 0 ? null : (double)_turns / Count;
        double? avgDuration = _durationCount == 0 ? null : _durationSum / _durationCount;
        return new ConversationMetrics
        {
            N = Count,
            ResolutionRate = resolutionRate,
            AvgCsat = AvgCsat,
            AvgTurns = avgTurns,
            AvgDurationSec = avgDuration,
            Composite = CompositeScore.Compute(resolutionRate, AvgCsat, avgTurns, avgDuration, settings),
        };
    }
}
