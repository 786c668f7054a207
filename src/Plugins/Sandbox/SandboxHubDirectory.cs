using AgentSupport.Plugins.Hubs;

namespace AgentSupport.Plugins.Sandbox;

internal sealed class SandboxHubDirectory(SandboxState state) : IHubDirectory
{
    public Task<IReadOnlyList<Hub>> ListHubsAsync(CancellationToken cancellationToken) =>
        state.Run<IReadOnlyList<Hub>>(cancellationToken, () => state.Hubs.Select(h => h.ToHub()).ToList());
}
