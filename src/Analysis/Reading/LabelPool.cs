using System.Runtime.InteropServices;
using AgentSupport.Prompts.Vocabulary;

namespace AgentSupport.Workbench.Analysis.Reading;

/// <summary>
/// The canonical values of one field's short, repetitive labels (context, channel, tone or language), each distinct
/// text resolved against the vocabulary once: the lookup folds case and accents, far dearer than finding the text
/// again. One pool per field and parser thread; bounded so unique values cannot grow it forever.
/// </summary>
internal sealed class LabelPool
{
    private const int MaxEntries = 4096;
    private const int MaxLength = 128;

    // The first distinct texts as they appear in the line: a file uses a handful of labels per field, so nearly every
    // lookup ends here, comparing a few bytes instead of decoding and hashing the text.
    private const int MaxRawEntries = 16;

    private readonly ConversationVocabulary _vocabulary;
    private readonly Dictionary<string, (string? Known, string? Warning)> _pool = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string? Known, string? Warning)>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<(byte[] Raw, string? Known, string? Warning)> _raw = new(MaxRawEntries);

    public LabelPool(ConversationVocabulary vocabulary)
    {
        _vocabulary = vocabulary;
        _lookup = _pool.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The canonical value of a JSON string, as <see cref="FieldRules.Known"/> gives it.</summary>
    public string? Known(in JsonToken text, out string? warning)
    {
        // The raw bytes alone decide the text: an escape always starts with a backslash.
        foreach (var (raw, known, rawWarning) in CollectionsMarshal.AsSpan(_raw))
        {
            if (text.Raw.SequenceEqual(raw))
            {
                warning = rawWarning;
                return known;
            }
        }

        if (text.Raw.Length > MaxLength)
        {
            return FieldRules.Known(_vocabulary, text.GetString(), out warning);
        }

        Span<char> chars = stackalloc char[MaxLength];
        var decoded = chars[..JsonText.Decode(text.Raw, text.Escaped, chars)];
        if (!_lookup.TryGetValue(decoded, out var resolved))
        {
            var label = new string(decoded);
            resolved.Known = FieldRules.Known(_vocabulary, label, out resolved.Warning);
            if (_pool.Count < MaxEntries)
            {
                _pool.Add(label, resolved);
            }
        }

        if (_raw.Count < MaxRawEntries)
        {
            _raw.Add((text.Raw.ToArray(), resolved.Known, resolved.Warning));
        }

        warning = resolved.Warning;
        return resolved.Known;
    }
}
