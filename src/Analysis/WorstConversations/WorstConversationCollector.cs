using AgentSupport.Workbench.Analysis.Intents;
namespace AgentSupport.Workbench.Analysis.WorstConversations;

/// <summary>
/// Keeps the k worst conversations per intent. The aggregator offers conversations in line order; parsers ask
/// <see cref="IsCandidate"/> first so that only conversations that can still enter a list carry their transcript.
/// The admission bars only get stricter, so a parser reading a slightly old bar errs on the side of keeping a transcript.
/// </summary>
internal sealed class WorstConversationCollector
{
    private readonly int _perIntent;
    private readonly List<ConversationRecord>[] _worst;

    // Per intent, the key a newcomer must beat once the list is full (null before). Replaced, never mutated, so parsers read it without locks.
    private WorstKey?[] _admission;

    public WorstConversationCollector(int intentCount, int perIntent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(perIntent);
        _perIntent = perIntent;
        _worst = Enumerable.Range(0, intentCount).Select(_ => new List<ConversationRecord>(perIntent + 1)).ToArray();
        _admission = new WorstKey?[intentCount];
    }

    /// <summary>Whether a conversation with these intents and this key may still enter a list (thread-safe).</summary>
    public bool IsCandidate(ulong intentMask, WorstKey key)
    {
        if (_perIntent == 0)
        {
            return false;
        }

        var admission = Volatile.Read(ref _admission);
        for (var mask = intentMask; mask != 0; mask &= mask - 1)
        {
            var bar = admission[System.Numerics.BitOperations.TrailingZeroCount(mask)];
            if (bar is null || key.CompareTo(bar.Value) < 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Called by the aggregator only, in line order.</summary>
    public void Offer(ConversationRecord record)
    {
        // Without a transcript the parser already knew the record could not enter any list.
        if (record.Transcript is null)
        {
            return;
        }

        var key = WorstKey.Of(record);
        WorstKey?[]? updated = null;
        for (var mask = record.IntentMask; mask != 0; mask &= mask - 1)
        {
            var intent = System.Numerics.BitOperations.TrailingZeroCount(mask);
            var list = _worst[intent];
            var at = FirstAfter(list, key);
            if (at < 0 && list.Count == _perIntent)
            {
                continue;
            }

            list.Insert(at < 0 ? list.Count : at, record);
            if (list.Count > _perIntent)
            {
                list.RemoveAt(list.Count - 1);
            }

            if (list.Count == _perIntent)
            {
                updated ??= (WorstKey?[])_admission.Clone();
                updated[intent] = WorstKey.Of(list[^1]);
            }
        }

        if (updated is not null)
        {
            Volatile.Write(ref _admission, updated);
        }
    }

    /// <summary>
    /// Where <paramref name="key"/> goes in <paramref name="list"/>, or -1 after its end. A loop, not a lambda: the closure
    /// over the key was allocated on every call, also for the many conversations that return before needing it.
    /// </summary>
    private static int FirstAfter(List<ConversationRecord> list, WorstKey key)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (key.CompareTo(WorstKey.Of(list[i])) < 0)
            {
                return i;
            }
        }

        return -1;
    }

    public IReadOnlyDictionary<string, IReadOnlyList<WorstConversation>> Build(IntentCatalog catalog)
    {
        var result = new OrderedDictionary<string, IReadOnlyList<WorstConversation>>(StringComparer.Ordinal);
        for (var i = 0; i < _worst.Length; i++)
        {
            if (_worst[i].Count > 0)
            {
                result.Add(catalog.Intents[i].Name, _worst[i].Select(ToWorst).ToArray());
            }
        }

        return result;
    }

    private static WorstConversation ToWorst(ConversationRecord r) =>
        new(r.Line, r.ConversationId, r.Context, r.Resolved, r.Csat, r.Summary, r.Transcript ?? []);
}
