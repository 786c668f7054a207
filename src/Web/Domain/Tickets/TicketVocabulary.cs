using PortCategory = AgentSupport.Plugins.Tickets.TicketCategory;
using PortStatus = AgentSupport.Plugins.Tickets.TicketStatus;
using WebStatus = AgentSupport.Web.Tickets.TicketStatus;

namespace AgentSupport.Web.Domain.Tickets;

/// <summary>
/// Translates between the Tickets port's small vocabulary and the web app's ticket columns. The web
/// app knows more categories (buying, selling) and statuses (in progress, resolved) than the agent
/// needs; each folds into the nearest port value.
/// </summary>
internal static class TicketVocabulary
{
    /// <summary>The port's categories are a subset of the web app's, under the same names.</summary>
    public static string CategoryName(PortCategory category) => EnumNames<PortCategory>.NameOf(category);

    public static PortCategory Category(string name) =>
        Enum.GetValues<PortCategory>().FirstOrDefault(c => CategoryName(c) == name, PortCategory.Other);

    public static PortStatus Status(string status) => status switch
    {
        WebStatus.Escalated => PortStatus.Escalated,
        WebStatus.Resolved or WebStatus.Closed => PortStatus.Closed,
        _ => PortStatus.Open,
    };
}
