namespace AgentSupport.Workbench.Analysis.WorstConversations;

/// <summary>
/// Orders conversations worst first: unresolved before resolved, then lowest csat (a missing csat after any
/// known one, since a known low score says more to the proposer), then earliest line, so the order is total.
/// </summary>
internal readonly record struct WorstKey(bool Resolved, double? Csat, long Line) : IComparable<WorstKey>
{
    public static WorstKey Of(ConversationRecord record) => new(record.Resolved, record.Csat, record.Line);

    public int CompareTo(WorstKey other)
    {
        if (Resolved != other.Resolved)
        {
            return Resolved ? 1 : -1;
        }

        if (Csat != other.Csat)
        {
            return (Csat, other.Csat) switch
            {
                (null, _) => 1,
                (_, null) => -1,
                var (mine, theirs) => mine.Value.CompareTo(theirs.Value),
            };
        }

        return Line.CompareTo(other.Line);
    }
}
