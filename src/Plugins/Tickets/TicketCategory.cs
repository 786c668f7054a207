using System.Text.Json.Serialization;
using AgentSupport.Plugins.Common;

namespace AgentSupport.Plugins.Tickets;

/// <summary>Which team a ticket goes to.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<TicketCategory>))]
public enum TicketCategory
{
    Offer,
    Inspection,
    Payout,
    Credit,
    Warranty,
    Documents,
    Appointment,
    Other,
}
