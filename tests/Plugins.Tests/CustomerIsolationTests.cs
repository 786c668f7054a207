using AgentSupport.Plugins.Catalog;
using AgentSupport.Plugins.Common;
using AgentSupport.Plugins.Inspections;
using AgentSupport.Plugins.Offers;
using AgentSupport.Plugins.Payouts;
using AgentSupport.Plugins.Sandbox;
using AgentSupport.Plugins.Scheduling;
using AgentSupport.Plugins.Tests.Support;
using AgentSupport.Plugins.Tickets;
using AgentSupport.Plugins.Warranty;
using Microsoft.SemanticKernel;
using Moq;

namespace AgentSupport.Plugins.Tests;

/// <summary>A plugin acting for customer A never reaches customer B's data, whatever the model passes.</summary>
public sealed class CustomerIsolationTests
{
    private readonly InMemorySandbox _sandbox = Scenario.NewSandbox();

    [Fact]
    public async Task Ana_cannot_quote_Brunos_car() =>
        (await Scenario.Plugin<OfferIn24Plugin>(_sandbox, Scenario.Ana).QuoteOfferForMyCarAsync("HND-417-C", "good")).AssertError(ToolErrorCodes.NotFound);

    [Fact]
    public async Task Ana_cannot_see_Brunos_payout() =>
        (await Scenario.Plugin<PayoutTrackerPlugin>(_sandbox, Scenario.Ana).GetPayoutStatusAsync("AVO-118-E")).AssertError(ToolErrorCodes.NotFound);

    [Fact]
    public async Task Ana_cannot_see_or_move_Brunos_inspection()
    {
        (await Scenario.Plugin<InspectionStatusPlugin>(_sandbox, Scenario.Ana).GetInspectionStatusAsync("HND-417-C")).AssertError(ToolErrorCodes.NotFound);
        (await Scenario.Plugin<InspectionReschedulerPlugin>(_sandbox, Scenario.Ana).RescheduleInspectionAsync("2025-06-05T12:00", "HND-417-C")).AssertError(ToolErrorCodes.NotFound);

        Assert.Empty(_sandbox.Snapshot().Effects);
    }

    [Fact]
    public async Task Ana_cannot_claim_on_Brunos_warranty() =>
        (await Scenario.Plugin<WarrantyCoveragePlugin>(_sandbox, Scenario.Ana).OpenWarrantyClaimAsync("engine", 50_000, "Knocking.", "KCK-222-D")).AssertError(ToolErrorCodes.NotFound);

    [Fact]
    public async Task Ana_cannot_accept_an_offer_made_to_Bruno()
    {
        var brunos = (await Scenario.Plugin<OfferIn24Plugin>(_sandbox, Scenario.Bruno).QuoteOfferForMyCarAsync("HND-417-C", "good")).AssertOk();

        (await Scenario.Plugin<OfferIn24Plugin>(_sandbox, Scenario.Ana).AcceptOfferAsync(brunos.OfferId)).AssertError(ToolErrorCodes.NotFound);
        (await Scenario.Plugin<OfferIn24Plugin>(_sandbox, Scenario.Ana).GetOfferStatusAsync(brunos.OfferId)).AssertError(ToolErrorCodes.NotFound);
    }

    [Fact]
    public async Task Ana_cannot_note_or_escalate_Brunos_ticket()
    {
        var brunos = (await Scenario.Plugin<TicketsPlugin>(_sandbox, Scenario.Bruno).CreateTicketAsync("Aveo", "Payout question.", "payout")).AssertOk();
        var ana = Scenario.Plugin<TicketsPlugin>(_sandbox, Scenario.Ana);

        (await ana.AddTicketNoteAsync(brunos.TicketNumber, "hijacked")).AssertError(ToolErrorCodes.NotFound);
        (await ana.EscalateToHumanAsync("hijack", brunos.TicketNumber)).AssertError(ToolErrorCodes.NotFound);
    }

    [Fact]
    public async Task Each_customer_lists_only_their_appointments()
    {
        Assert.Empty((await Scenario.Plugin<SchedulingPlugin>(_sandbox, Scenario.Ana).ListMyAppointmentsAsync()).AssertOk().Appointments);
        Assert.Single((await Scenario.Plugin<SchedulingPlugin>(_sandbox, Scenario.Bruno).ListMyAppointmentsAsync()).AssertOk().Appointments);
    }

    [Fact]
    public async Task Ports_are_always_asked_for_the_context_customer()
    {
        var payouts = new Mock<IPayoutService>();
        payouts.Setup(p => p.ListPayoutsAsync(It.IsAny<Guid>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        var documents = new Mock<AgentSupport.Plugins.Documents.IDocumentService>();
        var plugin = new PayoutTrackerPlugin(payouts.Object, documents.Object, new CustomerContext(Scenario.Ana, "Ana"));

        await plugin.GetPayoutStatusAsync("AVO-118-E");

        payouts.Verify(p => p.ListPayoutsAsync(Scenario.Ana, It.IsAny<CancellationToken>()), Times.Once);
        payouts.VerifyNoOtherCalls();
    }

    [Fact]
    public void No_function_lets_the_model_name_a_customer()
    {
        var services = Scenario.Services(_sandbox, Scenario.Ana);
        var kernel = new Kernel(services);
        kernel.Plugins.AddEnabled(PluginCatalog.Names, services);

        var parameters = kernel.Plugins.GetFunctionsMetadata().SelectMany(f => f.Parameters).Select(p => p.Name.ToLowerInvariant());

        Assert.DoesNotContain(parameters, name => name.Contains("customer") || name.Contains("user"));
    }
}
