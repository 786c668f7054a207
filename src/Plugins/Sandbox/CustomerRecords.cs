using AgentSupport.Plugins.Documents;
using AgentSupport.Plugins.Inspections;
using AgentSupport.Plugins.Offers;
using AgentSupport.Plugins.Payouts;
using AgentSupport.Plugins.Scheduling;
using AgentSupport.Plugins.Tickets;
using AgentSupport.Plugins.Warranty;

namespace AgentSupport.Plugins.Sandbox;

/// <summary>One customer's mutable data inside a sandbox; only touched under the sandbox's lock.</summary>
internal sealed class CustomerRecords(SandboxCustomer seed)
{
    public Guid Id { get; } = seed.Id;

    public string DisplayName { get; } = seed.DisplayName;

    public List<OwnedCar> Cars { get; } = [.. seed.Cars];

    public List<Inspection> Inspections { get; } = [.. seed.Inspections];

    public List<Payout> Payouts { get; } = [.. seed.Payouts];

    public List<Deal> Deals { get; } = [.. seed.Deals];

    public List<CarWarranty> Warranties { get; } = [.. seed.Warranties];

    public List<WarrantyClaim> Claims { get; } = [.. seed.Claims];

    public List<Offer> Offers { get; } = [.. seed.Offers];

    public List<Appointment> Appointments { get; } = [.. seed.Appointments];

    public List<Ticket> Tickets { get; } = [.. seed.Tickets];

    public SandboxCustomer ToCustomer() => new()
    {
        Id = Id,
        DisplayName = DisplayName,
        Cars = [.. Cars],
        Inspections = [.. Inspections],
        Payouts = [.. Payouts],
        Deals = [.. Deals],
        Warranties = [.. Warranties],
        Claims = [.. Claims],
        Offers = [.. Offers],
        Appointments = [.. Appointments],
        Tickets = [.. Tickets],
    };
}
