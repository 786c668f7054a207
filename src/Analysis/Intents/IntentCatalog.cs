using System.Text.Json;
using System.Text.RegularExpressions;

namespace AgentSupport.Workbench.Analysis.Intents;

/// <summary>
/// The intents of a configuration file compiled for one <see cref="IntentMode"/>. Patterns live in the
/// file, not in code, so a prompt engineer can tune them; the shipped defaults are those of docs/design.md, "Intents".
/// </summary>
public sealed class IntentCatalog
{
    /// <summary>A conversation's intents are kept as bits of one 64-bit mask.</summary>
    public const int MaxIntents = 64;

    private const string DefaultResource = "AgentSupport.Workbench.intents.json";

    private static readonly Lazy<IntentCatalog> DefaultWords = new(() => LoadDefaultFor(IntentMode.Words));
    private static readonly Lazy<IntentCatalog> DefaultSeed = new(() => LoadDefaultFor(IntentMode.Seed));

    private readonly Regex[] _patterns;
    private readonly bool[] _joinSafe;

    private IntentCatalog(IntentMode mode, IReadOnlyList<IntentDefinition> intents)
    {
        Mode = mode;
        Intents = intents;
        _patterns = intents.Select(i => i.Pattern).ToArray();
        _joinSafe = intents.Select(i => IsJoinSafe(i.Pattern.ToString())).ToArray();
    }

    public IntentMode Mode { get; }

    /// <summary>The intents in table order, which is also the tie order of the ranking.</summary>
    public IReadOnlyList<IntentDefinition> Intents { get; }

    /// <summary>The shipped intent table.</summary>
    public static IntentCatalog Default(IntentMode mode = IntentMode.Words) =>
        mode == IntentMode.Seed ? DefaultSeed.Value : DefaultWords.Value;

    /// <summary>Loads a configuration file; throws <see cref="InvalidDataException"/> naming the file and the faulty entry.</summary>
    public static IntentCatalog Load(string path, IntentMode mode)
    {
        using var stream = File.OpenRead(path);
        return Parse(stream, mode, path);
    }

    /// <summary>Parses a configuration; <paramref name="sourceName"/> names it in error messages.</summary>
    public static IntentCatalog Parse(Stream json, IntentMode mode, string sourceName)
    {
        IntentConfigFile? file;
        try
        {
            file = JsonSerializer.Deserialize(json, IntentConfigJsonContext.Default.IntentConfigFile);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{sourceName}: invalid intent configuration: {ex.Message}", ex);
        }

        if (file?.Intents is not { Count: > 0 } entries)
        {
            throw new InvalidDataException($"{sourceName}: the intent configuration has no 'intents' list");
        }

        if (entries.Count > MaxIntents)
        {
            throw new InvalidDataException($"{sourceName}: at most {MaxIntents} intents are supported, found {entries.Count}");
        }

        var modeKey = ModeKey(mode);
        var intents = new List<IntentDefinition>(entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            intents.Add(ToDefinition(entries[i], modeKey, $"{sourceName}: intent #{i + 1}"));
        }

        var duplicate = intents.GroupBy(i => i.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidDataException($"{sourceName}: intent '{duplicate.Key}' is defined more than once");
        }

        return new IntentCatalog(mode, intents);
    }

    /// <summary>
    /// Sets in <paramref name="masks"/>, per conversation, the intents whose pattern matches at least one of its
    /// customer messages, each message on its own. For speed a pattern runs once over all the messages joined by
    /// '\n' when that cannot change its answer (see <see cref="IsJoinSafe"/>): a match there without '\n' lies
    /// inside one message and is a match of that message alone; a message with a match of its own always meets a
    /// reported match, since the search resumes at or before it; and a match across a '\n' sends the conversations
    /// it touches back to matching message by message.
    /// </summary>
    internal void Match(CustomerMessages messages, Span<ulong> masks)
    {
        masks.Clear();
        if (messages.MessageCount == 0)
        {
            // Nothing to match; and a pattern that matches the empty text must not be credited to anyone.
            return;
        }

        for (var i = 0; i < _patterns.Length; i++)
        {
            var bit = 1UL << i;
            if (_joinSafe[i])
            {
                MatchJoined(_patterns[i], messages, masks, bit);
                continue;
            }

            for (var conversation = 0; conversation < messages.ConversationCount; conversation++)
            {
                if (MatchEach(_patterns[i], messages, conversation))
                {
                    masks[conversation] |= bit;
                }
            }
        }
    }

    private static void MatchJoined(Regex pattern, CustomerMessages messages, Span<ulong> masks, ulong bit)
    {
        var joined = messages.Joined;
        var undecided = messages.Undecided;
        undecided.Clear();
        foreach (var match in pattern.EnumerateMatches(joined))
        {
            var first = messages.MessageAt(match.Index);
            if (!joined.Slice(match.Index, match.Length).Contains('\n'))
            {
                masks[messages.ConversationOf(first)] |= bit;
                continue;
            }

            var last = messages.MessageAt(match.Index + match.Length - 1);
            // Matches come left to right, so the touched conversations only grow.
            for (var conversation = messages.ConversationOf(first); conversation <= messages.ConversationOf(last); conversation++)
            {
                if (undecided.Count == 0 || undecided[^1] < conversation)
                {
                    undecided.Add(conversation);
                }
            }
        }

        foreach (var conversation in undecided)
        {
            if ((masks[conversation] & bit) == 0 && MatchEach(pattern, messages, conversation))
            {
                masks[conversation] |= bit;
            }
        }
    }

    private static bool MatchEach(Regex pattern, CustomerMessages messages, int conversation)
    {
        var (first, end) = messages.MessagesOf(conversation);
        for (var message = first; message < end; message++)
        {
            if (pattern.IsMatch(messages.Message(message)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a pattern answers the same on the joined messages as on each message: true unless it may look beyond
    /// its match (anchors, lookarounds), which would see the neighbouring messages. Word boundaries are safe because
    /// '\n' is a non-word character, like the ends of a message. Deliberately conservative: any '$', any '^' other
    /// than a negated class "[^", any \A \z \Z \G and any lookaround make a pattern be matched message by message.
    /// </summary>
    internal static bool IsJoinSafe(string pattern)
    {
        if (pattern.Contains('$') || pattern.Contains("(?=") || pattern.Contains("(?!") || pattern.Contains("(?<=") || pattern.Contains("(?<!")
            || pattern.Contains(@"\A") || pattern.Contains(@"\z") || pattern.Contains(@"\Z") || pattern.Contains(@"\G"))
        {
            return false;
        }

        for (var i = pattern.IndexOf('^'); i >= 0; i = pattern.IndexOf('^', i + 1))
        {
            var negatedClass = i > 0 && pattern[i - 1] == '[' && (i < 2 || pattern[i - 2] != '\\');
            if (!negatedClass)
            {
                return false;
            }
        }

        return true;
    }

    private static string ModeKey(IntentMode mode) => mode.ToString().ToLowerInvariant();

    private static IntentDefinition ToDefinition(IntentConfigEntry entry, string modeKey, string where)
    {
        if (string.IsNullOrWhiteSpace(entry.Name))
        {
            throw new InvalidDataException($"{where}: 'name' is missing");
        }

        where = $"{where} ('{entry.Name}')";
        if (string.IsNullOrWhiteSpace(entry.Tool))
        {
            throw new InvalidDataException($"{where}: 'tool' is missing");
        }

        if (entry.Effort is not (>= 1 and <= 3))
        {
            throw new InvalidDataException($"{where}: 'effort' must be 1, 2 or 3");
        }

        if (entry.Patterns is null || !entry.Patterns.TryGetValue(modeKey, out var pattern) || string.IsNullOrEmpty(pattern))
        {
            throw new InvalidDataException($"{where}: no pattern for intent mode '{modeKey}'");
        }

        try
        {
            var regex = ShippedIntentPatterns.Find(pattern) ?? new Regex(pattern, ShippedIntentPatterns.Options | RegexOptions.Compiled);
            return new IntentDefinition(entry.Name, entry.Tool, entry.Effort.Value, regex);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidDataException($"{where}: the '{modeKey}' pattern is not a valid regular expression: {ex.Message}", ex);
        }
    }

    private static IntentCatalog LoadDefaultFor(IntentMode mode)
    {
        using var stream = typeof(IntentCatalog).Assembly.GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException($"The embedded intent table {DefaultResource} is missing from the build.");
        return Parse(stream, mode, "intents.json (built in)");
    }
}
