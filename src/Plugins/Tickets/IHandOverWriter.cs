namespace AgentSupport.Plugins.Tickets;

/// <summary>
/// Port: how the ticket opened for a hand-over reads. The host knows the conversation (its language, what the customer
/// asked, what the tools looked up), so it writes a subject the person taking the case understands at a glance
/// ("Quiere hablar con una persona sobre el pago de su Versa") instead of the bare reason.
/// </summary>
public interface IHandOverWriter
{
    Task<TicketDraft> DraftAsync(CustomerContext customer, string reason, CancellationToken cancellationToken);
}

/// <summary>The words of a new ticket; the subject is at most <see cref="TicketsPlugin.MaxSubjectLength"/> characters.</summary>
/// <param name="Language">The conversation's language the draft was written in; null when it was not read.</param>
public sealed record TicketDraft(string Subject, string Description, TicketCategory Category, string? Language = null);
