using AgentSupport.Agent.Offline.Agent;

namespace AgentSupport.Agent.Tests.Offline.TenthPlugin;

/// <summary>How the tenth plugin's skill words its answers, in Spanish, formal Spanish and English.</summary>
internal sealed record RoadsidePhrases
{
    public required string Capability { get; init; }

    /// <summary>What failed when no tow truck could be sent.</summary>
    public required string ATowTruck { get; init; }

    /// <summary>The dispatch number, the minutes until it arrives.</summary>
    public required Func<string, int, string> Dispatched { get; init; }

    private static readonly RoadsidePhrases Spanish = new()
    {
        Capability = "enviarte una grúa",
        ATowTruck = "una grúa",
        Dispatched = (dispatch, minutes) => $"Listo: la grúa {dispatch} llega en unos {minutes} minutos.",
    };

    public static Phrasebook<RoadsidePhrases> Book { get; } = new(
        Spanish,
        Spanish with { Capability = "enviarle una grúa" },
        new()
        {
            Capability = "sending you a tow truck",
            ATowTruck = "a tow truck",
            Dispatched = (dispatch, minutes) => $"Done: tow truck {dispatch} will be there in about {minutes} minutes.",
        });
}
