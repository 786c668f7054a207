using AgentSupport.Plugins.Documents;
using AgentSupport.Plugins.Inspections;
using AgentSupport.Plugins.Offers;
using AgentSupport.Plugins.Payouts;
using AgentSupport.Plugins.Scheduling;
using AgentSupport.Plugins.Tickets;
using AgentSupport.Plugins.Warranty;

namespace AgentSupport.Plugins.Sandbox;

/// <summary>
/// Everything the sandbox knows about one customer, in the ports' own records: the fixture's shape on
/// the way in and the snapshot's on the way out. Lists left out of a fixture are empty.
/// </summary>
public sealed record SandboxCustomer
{
    public required Guid Id { get; init; }

    public required string DisplayName { get; init; }

    /// <summary>Cars the customer owns; a car's inspected condition comes from its latest completed inspection.</summary>
    public IReadOnlyList<OwnedCar> Cars { get; init; } = [];

    public IReadOnlyList<Inspection> Inspections { get; init; } = [];

    public IReadOnlyList<Payout> Payouts { get; init; } = [];

    public IReadOnlyList<Deal> Deals { get; init; } = [];

    public IReadOnlyList<CarWarranty> Warranties { get; init; } = [];

    public IReadOnlyList<WarrantyClaim> Claims { get; init; } = [];

    public IReadOnlyList<Offer> Offers { get; init; } = [];

    public IReadOnlyList<Appointment> Appointments { get; init; } = [];

    public IReadOnlyList<Ticket> Tickets { get; init; } = [];
}
