using System.Numerics.Tensors;

namespace AgentSupport.Workbench.Discovery;

/// <summary>
/// Polishes the groups k-means found on the spectral coordinates, in two steps that each look at what the spectral
/// coordinates flatten: spherical k-means in the messages' own space (each message joins the group whose mean direction
/// it is most similar to), then majority voting on the neighbour graph (each message joins the group that holds most of
/// its neighbours' weight), which pulls back the messages the first step moved away from their neighbourhood.
/// </summary>
public static class ClusterRefinement
{
    public const int SphericalRounds = 5;

    public const int VotingRounds = 10;

    /// <summary>
    /// <paramref name="rounds"/> rounds of spherical k-means from <paramref name="assignments"/>: each group's centre is the
    /// direction of its members' sum, each point then joins the most similar centre (ties to the lower group). A group
    /// left empty stays empty. Stops early when nothing moves.
    /// </summary>
    public static int[] Spherical(IReadOnlyList<float[]> points, IReadOnlyList<int> assignments, int k, int rounds)
    {
        var current = assignments.ToArray();
        for (var round = 0; round < rounds; round++)
        {
            var sums = Enumerable.Range(0, k).Select(_ => new float[points[0].Length]).ToArray();
            var sizes = new int[k];
            for (var i = 0; i < points.Count; i++)
            {
                TensorPrimitives.Add(sums[current[i]], points[i], sums[current[i]]);
                sizes[current[i]]++;
            }

            // Only the groups that have members compete: an empty group's centre would be the origin, which the
            // distance to unit-length centres cannot compare with.
            var groups = Enumerable.Range(0, k).Where(c => sizes[c] > 0).ToArray();
            var centres = groups.Select(c => sums[c]).ToArray();
            foreach (var centre in centres)
            {
                LinearAlgebra.Normalize(centre);
            }

            // Between unit vectors the nearest centre is the most similar one: |p − c|² = 2 − 2·p·c.
            var next = new int[points.Count];
            Parallel.For(0, points.Count, i => next[i] = groups[KMeans.Nearest(points[i], centres).Cluster]);
            if (next.AsSpan().SequenceEqual(current))
            {
                break;
            }

            current = next;
        }

        return current;
    }

    /// <summary>
    /// <paramref name="rounds"/> rounds of weighted majority voting on <paramref name="graph"/>, all points at once: each
    /// point takes the group with the largest sum of edge weights among its neighbours, keeping its own on a tie (then the
    /// lower group). A point without neighbours keeps its group. Stops early when nothing moves.
    /// </summary>
    public static int[] Vote(GraphEdge[][] graph, IReadOnlyList<int> assignments, int rounds)
    {
        var current = assignments.ToArray();
        for (var round = 0; round < rounds; round++)
        {
            var previous = current;
            var next = new int[previous.Length];
            Parallel.For(0, previous.Length, i =>
            {
                var votes = new Dictionary<int, double>();
                foreach (var edge in graph[i])
                {
                    var group = previous[edge.Neighbour];
                    votes[group] = votes.GetValueOrDefault(group) + edge.Weight;
                }

                var best = previous[i];
                var bestWeight = votes.GetValueOrDefault(best);
                foreach (var (group, weight) in votes.OrderBy(v => v.Key))
                {
                    if (weight > bestWeight)
                    {
                        (best, bestWeight) = (group, weight);
                    }
                }

                next[i] = best;
            });
            if (next.AsSpan().SequenceEqual(previous))
            {
                break;
            }

            current = next;
        }

        return current;
    }
}
