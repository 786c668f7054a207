using AgentSupport.Plugins.Common;
using AgentSupport.Plugins.Sandbox;
using AgentSupport.Plugins.Tests.Support;
using AgentSupport.Plugins.Tickets;

namespace AgentSupport.Plugins.Tests.Tickets;

public sealed class TicketsPluginTests
{
    private readonly InMemorySandbox _sandbox = Scenario.NewSandbox();

    [Fact]
    public async Task Creates_a_ticket_linked_to_the_conversation()
    {
        var plugin = Scenario.Plugin<TicketsPlugin>(_sandbox, Scenario.Ana, "conv-42");

        var ticket = (await plugin.CreateTicketAsync("Factura perdida", "The customer lost the original invoice of her Jetta.", "documentos")).AssertOk();

        Assert.Equal(TicketStatus.Open, ticket.Status);
        Assert.Equal(TicketCategory.Documents, ticket.Category);
        var stored = _sandbox.Snapshot().Customer(Scenario.Ana).Tickets.Single(t => t.Number == ticket.TicketNumber);
        Assert.Equal("conv-42", stored.Request.ConversationId);
    }

    [Fact]
    public async Task Adds_a_note_to_the_customers_ticket()
    {
        var plugin = Scenario.Plugin<TicketsPlugin>(_sandbox, Scenario.Ana);

        var ticket = (await plugin.AddTicketNoteAsync("tk-0950", "Customer uploaded the bank statement.")).AssertOk();

        Assert.Equal(2, ticket.NoteCount);
        Assert.Equal("TK-0950", Assert.Single(_sandbox.Snapshot().EffectsOf(SandboxEffectKind.TicketNoteAdded)).Reference);
    }

    [Fact]
    public async Task Escalates_the_open_ticket_of_this_conversation()
    {
        var plugin = Scenario.Plugin<TicketsPlugin>(_sandbox, Scenario.Ana, "conv-ana-0001");

        var ticket = (await plugin.EscalateToHumanAsync("Customer wants to talk to a person about the payout delay.")).AssertOk();

        Assert.Equal("TK-0950", ticket.TicketNumber);
        Assert.Equal(TicketStatus.Escalated, ticket.Status);
        Assert.Equal(Scenario.Now, ticket.EscalatedAt);
        var effect = Assert.Single(_sandbox.Snapshot().EffectsOf(SandboxEffectKind.TicketEscalated));
        Assert.Equal(Scenario.Ana, effect.CustomerId);
    }

    [Fact]
    public async Task Escalating_without_a_ticket_opens_one()
    {
        var plugin = Scenario.Plugin<TicketsPlugin>(_sandbox, Scenario.Bruno, "conv-new");

        var ticket = (await plugin.EscalateToHumanAsync("Customer is upset about the Aveo payout.")).AssertOk();

        Assert.Equal(TicketStatus.Escalated, ticket.Status);
        Assert.StartsWith("Escalation:", ticket.Subject);
        var kinds = _sandbox.Snapshot().Effects.Select(e => e.Kind);
        Assert.Equal([SandboxEffectKind.TicketCreated, SandboxEffectKind.TicketEscalated], kinds);
    }

    [Fact]
    public async Task Escalating_twice_is_idempotent()
    {
        var plugin = Scenario.Plugin<TicketsPlugin>(_sandbox, Scenario.Ana);
        (await plugin.EscalateToHumanAsync("First request.", "TK-0950")).AssertOk();

        (await plugin.EscalateToHumanAsync("Second request.", "TK-0950")).AssertOk();

        Assert.Single(_sandbox.Snapshot().EffectsOf(SandboxEffectKind.TicketEscalated));
    }

    [Theory]
    [InlineData("", "description", "other")]
    [InlineData("subject", "", "other")]
    [InlineData("subject", "description", "gossip")]
    public async Task Bad_tickets_are_refused(string subject, string description, string category) =>
        (await Scenario.Plugin<TicketsPlugin>(_sandbox, Scenario.Ana).CreateTicketAsync(subject, description, category)).AssertError(ToolErrorCodes.InvalidArgument);

    [Fact]
    public async Task Notes_on_unknown_tickets_are_not_found() =>
        (await Scenario.Plugin<TicketsPlugin>(_sandbox, Scenario.Ana).AddTicketNoteAsync("TK-9999", "hello")).AssertError(ToolErrorCodes.NotFound);
}
