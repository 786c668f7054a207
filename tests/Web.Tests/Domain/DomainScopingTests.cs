using AgentSupport.Plugins.Documents;
using AgentSupport.Plugins.Inspections;
using AgentSupport.Plugins.Offers;
using AgentSupport.Plugins.Payouts;
using AgentSupport.Plugins.Scheduling;
using AgentSupport.Plugins.Tickets;
using AgentSupport.Plugins.Warranty;
using AgentSupport.Web.Conversations;
using AgentSupport.Web.Domain.Hubs;
using AgentSupport.Web.Domain.Warranty;
using AgentSupport.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WebTicketStatus = AgentSupport.Web.Tickets.TicketStatus;

namespace AgentSupport.Web.Tests.Domain;

/// <summary>Customer A's id never reads or changes customer B's cars, offers, inspections, payouts, deals, warranties, appointments or tickets.</summary>
public abstract class DomainScopingTests<TFixture>(TFixture app) : ProviderTests<TFixture>(app) where TFixture : AppFixture
{
    /// <summary>When the calls below say they happen: what they are refused or allowed for never depends on the day.</summary>
    private static readonly DateTimeOffset At = DomainTestData.Now;

    [SkippableFact]
    public async Task Every_port_lists_only_the_callers_rows()
    {
        RequireDatabase();
        var (_, a, b) = await TwoCustomersAsync();

        await App.WithDbAsync(async db =>
        {
            await using var ports = DomainTestData.Ports(db);
            var offers = ports.GetRequiredService<IOfferService>();
            Assert.Equal(new[] { a.OwnedPlate, a.BoughtPlate }.Order(), (await offers.ListCarsAsync(a.CustomerId, default)).Select(c => c.Plate).Order());
            Assert.Equal(a.OfferId, Assert.Single(await offers.ListOffersAsync(a.CustomerId, default)).Id);
            Assert.Equal(a.InspectionId, Assert.Single(await ports.GetRequiredService<IInspectionService>().ListInspectionsAsync(a.CustomerId, default)).Id);
            Assert.Equal(a.SoldPlate, Assert.Single(await ports.GetRequiredService<IPayoutService>().ListPayoutsAsync(a.CustomerId, default)).Plate);
            Assert.Equal(a.DealId, Assert.Single(await ports.GetRequiredService<IDocumentService>().ListDealsAsync(a.CustomerId, default)).Id);
            Assert.Equal(a.BoughtPlate, Assert.Single(await ports.GetRequiredService<IWarrantyService>().ListWarrantiesAsync(a.CustomerId, default)).Plate);
            Assert.Equal(a.AppointmentId, Assert.Single(await ports.GetRequiredService<ISchedulingService>().ListAppointmentsAsync(a.CustomerId, default)).Id);

            var tickets = ports.GetRequiredService<ITicketService>();
            var mine = await tickets.CreateTicketAsync(a.CustomerId, new TicketRequest("Mine", "A's ticket", TicketCategory.Other, At), default);
            var theirs = await tickets.CreateTicketAsync(b.CustomerId, new TicketRequest("Theirs", "B's ticket", TicketCategory.Other, At), default);
            Assert.Equal(mine.Number, (await tickets.FindTicketAsync(a.CustomerId, mine.Number, default))?.Number);
            Assert.Null(await tickets.FindTicketAsync(a.CustomerId, theirs.Number, default));
            return 0;
        });
    }

    [SkippableFact]
    public async Task No_port_changes_another_customers_rows()
    {
        RequireDatabase();
        var (hub, a, b) = await TwoCustomersAsync();
        var freeSlot = DomainTestData.UpcomingStarts(hub, HubService.Inspection)[^1];
        var bConversation = await App.WithDbAsync(async db =>
        {
            var conversation = new Conversation
            {
                CustomerId = b.CustomerId, Context = "general", Channel = "chat", Language = "en", Tone = "friendly", PromptId = "customer-agent", PromptVersion = 1,
            };
            db.Conversations.Add(conversation);
            await db.SaveChangesAsync();
            return conversation.Id;
        });

        await App.WithDbAsync(async db =>
        {
            await using var ports = DomainTestData.Ports(db);
            var tickets = ports.GetRequiredService<ITicketService>();
            var bTicket = await tickets.CreateTicketAsync(b.CustomerId, new TicketRequest("B only", "B's ticket", TicketCategory.Payout, At), default);

            Assert.Null(await ports.GetRequiredService<IOfferService>().MarkAcceptedAsync(a.CustomerId, b.OfferId, At, default));
            Assert.False(await ports.GetRequiredService<IInspectionService>().MoveInspectionAsync(a.CustomerId, b.InspectionId, freeSlot, default));
            Assert.False(await ports.GetRequiredService<IDocumentService>().RecordDocumentAsync(a.CustomerId, b.DealId, DocumentKind.OfficialId, At, default));
            await Assert.ThrowsAsync<InvalidOperationException>(() => ports.GetRequiredService<IWarrantyService>().OpenClaimAsync(
                a.CustomerId,
                new WarrantyClaimRequest(b.BoughtPlate, WarrantyComponent.Engine, CoveragePlan.Powertrain, 30_000, "Knocking", At),
                default));
            Assert.Null(await tickets.AddNoteAsync(a.CustomerId, bTicket.Number, new TicketNote("Hijack", At), default));
            Assert.Null(await tickets.EscalateAsync(a.CustomerId, bTicket.Number, "Hijack", At, default));
            await tickets.CreateTicketAsync(a.CustomerId, new TicketRequest("Mine", "Claims B's chat", TicketCategory.Other, At, bConversation.ToString()), default);
            return 0;
        });

        await App.WithDbAsync(async db =>
        {
            await using var ports = DomainTestData.Ports(db);
            Assert.Null(Assert.Single(await ports.GetRequiredService<IOfferService>().ListOffersAsync(b.CustomerId, default)).AcceptedAt);
            var inspection = Assert.Single(await ports.GetRequiredService<IInspectionService>().ListInspectionsAsync(b.CustomerId, default));
            Assert.Equal(b.InspectionStart, inspection.ScheduledAt);
            Assert.Empty(Assert.Single(await ports.GetRequiredService<IDocumentService>().ListDealsAsync(b.CustomerId, default)).Documents);
            Assert.False(await db.Set<WarrantyPolicyClaim>().AnyAsync(c => c.CustomerId == a.CustomerId || c.CustomerId == b.CustomerId));
            var ticket = await db.Tickets.AsNoTracking().Include(t => t.Messages).SingleAsync(t => t.CustomerId == b.CustomerId);
            Assert.Equal(WebTicketStatus.Open, ticket.Status);
            Assert.Empty(ticket.Messages);
            Assert.Null((await db.Conversations.AsNoTracking().SingleAsync(c => c.Id == bConversation)).TicketId);
            return 0;
        });
    }

    private async Task<(ServiceHub Hub, CustomerRows A, CustomerRows B)> TwoCustomersAsync()
    {
        var hub = DomainTestData.NewHub();
        var inspectionStarts = DomainTestData.UpcomingStarts(hub, HubService.Inspection);
        var visitStarts = DomainTestData.UpcomingStarts(hub, HubService.Visit);
        return await App.WithDbAsync(async db =>
        {
            db.Add(hub);
            await db.SaveChangesAsync();
            var a = await DomainTestData.AddEverythingAsync(db, await DomainTestData.AddCustomerAsync(db, "Alice"), hub, inspectionStarts[0], visitStarts[0]);
            var b = await DomainTestData.AddEverythingAsync(db, await DomainTestData.AddCustomerAsync(db, "Bob"), hub, inspectionStarts[1], visitStarts[1]);
            return (hub, a, b);
        });
    }
}

public sealed class DomainScopingSqliteTests(SqliteAppFixture app) : DomainScopingTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class DomainScopingPostgresTests(PostgresAppFixture app) : DomainScopingTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
