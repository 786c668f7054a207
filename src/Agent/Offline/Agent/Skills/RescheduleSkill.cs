using System.Globalization;
using AgentSupport.Agent.Offline.Understanding;
using AgentSupport.Agent.Offline.Understanding.Facts;
using AgentSupport.Plugins.Common;
using AgentSupport.Plugins.Inspections;

namespace AgentSupport.Agent.Offline.Agent.Skills;

/// <summary>reschedule_inspection: move the inspection to a free slot the customer picks.</summary>
internal sealed class RescheduleSkill : IIntentSkill
{
    private const string ListSlots = InspectionReschedulerPlugin.ListInspectionSlots;
    private const string Move = InspectionReschedulerPlugin.RescheduleInspection;

    public string Intent => Intents.Reschedule;

    public string Plugin => InspectionReschedulerPlugin.Name;

    public IReadOnlyList<string> Answers { get; } = [Move];

    public string Capability(AgentTurn turn) => ReschedulePhrases.Book.For(turn).Capability;

    public AgentStep Next(AgentTurn turn)
    {
        // Without a plate the plugin moves the customer's only scheduled inspection, and says so when there are several.
        var plate = Schedulable(turn);
        var say = ReschedulePhrases.Book.For(turn);
        var outcome = turn.LastOutcome;
        if (outcome is { Ok: false } && outcome.Plugin == Plugin && outcome.Argument("plate") is not null && plate is null
            && !turn.TurnOutcomes.Any(earlier => earlier.Plugin == Plugin && earlier.Argument("plate") is null))
        {
            // The plate came from an earlier topic (a car already inspected): ask for the inspection that can move.
            return AgentStep.Call(Plugin, ListSlots, SlotArguments(turn, null));
        }
        if (outcome is not null && outcome.Plugin == Plugin && CommonReplies.NeedsPlate(outcome))
        {
            return CommonReplies.AskWhichPlate(turn, PlateRecognizer.Plates(outcome.ErrorMessage), say.YourInspection);
        }

        if (outcome is not null && outcome.Is(Plugin, Move))
        {
            if (outcome.Value<InspectionRescheduled>() is { } moved)
            {
                return AgentStep.Say(say.Moved(moved.Plate, Wording.DateAndTime(moved.PreviousStart, turn.Language, turn.Today), Wording.DateAndTime(moved.NewStart, turn.Language, turn.Today), moved.Hub), completes: true);
            }

            // The slot was taken or invalid: show what is free instead, once.
            return turn.CalledThisTurn(Plugin, ListSlots)
                ? CommonReplies.Failure(turn, outcome, say.ThatSlot)
                : AgentStep.Call(Plugin, ListSlots, SlotArguments(turn, plate));
        }

        if (outcome is not null && outcome.Is(Plugin, ListSlots))
        {
            if (outcome.Value<InspectionSlots>() is not { } slots)
            {
                return CommonReplies.Failure(turn, outcome, say.AScheduledInspection);
            }

            if (Chosen(turn, slots.FreeSlots) is { } start && !turn.CalledThisTurn(Plugin, Move))
            {
                return AgentStep.Call(Plugin, Move, CommonReplies.Arguments(("newStart", start), ("plate", plate ?? slots.Plate)));
            }

            return AgentStep.Say(SlotOffer(turn, slots));
        }

        return Wanted(turn) is { } wanted
            ? AgentStep.Call(Plugin, Move, CommonReplies.Arguments(("newStart", wanted), ("plate", plate)))
            : AgentStep.Call(Plugin, ListSlots, SlotArguments(turn, plate));
    }

    /// <summary>
    /// The plate to move, unless it came from an earlier message and the rescheduler already refused it (a car whose
    /// inspection is over, named while asking about its payout): then the customer's scheduled inspection is meant.
    /// </summary>
    private string? Schedulable(AgentTurn turn)
    {
        var plate = turn.Facts.Plate;
        var latest = turn.Conversation.LatestUserText;
        var namedNow = PlateRecognizer.Plate(latest) is not null || turn.Cars.Resolve(latest) is not null;
        var refused = turn.Conversation.AllOutcomes.Any(outcome => outcome.Plugin == Plugin && !outcome.Ok
            && outcome.ErrorCode is ToolErrorCodes.Conflict or ToolErrorCodes.NotFound && outcome.Argument("plate") == plate);
        return plate is not null && refused && !namedNow ? null : plate;
    }

    /// <summary>The start the customer asked for, "yyyy-MM-ddTHH:mm" hub-local, when they gave both a day and a time.</summary>
    internal static string? Wanted(AgentTurn turn) =>
        turn.Facts is { Date: { } date, Time: { } time } ? date.ToDateTime(time).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) : null;

    /// <summary>
    /// The free slot the customer chose: the day and time they named, or the first free one when they take the
    /// earliest (on the day they named, if any); null when they have not chosen yet.
    /// </summary>
    internal static string? Chosen(AgentTurn turn, IReadOnlyList<SlotDay> days)
    {
        if (Wanted(turn) is { } wanted)
        {
            return IsFree(days, wanted) ? wanted : null;
        }

        if (!turn.Facts.WantsEarliest)
        {
            return null;
        }

        // The first slot still ahead of the conversation's clock (a list may start at the current hour).
        var now = turn.Now.DateTime;
        return days.Where(day => turn.Facts.Date is not { } date || day.Date == date)
            .SelectMany(day => day.Times.Select(time => $"{day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}T{time}"))
            .FirstOrDefault(start => DateTime.ParseExact(start, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) > now);
    }

    internal static bool IsFree(IReadOnlyList<SlotDay> days, string start)
    {
        var date = DateOnly.ParseExact(start[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return days.Any(day => day.Date == date && day.Times.Contains(start[11..], StringComparer.Ordinal));
    }

    internal static string SlotList(AgentTurn turn, IReadOnlyList<SlotDay> days) =>
        string.Join("; ", days.Take(3).Select(day => $"{Wording.Date(day.Date, turn.Language, turn.Today)}: {string.Join(", ", day.Times.Take(4))}"));

    private static IReadOnlyDictionary<string, object?> SlotArguments(AgentTurn turn, string? plate) =>
        CommonReplies.Arguments(
            ("plate", plate),
            ("fromDate", turn.Facts.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("days", turn.Facts.Date is null ? 5 : 1));

    private static string SlotOffer(AgentTurn turn, InspectionSlots slots)
    {
        var say = ReschedulePhrases.Book.For(turn);
        return slots.FreeSlots.Count == 0
            ? say.NoFreeSlots(slots.Hub)
            : say.FreeSlots(slots.Plate, Wording.DateAndTime(slots.CurrentStart, turn.Language, turn.Today), slots.Hub, SlotList(turn, slots.FreeSlots));
    }
}
