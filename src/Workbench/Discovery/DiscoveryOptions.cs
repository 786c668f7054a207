namespace AgentSupport.Workbench.Discovery;

/// <summary>How a discovery runs.</summary>
public sealed record DiscoveryOptions
{
    /// <summary>The number of groups; null chooses it by silhouette (<see cref="ClusterCountSelector"/>).</summary>
    public int? K { get; init; }

    public int Seed { get; init; } = 42;

    /// <summary>k-means++ restarts; the one with the lowest inertia is kept.</summary>
    public int Restarts { get; init; } = 10;

    /// <summary>Every customer message instead of only those of conversations no intent matched.</summary>
    public bool AllMessages { get; init; }

    /// <summary>Groups smaller than this become noise.</summary>
    public int MinGroupSize { get; init; } = 3;

    public int Examples { get; init; } = 5;

    /// <summary>Cosine similarity of a group's centre to a configured intent's messages from which its tool counts as the closest.</summary>
    public double ToolSimilarityThreshold { get; init; } = 0.3;

    /// <summary>Messages of each configured intent used to describe its plugin.</summary>
    public int ToolProfileMessages { get; init; } = 200;
}
