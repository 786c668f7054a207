namespace AgentSupport.Workbench.Analysis;

/// <summary>
/// Shares the strings of short, repetitive labels (context, channel, tone, language) so a large file does not
/// allocate one copy per conversation. One pool per parser thread; bounded so unique values cannot grow it forever.
/// </summary>
internal sealed class LabelPool
{
    private const int MaxEntries = 4096;
    private const int MaxLength = 128;

    private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public LabelPool() => _lookup = _pool.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Get(in JsonToken text)
    {
        if (text.Raw.Length > MaxLength)
        {
            return text.GetString();
        }

        Span<char> chars = stackalloc char[MaxLength];
        var decoded = chars[..JsonText.Decode(text.Raw, text.Escaped, chars)];
        if (_lookup.TryGetValue(decoded, out var pooled))
        {
            return pooled;
        }

        pooled = new string(decoded);
        if (_pool.Count < MaxEntries)
        {
            _pool.Add(pooled, pooled);
        }

        return pooled;
    }
}
