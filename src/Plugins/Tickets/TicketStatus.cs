using System.Text.Json.Serialization;
using AgentSupport.Plugins.Common;

namespace AgentSupport.Plugins.Tickets;

[JsonConverter(typeof(SnakeCaseEnumConverter<TicketStatus>))]
public enum TicketStatus
{
    Open,

    /// <summary>Handed to a human agent, who now owns the conversation.</summary>
    Escalated,

    Closed,
}
