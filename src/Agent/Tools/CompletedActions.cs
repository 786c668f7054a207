using AgentSupport.Agent.Conversation;
using AgentSupport.Plugins.Documents;
using AgentSupport.Plugins.Inspections;
using AgentSupport.Plugins.Offers;
using AgentSupport.Plugins.Scheduling;
using AgentSupport.Plugins.Tickets;
using AgentSupport.Plugins.Warranty;

namespace AgentSupport.Agent.Tools;

/// <summary>
/// Says, in the customer's words, what a turn's tools changed: the calls that acted (opened, booked, moved,
/// accepted, recorded) and succeeded, with the ticket or claim number their result carries. Look-ups changed
/// nothing and are left out.
/// </summary>
internal static class CompletedActions
{
    private static readonly Dictionary<string, (string Spanish, string English)> Actions = new(StringComparer.Ordinal)
    {
        [TicketsPlugin.CreateTicket] = ("abrí un ticket", "opened a ticket"),
        [TicketsPlugin.AddTicketNote] = ("agregué una nota a tu ticket", "added a note to your ticket"),
        [TicketsPlugin.EscalateToHuman] = ("pasé tu caso a una persona", "passed your case to a person"),
        [SchedulingPlugin.BookAppointment] = ("agendé tu cita", "booked your appointment"),
        [InspectionReschedulerPlugin.Intent] = ("moví tu inspección", "moved your inspection"),
        [OfferIn24Plugin.AcceptOffer] = ("acepté la oferta por tu auto", "accepted the offer for your car"),
        [WarrantyCoveragePlugin.OpenWarrantyClaim] = ("abrí tu reclamo de garantía", "opened your warranty claim"),
        [DocumentsKycPlugin.RecordSubmittedDocument] = ("registré tu documento", "recorded your document"),
    };

    public static IReadOnlyList<string> Describe(IEnumerable<ToolCallRecord> calls, string language) =>
        calls.Where(call => call.Succeeded && Actions.ContainsKey(call.Function))
            .Select(call =>
            {
                var (spanish, english) = Actions[call.Function];
                var text = ConversationLanguage.IsEnglish(language) ? english : spanish;
                return ToolJson.Reference(call.ResultJson) is { } reference ? $"{text} ({reference})" : text;
            })
            .ToList();
}
