using AgentSupport.Web.Domain.Tickets;
using AgentSupport.Web.Tickets;
using PortCategory = AgentSupport.Plugins.Tickets.TicketCategory;
using PortStatus = AgentSupport.Plugins.Tickets.TicketStatus;
using WebStatus = AgentSupport.Web.Tickets.TicketStatus;

namespace AgentSupport.Web.Tests.Domain;

public sealed class TicketVocabularyTests
{
    [Fact]
    public void Every_port_category_is_a_web_category_and_reads_back_as_itself()
    {
        Assert.All(Enum.GetValues<PortCategory>(), category =>
        {
            var name = TicketVocabulary.CategoryName(category);
            Assert.Contains(name, TicketCategories.All);
            Assert.Equal(category, TicketVocabulary.Category(name));
        });
        Assert.Equal(PortCategory.Other, TicketVocabulary.Category("buying"));
        Assert.Equal(
            ["buying", "selling", "offer", "inspection", "payout", "credit", "warranty", "documents", "appointment", "other"],
            TicketCategories.All);
    }

    [Fact]
    public void Web_statuses_fold_into_open_escalated_or_closed()
    {
        var folded = WebStatus.All.ToDictionary(s => s, TicketVocabulary.Status);

        Assert.Equal(PortStatus.Open, folded[WebStatus.Open]);
        Assert.Equal(PortStatus.Open, folded[WebStatus.InProgress]);
        Assert.Equal(PortStatus.Open, folded[WebStatus.WaitingOnCustomer]);
        Assert.Equal(PortStatus.Escalated, folded[WebStatus.Escalated]);
        Assert.Equal(PortStatus.Closed, folded[WebStatus.Resolved]);
        Assert.Equal(PortStatus.Closed, folded[WebStatus.Closed]);
    }
}
