using AgentSupport.Web.Tickets;
using PortCategory = AgentSupport.Plugins.Tickets.TicketCategory;

namespace AgentSupport.Web.Tests.Tickets;

public sealed class TicketCategoriesTests
{
    [Fact]
    public void Customers_file_about_buying_selling_and_every_team_the_agent_routes_tickets_to()
    {
        Assert.Equal(
            ["buying", "selling", "offer", "inspection", "payout", "credit", "warranty", "documents", "appointment", "other"],
            TicketCategories.All);
        Assert.Equal(Enum.GetValues<PortCategory>().Length + 2, TicketCategories.All.Count);
    }
}
