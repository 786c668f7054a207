using AgentSupport.Workbench.Discovery;

namespace AgentSupport.Workbench.Tests.Discovery;

public sealed class ClusterRefinementTests
{
    [Fact]
    public void Spherical_rounds_move_a_point_to_the_group_whose_direction_it_shares()
    {
        // 20° starts with the 90° group; that group's direction is about 72°, the other's 5°: 20° moves, and after that
        // the centres are 10° and 95° and nothing moves again.
        float[][] points = [Angle(0), Angle(10), Angle(20), Angle(90), Angle(100)];

        var refined = ClusterRefinement.Spherical(points, [0, 0, 1, 1, 1], k: 2, rounds: 5);

        Assert.Equal([0, 0, 0, 1, 1], refined);
    }

    [Fact]
    public void Spherical_rounds_leave_an_empty_group_empty()
    {
        float[][] points = [Angle(0), Angle(10), Angle(90)];

        Assert.Equal([0, 0, 2], ClusterRefinement.Spherical(points, [0, 0, 2], k: 3, rounds: 3));
    }

    [Fact]
    public void Voting_gives_a_point_the_group_holding_most_of_its_neighbours_weight()
    {
        // Two cliques of four, 0-1-2-3 and 4-5-6-7, joined by the edge 3-4 (weight 0.5). Node 1 starts in the wrong group:
        // its three neighbours (weight 3) are all in group 0, so it joins them. Node 3 sees 2 in group 0 against 1 + 0.5
        // in group 1 and stays; node 4 sees 3 in its own group against 0.5 and stays.
        var graph = Graph(8, (0, 1, 1), (0, 2, 1), (0, 3, 1), (1, 2, 1), (1, 3, 1), (2, 3, 1), (3, 4, 0.5),
            (4, 5, 1), (4, 6, 1), (4, 7, 1), (5, 6, 1), (5, 7, 1), (6, 7, 1));

        var refined = ClusterRefinement.Vote(graph, [0, 1, 0, 0, 1, 1, 1, 1], rounds: 3);

        Assert.Equal([0, 0, 0, 0, 1, 1, 1, 1], refined);
    }

    [Fact]
    public void Voting_keeps_a_points_group_on_a_tie_and_without_neighbours()
    {
        // The path 0-1-2 and node 3 alone. Node 1 between groups 1 and 0 (weight 1 each) keeps its own group 1; between
        // groups 0 and 1 while in group 2, which none of its neighbours hold, it takes the lower, 0. Node 3 keeps its group.
        var path = Graph(4, (0, 1, 1), (1, 2, 1));

        var tie = ClusterRefinement.Vote(path, [1, 1, 0, 7], rounds: 1);
        var outvoted = ClusterRefinement.Vote(path, [0, 2, 1, 7], rounds: 1);

        Assert.Equal(1, tie[1]);
        Assert.Equal(0, outvoted[1]);
        Assert.Equal(7, tie[3]);
    }

    private static GraphEdge[][] Graph(int nodes, params (int A, int B, double Weight)[] edges)
    {
        var lists = Enumerable.Range(0, nodes).Select(_ => new List<GraphEdge>()).ToArray();
        foreach (var (a, b, weight) in edges)
        {
            lists[a].Add(new GraphEdge(b, weight));
            lists[b].Add(new GraphEdge(a, weight));
        }

        return [.. lists.Select(l => l.OrderBy(e => e.Neighbour).ToArray())];
    }

    private static float[] Angle(double degrees) => [(float)Math.Cos(degrees * Math.PI / 180), (float)Math.Sin(degrees * Math.PI / 180)];
}
