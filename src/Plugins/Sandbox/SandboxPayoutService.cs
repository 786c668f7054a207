using AgentSupport.Plugins.Payouts;

namespace AgentSupport.Plugins.Sandbox;

internal sealed class SandboxPayoutService(SandboxState state) : IPayoutService
{
    public Task<IReadOnlyList<Payout>> ListPayoutsAsync(Guid customerId, CancellationToken cancellationToken) =>
        state.Run<IReadOnlyList<Payout>>(cancellationToken, () => state.Find(customerId)?.Payouts.ToList() ?? []);
}
