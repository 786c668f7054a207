namespace AgentSupport.Agent.Offline.Agent;

/// <summary>How the Offline agent serves one intent with its plugin: which data it needs, which functions it calls, how it words the result.</summary>
internal interface IIntentSkill
{
    /// <summary>The intent of the intents table.</summary>
    string Intent { get; }

    /// <summary>The plugin that serves it, by its catalog name.</summary>
    string Plugin { get; }

    /// <summary>The plugin's functions whose success answers the customer's request: until one succeeds, the task stays open.</summary>
    IReadOnlyList<string> Answers { get; }

    /// <summary>What the skill helps with, as the agent lists it when the customer's request is unclear ("your payments").</summary>
    string Capability(AgentTurn turn);

    /// <summary>
    /// Utterances of the intent beyond the bundled corpus, in Spanish and English, as customers write them: a skill
    /// added with a new plugin brings its own, the shipped skills have theirs in <c>intent-corpus.txt</c>.
    /// </summary>
    IEnumerable<string> Examples => [];

    /// <summary>The next step: ask for missing data, call a function, or answer from this turn's results.</summary>
    AgentStep Next(AgentTurn turn);
}
