using AgentSupport.Web.Domain.Tickets;
using PortCategory = AgentSupport.Plugins.Tickets.TicketCategory;

namespace AgentSupport.Web.Tickets;

/// <summary>
/// The business areas a customer can file a ticket about: buying and selling, then every team the agent's
/// Tickets tool routes to (<see cref="PortCategory"/>), under the same names.
/// </summary>
public static class TicketCategories
{
    public static readonly IReadOnlyList<string> All =
        ["buying", "selling", .. Enum.GetValues<PortCategory>().Select(TicketVocabulary.CategoryName)];
}
