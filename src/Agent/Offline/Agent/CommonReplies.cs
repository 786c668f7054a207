using AgentSupport.Agent.Offline.Conversation;
using AgentSupport.Plugins.Common;

namespace AgentSupport.Agent.Offline.Agent;

/// <summary>Sentences every skill uses: asking for the plate, explaining a failed tool, opening an answer.</summary>
internal static class CommonReplies
{
    /// <summary>Records one answer describes; a customer who has more is asked which one they mean.</summary>
    public const int RecordsDescribed = 3;

    private static AgentStep AskPlate(AgentTurn turn, string about) => AgentStep.Say(turn.L(
        $"Para revisar {about}, ¿me compartes la placa de tu auto (por ejemplo ABC-123-D)?",
        $"To check {about}, could you share your car's licence plate (for example ABC-123-D)?",
        $"Para revisar {about}, ¿podría compartirme la placa de su auto (por ejemplo ABC-123-D)?"));

    /// <summary>
    /// True when a call made without a plate failed because the customer has several records and the plugin needs to
    /// know which: the one case where asking for the plate beats letting the plugin choose.
    /// </summary>
    public static bool NeedsPlate(ToolOutcome outcome) =>
        !outcome.Ok && outcome.ErrorCode == ToolErrorCodes.InvalidArgument && outcome.Argument("plate") is null
        && outcome.ErrorMessage.Contains("more than one", StringComparison.OrdinalIgnoreCase);

    /// <summary>Asks which car a request is about, naming the plates the plugin listed.</summary>
    public static AgentStep AskWhichPlate(AgentTurn turn, IReadOnlyList<string> plates, string about)
    {
        if (plates.Count < 2)
        {
            return AskPlate(turn, about);
        }

        var list = Wording.List(plates, turn.Language, or: true);
        return AgentStep.Say(turn.L(
            $"Veo más de un auto en tu cuenta ({list}). Para revisar {about}, ¿me dices cuál es la placa?",
            $"I see more than one car in your account ({list}). To check {about}, which plate is it?",
            $"Veo más de un auto en su cuenta ({list}). Para revisar {about}, ¿me indica cuál es la placa?"));
    }

    /// <summary>
    /// The answer from a plugin's records (payouts, inspections, deals): each described, up to
    /// <see cref="RecordsDescribed"/>, and an invitation to name the plate of any other.
    /// </summary>
    public static AgentStep Records<T>(AgentTurn turn, IReadOnlyList<T> records, Func<T, string> describe)
    {
        var lines = string.Join(" ", records.Take(RecordsDescribed).Select(describe));
        var more = records.Count > RecordsDescribed
            ? " " + turn.L(
                $"Tienes {records.Count} en total; si buscas otro, dime su placa.",
                $"You have {records.Count} in total; if you mean another one, tell me its plate.",
                $"Tiene {records.Count} en total; si busca otro, indíqueme su placa.")
            : "";
        return AgentStep.Say($"{Lead(turn)} {lines}{more}", completes: true);
    }

    /// <summary>A short lead-in before a result, worded by the seed.</summary>
    public static string Lead(AgentTurn turn) => turn.Choice.Pick<string>(
        turn.English
            ? ["I checked it.", "Here is what I found.", "I looked it up."]
            : ["Ya lo revisé.", "Esto es lo que encontré.", "Ya lo consulté en el sistema."],
        "lead");

    /// <summary>What to say when a tool failed, by its error code.</summary>
    public static AgentStep Failure(AgentTurn turn, ToolOutcome outcome, string about)
    {
        var plate = outcome.Argument("plate");
        var text = outcome.ErrorCode switch
        {
            ToolErrorCodes.NotFound when plate is not null => turn.L(
                $"No encontré {about} con la placa {plate} en tu cuenta. ¿Me confirmas la placa?",
                $"I couldn't find {about} for plate {plate} in your account. Could you confirm the plate?",
                $"No encontré {about} con la placa {plate} en su cuenta. ¿Me confirma la placa?"),
            ToolErrorCodes.NotFound => turn.L(
                $"No encontré {about} en tu cuenta.",
                $"I couldn't find {about} in your account.",
                $"No encontré {about} en su cuenta."),
            ToolErrorCodes.InvalidArgument => turn.L(
                "Algún dato no cuadra con lo que tenemos registrado. ¿Me lo confirmas?",
                "Some of the details don't match what we have on file. Could you confirm them?",
                "Algún dato no coincide con lo que tenemos registrado. ¿Me lo confirma?"),
            ToolErrorCodes.Conflict => turn.L(
                "Eso ya no se puede hacer así: el sistema indica un conflicto con el estado actual. Puedo revisarlo con otro auto u otra fecha, o pasarte con una persona de nuestro equipo.",
                "That can't be done right now: the system reports a conflict with the current state. I can try another car or another date, or connect you with a person from our team.",
                "Eso ya no es posible así: el sistema indica un conflicto con el estado actual. Puedo revisarlo con otro auto u otra fecha, o comunicarle con una persona de nuestro equipo."),
            ToolErrorCodes.Expired => turn.L(
                "Ese plazo ya venció. Si quieres, empezamos de nuevo o te paso con una persona de nuestro equipo.",
                "That deadline has already passed. If you like, we can start over or I can connect you with a person from our team.",
                "Ese plazo ya venció. Si lo desea, empezamos de nuevo o le comunico con una persona de nuestro equipo."),
            _ => turn.L(
                "El sistema no responde en este momento; lo intento de nuevo en un momento o, si prefieres, te comunico con una persona.",
                "The system is not responding right now; I can try again shortly or, if you prefer, connect you with a person.",
                "El sistema no responde en este momento; lo intento de nuevo en un momento o, si lo prefiere, le comunico con una persona."),
        };
        return AgentStep.Say(text);
    }

    public static IReadOnlyDictionary<string, object?> Arguments(params (string Name, object? Value)[] values) =>
        values.Where(value => value.Value is not null).ToDictionary(value => value.Name, value => value.Value, StringComparer.Ordinal);
}
