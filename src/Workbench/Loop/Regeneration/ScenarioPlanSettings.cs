using AgentSupport.Prompts.Vocabulary;

namespace AgentSupport.Workbench.Loop.Regeneration;

/// <summary>What the scenario set covers; by default every context, tone, channel and language a conversation may have.</summary>
public sealed record ScenarioPlanSettings
{
    public static IReadOnlyList<string> AllContexts => ConversationVocabulary.Contexts.Values;

    public static IReadOnlyList<string> AllTones => ConversationVocabulary.Tones.Values;

    public static IReadOnlyList<string> AllChannels => ConversationVocabulary.Channels.Values;

    public static IReadOnlyList<string> AllLanguages => ConversationVocabulary.Languages.Values;

    /// <summary>Scenarios per context, 1 to 10.</summary>
    public int PerContext { get; init; } = 3;

    public int Seed { get; init; } = 42;

    public IReadOnlyList<string> Contexts { get; init; } = AllContexts;

    public IReadOnlyList<string> Tones { get; init; } = AllTones;

    public IReadOnlyList<string> Channels { get; init; } = AllChannels;

    public IReadOnlyList<string> Languages { get; init; } = AllLanguages;

    /// <summary>
    /// How often each intent occurs in the analysed conversations; goals are drawn in proportion (plus one, so every
    /// intent a context allows can occur). Empty draws uniformly.
    /// </summary>
    public IReadOnlyDictionary<string, long> IntentWeights { get; init; } = new Dictionary<string, long>();

    /// <summary>How often each language occurs in the analysed conversations; empty draws uniformly.</summary>
    public IReadOnlyDictionary<string, long> LanguageWeights { get; init; } = new Dictionary<string, long>();

    public void Validate()
    {
        if (PerContext is < 1 or > 10)
        {
            throw new ArgumentOutOfRangeException(nameof(PerContext), PerContext, "Scenarios per context must be 1 to 10.");
        }

        foreach (var (name, values) in new[] { ("contexts", Contexts), ("tones", Tones), ("channels", Channels), ("languages", Languages) })
        {
            if (values.Count == 0)
            {
                throw new ArgumentException($"The scenario plan needs at least one of {name}.");
            }
        }
    }
}
