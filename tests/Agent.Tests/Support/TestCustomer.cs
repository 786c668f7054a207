using AgentSupport.Agent.Conversation;
using AgentSupport.Plugins;
using AgentSupport.Plugins.Documents;
using AgentSupport.Plugins.Hubs;
using AgentSupport.Plugins.Inspections;
using AgentSupport.Plugins.Offers;
using AgentSupport.Plugins.Payouts;
using AgentSupport.Plugins.Scheduling;
using AgentSupport.Plugins.Tickets;
using AgentSupport.Plugins.Warranty;
using AgentSupport.Prompts.Templates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Moq;

namespace AgentSupport.Agent.Tests.Support;

/// <summary>
/// One signed-in customer with Moq'd ports, the scope a host hands to the agent. Unset ports answer
/// empty lists, so a test sets up only what its turn needs and verifies the calls the plugins made.
/// </summary>
public sealed class TestCustomer
{
    public static readonly DateTimeOffset Now = new(2025, 10, 28, 10, 0, 0, TimeSpan.FromHours(-6));

    private static readonly EmptyResultsProvider EmptyResults = new();

    public TestCustomer(Guid? id = null)
    {
        Context = new CustomerContext(id ?? Guid.NewGuid(), "Ana López", "conv-1");
    }

    public CustomerContext Context { get; }

    public Guid Id => Context.CustomerId;

    /// <summary>What the plugins logged (a failing port is logged, then reported to the model as unavailable).</summary>
    public RecordingLoggerProvider Logs { get; } = new();

    public Mock<IOfferService> Offers { get; } = new() { DefaultValueProvider = EmptyResults };
    public Mock<IInspectionService> Inspections { get; } = new() { DefaultValueProvider = EmptyResults };
    public Mock<IPayoutService> Payouts { get; } = new() { DefaultValueProvider = EmptyResults };
    public Mock<IDocumentService> Documents { get; } = new() { DefaultValueProvider = EmptyResults };
    public Mock<IHubDirectory> Hubs { get; } = new() { DefaultValueProvider = EmptyResults };
    public Mock<IWarrantyService> Warranty { get; } = new() { DefaultValueProvider = EmptyResults };
    public Mock<ISchedulingService> Scheduling { get; } = new() { DefaultValueProvider = EmptyResults };
    public Mock<ITicketService> Tickets { get; } = new() { DefaultValueProvider = EmptyResults };

    /// <summary>Tickets that really open and escalate, numbered TK-1001, TK-1002, ...</summary>
    public TestCustomer WithWorkingTickets()
    {
        var opened = 0;
        Tickets.Setup(t => t.CreateTicketAsync(Id, It.IsAny<TicketRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((Guid _, TicketRequest request, CancellationToken _) => new Ticket($"TK-{1001 + opened++}", request, TicketStatus.Open, []));
        Tickets.Setup(t => t.OpenEscalatedAsync(Id, It.IsAny<TicketRequest>(), It.IsAny<string>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((Guid _, TicketRequest request, string reason, string? _, CancellationToken _) =>
                new Ticket($"TK-{1001 + opened++}", request, TicketStatus.Escalated, [], request.CreatedAt, reason));
        Tickets.Setup(t => t.EscalateAsync(Id, It.IsAny<string>(), It.IsAny<string>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((Guid _, string number, string reason, DateTimeOffset at, CancellationToken _) =>
                new Ticket(number, new TicketRequest("Escalation", reason, TicketCategory.Other, at), TicketStatus.Escalated, [], at, reason));
        return this;
    }

    public IServiceProvider Services()
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(Logs));
        services.AddSingleton(Context);
        services.AddSingleton<TimeProvider>(new FixedTimeProvider(Now));
        services.AddSingleton(Offers.Object);
        services.AddSingleton(Inspections.Object);
        services.AddSingleton(Payouts.Object);
        services.AddSingleton(Documents.Object);
        services.AddSingleton(Hubs.Object);
        services.AddSingleton(Warranty.Object);
        services.AddSingleton(Scheduling.Object);
        services.AddSingleton(Tickets.Object);
        return services.BuildServiceProvider();
    }

    public AgentSession Session(PromptVersion prompt, string language = "es", IReadOnlyList<ChatTurn>? history = null, int seed = 0, string tone = "") =>
        new(Guid.NewGuid(), Context, prompt, TestPrompts.Variables(language, tone), history ?? [], seed);

    private sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
