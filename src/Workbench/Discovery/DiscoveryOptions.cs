namespace AgentSupport.Workbench.Discovery;

/// <summary>How a discovery runs.</summary>
public sealed record DiscoveryOptions
{
    /// <summary>The number of groups; null chooses it by silhouette (<see cref="ClusterCountSelector"/>).</summary>
    public int? K { get; init; }

    public int Seed { get; init; } = 42;

    /// <summary>How the messages are grouped once embedded.</summary>
    public ClusteringMethod Method { get; init; } = ClusteringMethod.Auto;

    /// <summary>
    /// Whether spectral groups are polished by <see cref="ClusterRefinement"/>; auto: unless the representation is TF-IDF, whose
    /// reduced space is where plain k-means groups worst, so moving messages towards centres there undoes the graph's work.
    /// </summary>
    public Toggle Refine { get; init; } = Toggle.Auto;

    /// <summary>
    /// Whether the spectral step's neighbour graph blends in a TF-IDF graph of the same texts: a sentence encoder's graph
    /// <see cref="SpectralEmbedding.WordingShare"/> of the TF-IDF (LSA) one, TF-IDF's reduced-vector graph
    /// <see cref="SpectralEmbedding.ExactWordingShare"/> of the exact cosine graph of its unreduced rows; auto: on.
    /// </summary>
    public Toggle WordingGraph { get; init; } = Toggle.Auto;

    /// <summary>Spectral grouping: k-means runs combined by <see cref="ConsensusClustering"/>; 0 keeps the best of <see cref="Restarts"/> instead.</summary>
    public int ConsensusRuns { get; init; } = ConsensusClustering.DefaultRuns;

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

/// <summary>The grouping step of discovery.</summary>
public enum ClusteringMethod
{
    /// <summary>
    /// <see cref="Spectral"/> when the average group is at least twice a neighbourhood (<see cref="SpectralEmbedding.Neighbours"/>),
    /// otherwise <see cref="KMeans"/>: on a small set the neighbourhoods span several groups and the graph blurs them.
    /// </summary>
    Auto,

    /// <summary>k-means on the spectral embedding of the messages' neighbour graph (<see cref="SpectralEmbedding"/>).</summary>
    Spectral,

    /// <summary>k-means on the embedded messages themselves.</summary>
    KMeans,
}

/// <summary>An optional step of the spectral grouping; what <see cref="Auto"/> means is documented by each option.</summary>
public enum Toggle
{
    /// <summary>A setting fixed per representation (docs/discovery.md), never chosen by a run's scores.</summary>
    Auto,

    On,

    Off,
}
