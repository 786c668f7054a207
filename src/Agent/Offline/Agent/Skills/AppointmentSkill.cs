using System.Text.RegularExpressions;
using AgentSupport.Agent.Offline.Understanding;
using AgentSupport.Plugins.Hubs;
using AgentSupport.Plugins.Scheduling;

namespace AgentSupport.Agent.Offline.Agent.Skills;

/// <summary>appointment: book a visit, a test drive or a delivery at a hub the customer names.</summary>
internal sealed partial class AppointmentSkill : IIntentSkill
{
    private const string ListHubs = SchedulingPlugin.ListHubs;
    private const string ListSlots = SchedulingPlugin.ListAvailableSlots;
    private const string Book = SchedulingPlugin.BookAppointment;
    private const string ListMine = SchedulingPlugin.ListMyAppointments;

    public string Intent => Intents.Appointment;

    public string Plugin => SchedulingPlugin.Name;

    public IReadOnlyList<string> Answers { get; } = [Book, ListMine];

    public string Capability(AgentTurn turn) => AppointmentPhrases.Book.For(turn).Capability;

    public AgentStep Next(AgentTurn turn)
    {
        var outcome = turn.LastOutcome;
        var type = turn.Facts.AppointmentType ?? "visit";
        var say = AppointmentPhrases.Book.For(turn);
        if (outcome is null || outcome.Plugin != Plugin)
        {
            return AsksAboutOwn(turn.Conversation.LatestUserText)
                ? AgentStep.Call(Plugin, ListMine, CommonReplies.Arguments())
                : AgentStep.Call(Plugin, ListHubs, CommonReplies.Arguments());
        }

        switch (outcome.Function)
        {
            case ListHubs:
                if (outcome.Value<HubList>() is not { } hubs)
                {
                    return CommonReplies.Failure(turn, outcome, say.AnyHubs);
                }

                var hub = Mentioned(turn, hubs.Hubs);
                if (hub is null)
                {
                    var names = Wording.List(hubs.Hubs.Select(h => $"{h.Name} ({h.City})").ToList(), turn.Language);
                    return AgentStep.Say(say.WhichHub(say.Kind(TypeOf(type)), names));
                }

                return RescheduleSkill.Wanted(turn) is { } start
                    ? AgentStep.Call(Plugin, Book, CommonReplies.Arguments(("appointmentType", type), ("hub", hub.Id), ("start", start)))
                    : AgentStep.Call(Plugin, ListSlots, SlotArguments(turn, type, hub.Id));

            case ListSlots:
                if (outcome.Value<AppointmentSlots>() is not { } slots)
                {
                    return CommonReplies.Failure(turn, outcome, say.ThatHub);
                }

                if (RescheduleSkill.Chosen(turn, slots.FreeSlots) is { } wanted && !turn.CalledThisTurn(Plugin, Book))
                {
                    return AgentStep.Call(Plugin, Book, CommonReplies.Arguments(("appointmentType", type), ("hub", slots.HubId), ("start", wanted)));
                }

                return AgentStep.Say(slots.FreeSlots.Count == 0
                    ? say.NoFreeSlots(slots.Hub)
                    : say.FreeSlots(slots.Hub, RescheduleSkill.SlotList(turn, slots.FreeSlots)));

            case ListMine:
                return outcome.Value<AppointmentList>() is { } mine
                    ? AgentStep.Say(Mine(turn, say, mine), completes: true)
                    : CommonReplies.Failure(turn, outcome, say.YourAppointments);

            default:
                if (outcome.Value<AppointmentBooked>() is { } booked)
                {
                    return AgentStep.Say(say.Booked(say.Kind(booked.Type), booked.Hub, Address(booked), Wording.DateAndTime(booked.Start, turn.Language, turn.Today), booked.AppointmentId), completes: true);
                }

                // A taken slot: show that day's free times instead, once.
                var hubId = outcome.Argument("hub");
                return hubId is not null && !turn.CalledThisTurn(Plugin, ListSlots)
                    ? AgentStep.Call(Plugin, ListSlots, SlotArguments(turn, type, hubId))
                    : CommonReplies.Failure(turn, outcome, say.ThatSlot);
        }
    }

    /// <summary>
    /// The hub the customer named, the latest mention first; null when none or ambiguous. A hub is named by its
    /// city or by what sets its name apart from the others ("Santa Fe" for "AgentSupport Hub Santa Fe").
    /// </summary>
    private static Hub? Mentioned(AgentTurn turn, IReadOnlyList<Hub> hubs)
    {
        var shared = hubs.Count < 2
            ? []
            : hubs.Select(h => TextFold.Words(h.Name).Split(' ')).Aggregate((common, words) => common.Intersect(words).ToArray());
        string Distinctive(Hub hub) => string.Join(' ', TextFold.Words(hub.Name).Split(' ').Where(word => !shared.Contains(word)));

        foreach (var text in turn.Conversation.UserTexts.Reverse())
        {
            // One distinctive word is enough: "insurgentes" names "AgentSupport Insurgentes Sur".
            var byName = hubs.Where(h => TextFold.ContainsPhrase(text, Distinctive(h)) || TextFold.ContainsPhrase(text, h.Id.Replace('-', ' '))
                || Distinctive(h).Split(' ').Any(word => word.Length >= 4 && TextFold.ContainsPhrase(text, word))).ToList();
            if (byName.Count == 1)
            {
                return byName[0];
            }

            var byCity = hubs.Where(h => TextFold.ContainsPhrase(text, h.City)).ToList();
            if (byCity.Count == 1)
            {
                return byCity[0];
            }
        }

        return null;
    }

    private static string Mine(AgentTurn turn, AppointmentPhrases say, AppointmentList list)
    {
        if (list.Appointments.Count == 0)
        {
            return say.NoAppointments;
        }

        var items = list.Appointments.Select(booked =>
            say.Appointment(say.Kind(booked.Type), booked.Hub, Wording.DateAndTime(booked.Start, turn.Language, turn.Today), booked.AppointmentId)).ToList();
        return say.Upcoming(Wording.List(items, turn.Language));
    }

    private static IReadOnlyDictionary<string, object?> SlotArguments(AgentTurn turn, string type, string hubId) =>
        CommonReplies.Arguments(
            ("appointmentType", type),
            ("hub", hubId),
            ("fromDate", turn.Facts.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            ("days", turn.Facts.Date is null ? 5 : 1));

    /// <summary>The appointment type of the plugin's argument ("test_drive").</summary>
    private static AppointmentType TypeOf(string type) => type switch
    {
        "test_drive" => AppointmentType.TestDrive,
        "delivery" => AppointmentType.Delivery,
        _ => AppointmentType.Visit,
    };

    private static string Address(AppointmentBooked booked) => booked.HubAddress is null ? "" : $" ({booked.HubAddress})";

    /// <summary>
    /// The customer asks about appointments they already have rather than booking one: their appointment named as
    /// theirs ("mi cita", "my test drive") with no word that books.
    /// </summary>
    private static bool AsksAboutOwn(string text) => AsksForOwn().IsMatch(text) || OwnAppointment().IsMatch(text) && !Books().IsMatch(text);

    [GeneratedRegex(@"\b(mis?|my)\s+(citas?|visitas?|prueba de manejo|appointments?|bookings?|visits?|test drive)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnAppointment();

    [GeneratedRegex(@"\b(agend\w*|program\w*|reserv\w*|quiero|quisiera|book\w*|schedul\w*|set up|want|like to)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Books();

    [GeneratedRegex(@"\b(tengo (alguna|una|mi)?\s*(cita|visita|prueba)|mis citas|cu[aá]ndo es mi|a qu[eé] hora (es|era) mi|when is my|do i have (an?|any|anything)|anything (booked|scheduled)|algo agendado|qu[eé] citas tengo|my (appointments|bookings)|what time is my)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsksForOwn();
}
