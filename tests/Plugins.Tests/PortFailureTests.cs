using AgentSupport.Plugins.Catalog;
using AgentSupport.Plugins.Common;
using AgentSupport.Plugins.Documents;
using AgentSupport.Plugins.Payouts;
using AgentSupport.Plugins.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using Moq;

namespace AgentSupport.Plugins.Tests;

/// <summary>A failing port becomes an "unavailable" error record and a log entry, never an exception.</summary>
public sealed class PortFailureTests
{
    private static readonly CustomerContext Ana = new(Scenario.Ana, "Ana");

    [Fact]
    public async Task A_throwing_port_gives_an_unavailable_record_and_is_logged()
    {
        var payouts = new Mock<IPayoutService>();
        payouts.Setup(p => p.ListPayoutsAsync(It.IsAny<Guid>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("database is down"));
        var logger = new Mock<ILogger<PayoutTrackerPlugin>>();
        var plugin = new PayoutTrackerPlugin(payouts.Object, Mock.Of<IDocumentService>(), Ana, logger: logger.Object);

        var error = (await plugin.GetPayoutStatusAsync()).AssertError(ToolErrorCodes.Unavailable);

        Assert.DoesNotContain("database", error.Message);
        logger.Verify(
            l => l.Log(
                LogLevel.Error,
                It.IsAny<EventId>(),
                It.IsAny<It.IsAnyType>(),
                It.Is<Exception>(e => e.Message == "database is down"),
                It.IsAny<Func<It.IsAnyType, Exception?, string>>()),
            Times.Once);
    }

    [Fact]
    public async Task Through_the_kernel_a_failing_port_still_returns_a_result()
    {
        var payouts = new Mock<IPayoutService>();
        payouts.Setup(p => p.ListPayoutsAsync(It.IsAny<Guid>(), It.IsAny<CancellationToken>())).ThrowsAsync(new TimeoutException());
        var services = new ServiceCollection()
            .AddSingleton(payouts.Object)
            .AddSingleton(Mock.Of<IDocumentService>())
            .AddSingleton(Ana)
            .BuildServiceProvider();
        var kernel = new Kernel(services);
        kernel.Plugins.AddEnabled(["PayoutTracker"], services);

        var result = await kernel.InvokeAsync("PayoutTracker", "get_payout_status");

        result.GetValue<ToolResult<PayoutStatusReport>>()!.AssertError(ToolErrorCodes.Unavailable);
    }

    [Fact]
    public async Task Cancelling_the_turn_still_cancels()
    {
        var payouts = new Mock<IPayoutService>();
        payouts.Setup(p => p.ListPayoutsAsync(It.IsAny<Guid>(), It.IsAny<CancellationToken>()))
            .Returns<Guid, CancellationToken>((_, token) => Task.FromCanceled<IReadOnlyList<Payout>>(token));
        var plugin = new PayoutTrackerPlugin(payouts.Object, Mock.Of<IDocumentService>(), Ana);
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => plugin.GetPayoutStatusAsync(cancellationToken: cancellation.Token));
    }
}
