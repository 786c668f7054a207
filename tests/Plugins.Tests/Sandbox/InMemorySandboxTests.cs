using AgentSupport.Plugins.Common;
using AgentSupport.Plugins.Offers;
using AgentSupport.Plugins.Sandbox;
using AgentSupport.Plugins.Scheduling;
using AgentSupport.Plugins.Tests.Support;
using AgentSupport.Plugins.Tickets;

namespace AgentSupport.Plugins.Tests.Sandbox;

public sealed class InMemorySandboxTests
{
    private static readonly TicketRequest Request = new("Subject", "Description", TicketCategory.Other, Scenario.Now);

    [Fact]
    public async Task Sandboxes_from_the_same_scenario_do_not_share_state()
    {
        var first = Scenario.NewSandbox();
        var second = Scenario.NewSandbox();

        (await Scenario.Plugin<OfferIn24Plugin>(first, Scenario.Ana).QuoteOfferForMyCarAsync("JTA-518-B", "good")).AssertOk();

        Assert.Single(first.Snapshot().Effects);
        Assert.Empty(second.Snapshot().Effects);
        Assert.Equal(2, second.Snapshot().Customer(Scenario.Ana).Offers.Count);
        Assert.Equal(2, SandboxScenario.Default.Customers[0].Offers.Count);
    }

    [Fact]
    public void The_clock_starts_at_the_scenario_now_and_only_moves_forward()
    {
        var sandbox = Scenario.NewSandbox();

        Assert.Equal(Scenario.Now, sandbox.Clock.GetUtcNow());
        sandbox.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(Scenario.Now.AddMinutes(5), sandbox.Clock.GetUtcNow());
        Assert.Throws<ArgumentOutOfRangeException>(() => sandbox.Clock.Advance(TimeSpan.FromSeconds(-1)));
    }

    [Fact]
    public async Task Concurrent_bookings_of_one_slot_let_exactly_one_through()
    {
        var sandbox = Scenario.NewSandbox();
        var start = new DateTimeOffset(2025, 6, 5, 10, 0, 0, MexicoTime.Offset);
        var request = new AppointmentRequest("gdl-andares", AppointmentType.Visit, start, Scenario.Now);

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(i =>
            Task.Run(() => sandbox.Scheduling.BookAsync(i % 2 == 0 ? Scenario.Ana : Scenario.Bruno, request, CancellationToken.None))));

        Assert.Single(results, r => r is not null);
        Assert.Single(sandbox.Snapshot().EffectsOf(SandboxEffectKind.AppointmentBooked));
    }

    [Fact]
    public async Task Ids_are_sequential_and_skip_the_fixtures()
    {
        var sandbox = Scenario.NewSandbox();

        var first = await sandbox.Tickets.CreateTicketAsync(Scenario.Ana, Request, CancellationToken.None);
        var second = await sandbox.Tickets.CreateTicketAsync(Scenario.Bruno, Request, CancellationToken.None);

        Assert.Equal(["TK-1001", "TK-1002"], new[] { first.Number, second.Number });
    }

    [Fact]
    public async Task Snapshot_lists_effects_in_order_with_sandbox_time()
    {
        var sandbox = Scenario.NewSandbox();
        sandbox.Clock.Advance(TimeSpan.FromHours(1));
        await sandbox.Tickets.CreateTicketAsync(Scenario.Ana, Request, CancellationToken.None);

        var effect = Assert.Single(sandbox.Snapshot().Effects);

        Assert.Equal((1, SandboxEffectKind.TicketCreated, Scenario.Now.AddHours(1), "other"), (effect.Sequence, effect.Kind, effect.At, effect.Detail));
        Assert.Contains("\"kind\": \"ticket_created\"", sandbox.Snapshot().ToJson());
    }

    [Fact]
    public async Task Unknown_customers_have_nothing()
    {
        var sandbox = Scenario.NewSandbox();
        var stranger = Guid.NewGuid();

        Assert.Empty(await sandbox.Offers.ListCarsAsync(stranger, CancellationToken.None));
        Assert.Empty(await sandbox.Payouts.ListPayoutsAsync(stranger, CancellationToken.None));
        Assert.Throws<ArgumentException>(() => sandbox.ContextFor(stranger));
    }

    [Fact]
    public async Task A_cancelled_call_does_nothing()
    {
        var sandbox = Scenario.NewSandbox();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            sandbox.Tickets.CreateTicketAsync(Scenario.Ana, Request, cancellation.Token));
        Assert.Empty(sandbox.Snapshot().Effects);
    }
}
