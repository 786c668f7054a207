namespace AgentSupport.Workbench.Discovery;

/// <summary>A clustering: each point's cluster, the cluster centres and the sum of squared distances (inertia).</summary>
public sealed record Clustering(int[] Assignments, float[][] Centroids, double Inertia)
{
    public int K => Centroids.Length;
}

/// <summary>
/// Lloyd's k-means with k-means++ seeding, restarted several times from one seeded generator; the restart with the
/// lowest inertia wins, so the same seed always gives the same clustering.
/// </summary>
public static class KMeans
{
    public const int MaxIterations = 100;

    public static Clustering Fit(IReadOnlyList<float[]> points, int k, int seed, int restarts = 10)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, points.Count);
        ArgumentOutOfRangeException.ThrowIfLessThan(restarts, 1);
        var random = new Random(seed);
        Clustering? best = null;
        for (var restart = 0; restart < restarts; restart++)
        {
            var run = Lloyd(points, Seed(points, k, random));
            if (best is null || run.Inertia < best.Inertia)
            {
                best = run;
            }
        }

        return best!;
    }

    /// <summary>k-means++: each next centre is drawn with probability proportional to its squared distance to the nearest centre so far.</summary>
    private static float[][] Seed(IReadOnlyList<float[]> points, int k, Random random)
    {
        var centres = new List<float[]> { (float[])points[random.Next(points.Count)].Clone() };
        var nearest = points.Select(p => SquaredDistance(p, centres[0])).ToArray();
        while (centres.Count < k)
        {
            var total = nearest.Sum();
            var chosen = 0;
            if (total <= 0)
            {
                chosen = random.Next(points.Count);
            }
            else
            {
                var target = random.NextDouble() * total;
                for (var cumulative = 0.0; chosen < points.Count - 1; chosen++)
                {
                    cumulative += nearest[chosen];
                    if (cumulative >= target)
                    {
                        break;
                    }
                }
            }

            var centre = (float[])points[chosen].Clone();
            centres.Add(centre);
            for (var i = 0; i < points.Count; i++)
            {
                nearest[i] = Math.Min(nearest[i], SquaredDistance(points[i], centre));
            }
        }

        return [.. centres];
    }

    private static Clustering Lloyd(IReadOnlyList<float[]> points, float[][] centres)
    {
        var k = centres.Length;
        var dimensions = points[0].Length;
        var assignments = Enumerable.Repeat(-1, points.Count).ToArray();
        var distances = new double[points.Count];
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var changed = 0;
            Parallel.For(0, points.Count, () => 0, (i, _, local) =>
            {
                var (cluster, distance) = Nearest(points[i], centres);
                distances[i] = distance;
                if (cluster != assignments[i])
                {
                    assignments[i] = cluster;
                    local++;
                }

                return local;
            }, local => Interlocked.Add(ref changed, local));
            if (changed == 0 && iteration > 0)
            {
                break;
            }

            var sums = new double[k][];
            var counts = new int[k];
            for (var c = 0; c < k; c++)
            {
                sums[c] = new double[dimensions];
            }

            for (var i = 0; i < points.Count; i++)
            {
                var sum = sums[assignments[i]];
                counts[assignments[i]]++;
                var point = points[i];
                for (var d = 0; d < dimensions; d++)
                {
                    sum[d] += point[d];
                }
            }

            for (var c = 0; c < k; c++)
            {
                if (counts[c] == 0)
                {
                    // An empty cluster takes over the point that is worst served, so k clusters stay k.
                    var farthest = Array.IndexOf(distances, distances.Max());
                    centres[c] = (float[])points[farthest].Clone();
                    distances[farthest] = 0;
                    continue;
                }

                for (var d = 0; d < dimensions; d++)
                {
                    centres[c][d] = (float)(sums[c][d] / counts[c]);
                }
            }
        }

        double inertia = 0;
        for (var i = 0; i < points.Count; i++)
        {
            (assignments[i], distances[i]) = Nearest(points[i], centres);
            inertia += distances[i];
        }

        return new Clustering(assignments, centres, inertia);
    }

    public static (int Cluster, double SquaredDistance) Nearest(float[] point, float[][] centres)
    {
        var best = 0;
        var bestDistance = double.MaxValue;
        for (var c = 0; c < centres.Length; c++)
        {
            var distance = SquaredDistance(point, centres[c]);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = c;
            }
        }

        return (best, bestDistance);
    }

    public static double SquaredDistance(float[] a, float[] b) => System.Numerics.Tensors.TensorPrimitives.Distance(a, b) is var d ? (double)d * d : 0;
}
