namespace AgentSupport.Plugins.Hubs;

/// <summary>Port: the hubs that exist. Not customer data, so not scoped to a customer.</summary>
public interface IHubDirectory
{
    Task<IReadOnlyList<Hub>> ListHubsAsync(CancellationToken cancellationToken);
}
