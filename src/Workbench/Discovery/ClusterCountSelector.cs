namespace AgentSupport.Workbench.Discovery;

/// <summary>The k chosen automatically, with the silhouette of every k tried.</summary>
public sealed record ClusterCountChoice(int K, IReadOnlyList<(int K, double Silhouette)> Tried);

/// <summary>
/// Chooses k by the mean silhouette (cosine distance) of k-means clusterings over a range of k: 2 up to
/// 2·√n (at most 200). Both the clusterings and the silhouettes are computed on a seeded sample of at most
/// <see cref="SampleSize"/> points, so the cost stays flat however many messages there are; the k with the highest
/// silhouette wins, the smaller on a tie.
/// </summary>
public static class ClusterCountSelector
{
    public const int SampleSize = 2000;
    private const int Restarts = 3;

    public static ClusterCountChoice Choose(IReadOnlyList<float[]> points, int seed)
    {
        if (points.Count < 3)
        {
            return new ClusterCountChoice(1, []);
        }

        var random = new Random(seed);
        var sample = points.Count <= SampleSize ? points : points.OrderBy(_ => random.Next()).Take(SampleSize).ToList();
        var tried = new List<(int K, double Silhouette)>();
        foreach (var k in Range(points.Count))
        {
            tried.Add((k, Silhouette(sample, KMeans.Fit(sample, k, seed, Restarts).Assignments)));
        }

        var best = tried.OrderByDescending(t => Math.Round(t.Silhouette, 6)).ThenBy(t => t.K).First();
        return new ClusterCountChoice(best.K, tried);
    }

    /// <summary>The k values tried: every k up to 12, then steps of about 12 % up to the maximum.</summary>
    public static IEnumerable<int> Range(int n)
    {
        var max = Math.Min(n - 1, Math.Min(200, Math.Max(2, (int)Math.Round(2 * Math.Sqrt(n)))));
        var k = 2;
        while (k <= max)
        {
            yield return k;
            k = k < 12 ? k + 1 : (int)Math.Ceiling(k * 1.12);
        }
    }

    /// <summary>Mean silhouette with cosine distance; a point alone in its cluster scores 0.</summary>
    public static double Silhouette(IReadOnlyList<float[]> points, IReadOnlyList<int> labels)
    {
        var k = labels.Max() + 1;
        if (k < 2)
        {
            return 0;
        }

        var sizes = new int[k];
        foreach (var label in labels)
        {
            sizes[label]++;
        }

        var scores = new double[points.Count];
        Parallel.For(0, points.Count, i =>
        {
            var sums = new double[k];
            for (var j = 0; j < points.Count; j++)
            {
                if (j != i)
                {
                    sums[labels[j]] += 1 - LinearAlgebra.Dot(points[i], points[j]);
                }
            }

            var own = labels[i];
            if (sizes[own] < 2)
            {
                return;
            }

            var a = sums[own] / (sizes[own] - 1);
            var b = double.MaxValue;
            for (var c = 0; c < k; c++)
            {
                if (c != own && sizes[c] > 0)
                {
                    b = Math.Min(b, sums[c] / sizes[c]);
                }
            }

            scores[i] = b == double.MaxValue ? 0 : (b - a) / Math.Max(a, b);
        });
        return scores.Average();
    }
}
