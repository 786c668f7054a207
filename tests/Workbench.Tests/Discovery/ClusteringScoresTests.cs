using AgentSupport.Workbench.Discovery;

namespace AgentSupport.Workbench.Tests.Discovery;

public sealed class ClusteringScoresTests
{
    [Fact]
    public void Renamed_clusters_that_match_the_labels_score_one_on_every_measure()
    {
        var scores = ClusteringScores.Compute([0, 0, 1, 1, 2], [7, 7, 3, 3, 5]);

        Assert.Equal(1, scores.Nmi, 12);
        Assert.Equal(1, scores.Ari, 12);
        Assert.Equal(1, scores.Accuracy, 12);
    }

    [Fact]
    public void Clusters_that_cut_across_the_labels_score_as_computed_by_hand()
    {
        // Contingency [[1,1],[1,1]]: no shared information, pairs below chance, half right at best.
        var scores = ClusteringScores.Compute([0, 0, 1, 1], [0, 1, 0, 1]);

        Assert.Equal(0, scores.Nmi, 12);
        Assert.Equal(-0.5, scores.Ari, 12);
        Assert.Equal(0.5, scores.Accuracy, 12);
    }

    [Fact]
    public void A_partial_agreement_scores_as_computed_by_hand()
    {
        // Contingency [[2,1,0],[0,1,2]]. MI = (2/3)·ln 2; H(clusters) = ln 2; H(labels) = ln 3.
        // Pairs: index 2, rows 6, columns 3, all 15: expected 1.2, maximum 4.5. Best matching 2 + 2 of 6.
        var scores = ClusteringScores.Compute([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2]);

        Assert.Equal(2.0 / 3 * Math.Log(2) / ((Math.Log(2) + Math.Log(3)) / 2), scores.Nmi, 12);
        Assert.Equal((2 - 1.2) / (4.5 - 1.2), scores.Ari, 12);
        Assert.Equal(4.0 / 6, scores.Accuracy, 12);
    }

    [Fact]
    public void Accuracy_maps_each_cluster_to_one_label_only()
    {
        // Greedy per-cluster majority would count 4 of 4; one-to-one allows only one cluster on label 0.
        var scores = ClusteringScores.Compute([0, 0, 1, 1], [0, 0, 0, 0]);

        Assert.Equal(0.5, scores.Accuracy, 12);
    }

    [Fact]
    public void Hungarian_finds_the_cheapest_assignment()
    {
        var cost = new double[,] { { 4, 1, 3 }, { 2, 0, 5 }, { 3, 2, 2 } };

        var assignment = Hungarian.Solve(cost);

        Assert.Equal([1, 0, 2], assignment);
    }
}
