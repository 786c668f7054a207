using System.Text.RegularExpressions;
using AgentSupport.Agent.Conversation;
using AgentSupport.Plugins;
using AgentSupport.Plugins.Credit;
using AgentSupport.Plugins.Documents;
using AgentSupport.Plugins.Inspections;
using AgentSupport.Plugins.Offers;
using AgentSupport.Plugins.Payouts;
using AgentSupport.Plugins.Scheduling;
using AgentSupport.Plugins.Tickets;
using AgentSupport.Plugins.Warranty;
using AgentSupport.Web.Data;
using AgentSupport.Web.Domain.Cars;
using AgentSupport.Web.Domain.Offers;
using AgentSupport.Workbench.Analysis.Intents;
using Microsoft.EntityFrameworkCore;

namespace AgentSupport.Web.Domain.Tickets;

/// <summary>
/// Writes the ticket a hand-over opens from the conversation it comes from: in the customer's language, with a
/// subject that says what the customer wants and about what (the last thing the tools looked up, naming the car),
/// the category of that topic, and the reason and last message in the description.
/// </summary>
public sealed partial class ConversationHandOverWriter(AppDbContext db) : IHandOverWriter
{
    private static readonly IReadOnlyDictionary<string, TicketCategory> CategoryOfPlugin = new Dictionary<string, TicketCategory>
    {
        [OfferIn24Plugin.Name] = TicketCategory.Offer,
        [InspectionStatusPlugin.Name] = TicketCategory.Inspection,
        [InspectionReschedulerPlugin.Name] = TicketCategory.Inspection,
        [PayoutTrackerPlugin.Name] = TicketCategory.Payout,
        [CreditPrequalificationPlugin.Name] = TicketCategory.Credit,
        [WarrantyCoveragePlugin.Name] = TicketCategory.Warranty,
        [DocumentsKycPlugin.Name] = TicketCategory.Documents,
        [SchedulingPlugin.Name] = TicketCategory.Appointment,
    };

    private static readonly IReadOnlyDictionary<string, TicketCategory> CategoryOfIntent = new Dictionary<string, TicketCategory>
    {
        [OfferIn24Plugin.Intent] = TicketCategory.Offer,
        [InspectionStatusPlugin.Intent] = TicketCategory.Inspection,
        [InspectionReschedulerPlugin.Intent] = TicketCategory.Inspection,
        [PayoutTrackerPlugin.Intent] = TicketCategory.Payout,
        [CreditPrequalificationPlugin.Intent] = TicketCategory.Credit,
        [WarrantyCoveragePlugin.Intent] = TicketCategory.Warranty,
        [DocumentsKycPlugin.Intent] = TicketCategory.Documents,
        [SchedulingPlugin.Intent] = TicketCategory.Appointment,
    };

    /// <summary>The plugins whose look-ups say what a hand-over is about.</summary>
    private static readonly List<string> LookUpPlugins = [.. CategoryOfPlugin.Keys];

    public async Task<TicketDraft> DraftAsync(CustomerContext customer, string reason, CancellationToken cancellationToken)
    {
        var conversationId = Guid.TryParse(customer.ConversationId, out var id) ? id : (Guid?)null;
        // One round trip: a hand-over is part of the customer's turn, which waits for it.
        var conversation = conversationId is null
            ? null
            : await db.Conversations.AsNoTracking()
                .Where(c => c.Id == conversationId && c.CustomerId == customer.CustomerId)
                .Select(c => new
                {
                    c.Language,
                    Said = c.Messages.Where(m => m.Role == ChatTurn.User).OrderBy(m => m.Turn).Select(m => m.Text).ToList(),
                    // Scalar subqueries, each a look-up by the conversation's index; a row-valued FirstOrDefault here
                    // would number every conversation's tool calls first.
                    LastPlugin = c.ToolCalls.Where(t => t.Succeeded && LookUpPlugins.Contains(t.Plugin)).OrderByDescending(t => t.Id).Select(t => t.Plugin).FirstOrDefault(),
                    LastJson = c.ToolCalls.Where(t => t.Succeeded && LookUpPlugins.Contains(t.Plugin)).OrderByDescending(t => t.Id)
                        .Select(t => t.ArgumentsJson + t.ResultJson).FirstOrDefault(),
                })
                .SingleOrDefaultAsync(cancellationToken);
        var text = HandOverText.For(conversation?.Language);
        var said = conversation?.Said ?? [];

        var (category, car) = conversation?.LastPlugin is { } plugin
            ? (CategoryOfPlugin[plugin], await CarNameAsync(customer.CustomerId, conversation.LastJson!, cancellationToken))
            : (CategoryFromWords(said), null);
        var topic = text.Topic(category, car);
        var asked = said.Count > 0 && AsksForPerson().IsMatch(said[^1]);
        var subject = (asked, topic) switch
        {
            (true, { } about) => text.AsksForPersonAbout(about),
            (true, null) => text.AsksForPerson,
            (false, { } about) => text.NeedsPersonFor(about),
            _ => text.NeedsPerson,
        };

        var description = text.Reason(reason);
        if (said.Count > 0) description += "\n" + text.LastMessage(said[^1]);
        return new TicketDraft(Fit(subject, TicketsPlugin.MaxSubjectLength), Fit(description, TicketsPlugin.MaxTextLength), category, conversation?.Language);
    }

    private static TicketCategory CategoryFromWords(IReadOnlyList<string> said)
    {
        var intents = IntentCatalog.Default().Intents;
        return said.Reverse().Select(message => intents.FirstOrDefault(intent => intent.Pattern.IsMatch(message)))
            .FirstOrDefault(intent => intent is not null) is { } found
            ? CategoryOfIntent.GetValueOrDefault(found.Name, TicketCategory.Other)
            : TicketCategory.Other;
    }

    /// <summary>
    /// The customer's car whose plate the tool call mentions, by the name the customer uses. Their cars and the cars of
    /// their offers (a sold car is no longer theirs) come in one round trip, names only.
    /// </summary>
    private async Task<string?> CarNameAsync(Guid customerId, string toolJson, CancellationToken cancellationToken)
    {
        var known = await db.Set<Car>().AsNoTracking().Where(c => c.OwnerId == customerId)
            .Select(c => new { Owned = true, c.Id, c.Plate, c.Make, c.Model })
            .Concat(db.Set<PurchaseOffer>().AsNoTracking().Where(o => o.CustomerId == customerId && o.Plate != null)
                .Select(o => new { Owned = false, o.Id, Plate = o.Plate!, o.Make, o.Model }))
            .ToListAsync(cancellationToken);
        // Owned cars first, then offers from the newest: the order in which a plate's name is chosen.
        var names = CarNames.ByPlate(known.OrderByDescending(k => k.Owned).ThenBy(k => k.Owned ? k.Id : -k.Id).Select(k => (k.Plate, k.Make, k.Model)));
        return names.Where(car => toolJson.Contains(car.Key, StringComparison.OrdinalIgnoreCase)).Select(car => car.Value).FirstOrDefault();
    }

    private static string Fit(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    /// <summary>A request for a human in either language: "hablar con una persona", "un asesor", "talk to a person", "an agent".</summary>
    [GeneratedRegex(@"\b(persona|humano|asesor|ejecutivo|agente|person|human|someone|agent|representative)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsksForPerson();
}
