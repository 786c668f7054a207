using AgentSupport.Plugins.Documents;
using AgentSupport.Plugins.Hubs;
using AgentSupport.Plugins.Inspections;
using AgentSupport.Plugins.Offers;
using AgentSupport.Plugins.Payouts;
using AgentSupport.Plugins.Scheduling;
using AgentSupport.Plugins.Tickets;
using AgentSupport.Plugins.Warranty;

namespace AgentSupport.Plugins.Sandbox;

/// <summary>
/// An in-memory implementation of every plugin port, seeded from a scenario, thread-safe, with its own
/// frozen clock. Give each evaluated conversation a fresh one built from the same scenario, let the
/// agent run, then read <see cref="Snapshot"/> to check what the conversation changed.
/// </summary>
public sealed class InMemorySandbox
{
    private readonly SandboxState _state;

    public InMemorySandbox(SandboxScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        Scenario = scenario;
        _state = new SandboxState(scenario);
        Offers = new SandboxOfferService(_state);
        Inspections = new SandboxInspectionService(_state);
        Payouts = new SandboxPayoutService(_state);
        Documents = new SandboxDocumentService(_state);
        Warranties = new SandboxWarrantyService(_state);
        Scheduling = new SandboxSchedulingService(_state);
        Tickets = new SandboxTicketService(_state);
        Hubs = new SandboxHubDirectory(_state);
    }

    public SandboxScenario Scenario { get; }

    /// <summary>The sandbox's time, starting at the scenario's "now"; register it as the plugins' TimeProvider.</summary>
    public SandboxClock Clock => _state.Clock;

    public IOfferService Offers { get; }

    public IInspectionService Inspections { get; }

    public IPayoutService Payouts { get; }

    public IDocumentService Documents { get; }

    public IWarrantyService Warranties { get; }

    public ISchedulingService Scheduling { get; }

    public ITicketService Tickets { get; }

    public IHubDirectory Hubs { get; }

    public static InMemorySandbox FromDefaultScenario() => new(SandboxScenario.Default);

    /// <summary>The context a conversation of one of the scenario's customers runs under.</summary>
    public CustomerContext ContextFor(Guid customerId, string? conversationId = null)
    {
        var customer = Scenario.Customers.FirstOrDefault(c => c.Id == customerId)
            ?? throw new ArgumentException($"The scenario has no customer {customerId}.", nameof(customerId));
        return new CustomerContext(customer.Id, customer.DisplayName, conversationId);
    }

    /// <summary>The current state and every effect so far, as immutable records.</summary>
    public SandboxSnapshot Snapshot() => _state.Snapshot();
}
