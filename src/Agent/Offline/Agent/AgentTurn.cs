using AgentSupport.Agent.Conversation;
using AgentSupport.Agent.Offline.Conversation;
using AgentSupport.Agent.Offline.Understanding;
using AgentSupport.Prompts.Templates;

namespace AgentSupport.Agent.Offline.Agent;

/// <summary>Everything the Offline agent's rules read to decide one step.</summary>
internal sealed class AgentTurn
{
    /// <summary>The language the agent answers in: the conversation's, unless the prompt's policy does not list it.</summary>
    public required string Language { get; init; }

    public required Tone Tone { get; init; }

    public required PromptPolicy Policy { get; init; }

    public required DateTimeOffset Now { get; init; }

    /// <summary>Today in hub-local time: dates in another year are written with it.</summary>
    public DateOnly Today => Wording.Today(Now);

    public required ConversationFacts Facts { get; init; }

    public required OfflineConversation Conversation { get; init; }

    /// <summary>The tasks of the conversation: the current one, the one a bare answer carries on, an interrupted one.</summary>
    public required DialogueState State { get; init; }

    /// <summary>Functions the request offered, as "Plugin_function": a disabled plugin is simply absent.</summary>
    public required IReadOnlySet<string> Tools { get; init; }

    public required SeededChoice Choice { get; init; }

    /// <summary>The customer's own cars, to resolve "la cx5" to its plate; empty when the request carries no profile.</summary>
    public CarDirectory Cars { get; init; } = CarDirectory.Unknown;

    /// <summary>A plate the latest message names that is none of the customer's: never passed to a tool.</summary>
    public string? ForeignPlate { get; init; }

    public IReadOnlyList<ToolOutcome> TurnOutcomes => Conversation.TurnOutcomes;

    public ToolOutcome? LastOutcome => Conversation.TurnOutcomes.Count == 0 ? null : Conversation.TurnOutcomes[^1];

    public bool English => ConversationLanguage.IsEnglish(Language);

    public bool Has(string plugin, string function) => Tools.Contains($"{plugin}_{function}");

    public bool HasPlugin(string plugin) => Tools.Any(tool => tool.StartsWith(plugin + "_", StringComparison.Ordinal));

    public bool CalledThisTurn(string plugin, string function) => TurnOutcomes.Any(outcome => outcome.Is(plugin, function));
}
