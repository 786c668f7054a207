using AgentSupport.Agent.Offline.Agent;

namespace AgentSupport.Agent.Tests.Offline.TenthPlugin;

/// <summary>The tenth plugin's one skill: its intent, its plugin, its corpus lines, its step and its phrasebook.</summary>
internal sealed class RoadsideSkill : IIntentSkill
{
    public const string TowIntent = "roadside_tow";

    public string Intent => TowIntent;

    public string Plugin => RoadsideAssistancePlugin.Name;

    public IReadOnlyList<string> Answers { get; } = [RoadsideAssistancePlugin.RequestTow];

    public IEnumerable<string> Examples =>
    [
        "necesito una grua",
        "mi carro no arranca, mandenme una grua",
        "me quede tirado, ocupo grua",
        "pueden mandar una grua por mi auto",
        "i need a tow truck",
        "my car wont start, send a tow",
        "im stranded, can you tow my car",
        "please send roadside assistance",
    ];

    public string Capability(AgentTurn turn) => RoadsidePhrases.Book.For(turn).Capability;

    public AgentStep Next(AgentTurn turn)
    {
        if (turn.LastOutcome is { } outcome && outcome.Is(Plugin, RoadsideAssistancePlugin.RequestTow))
        {
            var say = RoadsidePhrases.Book.For(turn);
            return outcome.Value<TowDispatched>() is { } tow
                ? AgentStep.Say(say.Dispatched(tow.DispatchNumber, tow.MinutesAway), completes: true)
                : CommonReplies.Failure(turn, outcome, say.ATowTruck);
        }

        return AgentStep.Call(Plugin, RoadsideAssistancePlugin.RequestTow, CommonReplies.Arguments(("plate", turn.Facts.Plate)));
    }
}
