using AgentSupport.Workbench.Discovery;

namespace AgentSupport.Workbench.Tests.Discovery;

public sealed class ConsensusClusteringTests
{
    [Fact]
    public void Each_edge_keeps_its_weight_times_the_share_of_runs_that_group_its_ends_together()
    {
        // The path 0-1-2-3 (weights 1, 0.5, 1). Runs: {0,1}{2,3}, {0,1,2}{3}, {0,1}{2,3}, {0,1,2,3}.
        // 0-1 agreed by 4 of 4: 1; 1-2 by 2 of 4: 0.5 · 0.5 = 0.25; 2-3 by 3 of 4: 0.75.
        GraphEdge[][] path = [[new(1, 1)], [new(0, 1), new(2, 0.5)], [new(1, 0.5), new(3, 1)], [new(2, 1)]];
        int[][] runs = [[0, 0, 1, 1], [0, 0, 0, 1], [1, 1, 0, 0], [2, 2, 2, 2]];

        var agreement = ConsensusClustering.Agreement(path, runs);

        Assert.Equal([(1, 1.0)], Edges(agreement[0]));
        Assert.Equal([(0, 1.0), (2, 0.25)], Edges(agreement[1]));
        Assert.Equal([(1, 0.25), (3, 0.75)], Edges(agreement[2]));
        Assert.Equal([(2, 0.75)], Edges(agreement[3]));
    }

    [Fact]
    public void The_consensus_of_runs_on_two_separate_cliques_finds_them_and_is_the_same_for_a_seed()
    {
        // Two cliques of five joined by one weak edge; their spectral coordinates are two tight points, so every run agrees.
        var graph = Enumerable.Range(0, 10).Select(i => Enumerable.Range(0, 10)
            .Where(j => j != i && (j < 5) == (i < 5) || (i, j) is (4, 5) or (5, 4))
            .Select(j => new GraphEdge(j, (i, j) is (4, 5) or (5, 4) ? 0.1 : 1)).ToArray()).ToArray();
        var space = SpectralEmbedding.Embed(graph, 2, seed: 3);

        var groups = ConsensusClustering.Fit(graph, space, k: 2, seed: 3, runs: 5, restarts: 2);

        Assert.Equal(1.0, ClusteringScores.Compute(groups, [0, 0, 0, 0, 0, 1, 1, 1, 1, 1]).Accuracy);
        Assert.Equal(groups, ConsensusClustering.Fit(graph, space, k: 2, seed: 3, runs: 5, restarts: 2));
    }

    private static (int, double)[] Edges(GraphEdge[] edges) => [.. edges.Select(e => (e.Neighbour, Math.Round(e.Weight, 6)))];
}
