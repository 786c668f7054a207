namespace AgentSupport.Workbench.Discovery;

/// <summary>A group of customer messages that may be an intent of its own.</summary>
public sealed record IntentCandidate
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Description { get; init; }

    /// <summary>Messages in the group.</summary>
    public required int Size { get; init; }

    /// <summary>Conversations with at least one message in the group.</summary>
    public required int Conversations { get; init; }

    /// <summary>Those conversations as a share of every conversation of the set.</summary>
    public required double Share { get; init; }

    /// <summary>Share of those conversations left unresolved; null when the input carries no outcome.</summary>
    public double? UnresolvedRate { get; init; }

    public double? AverageCsat { get; init; }

    /// <summary>The messages nearest the group's centre, most typical first.</summary>
    public required IReadOnlyList<string> Examples { get; init; }

    public required IReadOnlyList<string> Terms { get; init; }

    public required PatternProposal Pattern { get; init; }

    /// <summary>The tool of the configured intent whose messages are nearest, or null: the group needs a new tool.</summary>
    public string? ClosestTool { get; init; }

    public double ToolSimilarity { get; init; }

    /// <summary>The message indices (into <see cref="DiscoveryResult.Messages"/>) of the group.</summary>
    public required IReadOnlyList<int> Members { get; init; }
}

/// <summary>One customer message of the discovery set and the conversation (index into <see cref="DiscoveryResult.Conversations"/>) it belongs to.</summary>
public sealed record DiscoveredMessage(string Text, int Conversation);

/// <summary>The outcome of a conversation of the set.</summary>
public sealed record DiscoveredConversation(string Id, bool? Resolved, double? Csat, string? Label = null);

/// <summary>Everything a discovery found, enough to review, rename, merge and accept its candidates later.</summary>
public sealed record DiscoveryResult
{
    public required string Embedder { get; init; }

    public required int Seed { get; init; }

    /// <summary>Every conversation read; <see cref="Conversations"/> holds those whose messages were grouped.</summary>
    public required int TotalConversations { get; init; }

    public required bool AllMessages { get; init; }

    /// <summary>The number of clusters used (0 when there was nothing to group).</summary>
    public required int K { get; init; }

    /// <summary>How the groups were formed: "spectral" or "kmeans" (empty when there was nothing to group).</summary>
    public string Method { get; init; } = "";

    /// <summary>Whether the spectral groups were polished by <see cref="ClusterRefinement"/>.</summary>
    public bool Refined { get; init; }

    /// <summary>Whether the spectral step's neighbour graph blended in a TF-IDF neighbour graph (<see cref="DiscoveryOptions.WordingGraph"/>).</summary>
    public bool WordingGraph { get; init; }

    /// <summary>The k-means runs the spectral groups are the consensus of (<see cref="ConsensusClustering"/>); 0 when none.</summary>
    public int ConsensusRuns { get; init; }

    /// <summary>When k was chosen automatically: the silhouette of every k tried.</summary>
    public IReadOnlyList<KSilhouette>? KSearch { get; init; }

    /// <summary>Messages that fit no group well enough (tiny clusters, or far from their cluster's centre).</summary>
    public required int Noise { get; init; }

    /// <summary>Set when there was too little to group; says why.</summary>
    public string? Notice { get; init; }

    public required IReadOnlyList<IntentCandidate> Candidates { get; init; }

    public required IReadOnlyList<DiscoveredMessage> Messages { get; init; }

    public required IReadOnlyList<DiscoveredConversation> Conversations { get; init; }

    /// <summary>Each message's cluster before noise was set apart (what the scores against labels use).</summary>
    public required IReadOnlyList<int> Clusters { get; init; }
}

public sealed record KSilhouette(int K, double Silhouette);
