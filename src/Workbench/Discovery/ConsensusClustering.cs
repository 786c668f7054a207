namespace AgentSupport.Workbench.Discovery;

/// <summary>
/// Consensus of several k-means runs on the spectral coordinates: each edge of the neighbour graph keeps its weight times
/// the share of runs that put both ends in one group, and that agreement graph is grouped spectrally again. One run of
/// k-means lands in one local optimum, and where runs disagree (a message between two groups, two groups that one run
/// merges and another splits) the links are weakened rather than decided by the luck of one seeding.
/// </summary>
public static class ConsensusClustering
{
    /// <summary>k-means runs combined by default (one restart each).</summary>
    public const int DefaultRuns = 10;

    /// <summary>Groups <paramref name="space"/> (spectral coordinates of <paramref name="graph"/>'s nodes) into k by the consensus of <paramref name="runs"/> k-means runs.</summary>
    public static int[] Fit(GraphEdge[][] graph, IReadOnlyList<float[]> space, int k, int seed, int runs, int restarts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        // Each run its own seed, apart from the final k-means's: unchecked, as only distinctness matters.
        var clusterings = Enumerable.Range(0, runs).Select(run => KMeans.Fit(space, k, unchecked(seed * 1000 + run), restarts: 1).Assignments).ToList();
        return KMeans.Fit(SpectralEmbedding.Embed(Agreement(graph, clusterings), k, seed), k, seed, restarts).Assignments;
    }

    /// <summary>The graph with each edge's weight multiplied by the share of <paramref name="clusterings"/> that put both its ends in one group.</summary>
    public static GraphEdge[][] Agreement(GraphEdge[][] graph, IReadOnlyList<int[]> clusterings) =>
        graph.Select((edges, i) => edges.Select(edge =>
        {
            var share = 0.0;
            foreach (var clustering in clusterings)
            {
                if (clustering[i] == clustering[edge.Neighbour])
                {
                    share += 1.0 / clusterings.Count;
                }
            }

            return edge with { Weight = edge.Weight * share };
        }).ToArray()).ToArray();
}
