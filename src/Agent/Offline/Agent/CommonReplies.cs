using AgentSupport.Agent.Offline.Conversation;
using AgentSupport.Plugins.Common;

namespace AgentSupport.Agent.Offline.Agent;

/// <summary>Sentences every skill uses: asking for the plate, explaining a failed tool, opening an answer.</summary>
internal static class CommonReplies
{
    /// <summary>Records one answer describes; a customer who has more is asked which one they mean.</summary>
    public const int RecordsDescribed = 3;

    private static AgentStep AskPlate(AgentTurn turn, string about) => AgentStep.Say(CommonPhrases.Book.For(turn).AskPlate(about));

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

        return AgentStep.Say(CommonPhrases.Book.For(turn).AskWhichPlate(Wording.List(plates, turn.Language, or: true), about));
    }

    /// <summary>
    /// The answer from a plugin's records (payouts, inspections, deals): each described, up to
    /// <see cref="RecordsDescribed"/>, and an invitation to name the plate of any other.
    /// </summary>
    public static AgentStep Records<T>(AgentTurn turn, IReadOnlyList<T> records, Func<T, string> describe)
    {
        var lines = string.Join(" ", records.Take(RecordsDescribed).Select(describe));
        var more = records.Count > RecordsDescribed ? " " + CommonPhrases.Book.For(turn).MoreRecords(records.Count) : "";
        return AgentStep.Say($"{Lead(turn)} {lines}{more}", completes: true);
    }

    /// <summary>A short lead-in before a result, worded by the seed.</summary>
    public static string Lead(AgentTurn turn) => turn.Choice.Pick(CommonPhrases.Book.For(turn).Leads, "lead");

    /// <summary>What to say when a tool failed, by its error code.</summary>
    public static AgentStep Failure(AgentTurn turn, ToolOutcome outcome, string about)
    {
        var plate = outcome.Argument("plate");
        var say = CommonPhrases.Book.For(turn);
        var text = outcome.ErrorCode switch
        {
            ToolErrorCodes.NotFound when plate is not null => say.NotFoundForPlate(about, plate),
            ToolErrorCodes.NotFound => say.NotFound(about),
            ToolErrorCodes.InvalidArgument => say.InvalidArgument,
            ToolErrorCodes.Conflict => say.Conflict,
            ToolErrorCodes.Expired => say.Expired,
            _ => say.Unavailable,
        };
        return AgentStep.Say(text);
    }

    public static IReadOnlyDictionary<string, object?> Arguments(params (string Name, object? Value)[] values) =>
        values.Where(value => value.Value is not null).ToDictionary(value => value.Name, value => value.Value, StringComparer.Ordinal);
}
