using AgentSupport.Workbench.Discovery;

namespace AgentSupport.Workbench.Tests.Discovery;

public sealed class SpectralEmbeddingTests
{
    [Fact]
    public void The_neighbour_graph_links_each_point_to_its_most_similar_both_ways()
    {
        float[][] points = [Angle(0), Angle(10), Angle(90), Angle(100), Angle(45)];

        var graph = SpectralEmbedding.NeighbourGraph(points, neighbours: 1);

        // 0↔1 and 2↔3 are mutual nearest; 45° is nearest to 10°, which gains it as a second neighbour.
        var cos10 = Math.Round(Math.Cos(10 * Math.PI / 180), 6);
        var cos35 = Math.Round(Math.Cos(35 * Math.PI / 180), 6);
        Assert.Equal([(1, cos10)], Edges(graph[0]));
        Assert.Equal([(0, cos10), (4, cos35)], Edges(graph[1]));
        Assert.Equal([(3, cos10)], Edges(graph[2]));
        Assert.Equal([(2, cos10)], Edges(graph[3]));
        Assert.Equal([(1, cos35)], Edges(graph[4]));
    }

    [Fact]
    public void The_sparse_neighbour_graph_links_rows_by_their_exact_cosine_among_the_first_rows_only()
    {
        // Cosines: rows 0 and 1 share column 0: 2 / (√2 · 2) = 1/√2; rows 2 and 3 share column 3: 4 / (5 · 1) = 0.8; no other
        // pair shares a column. Row 4 (equal in direction to row 1) is past the count: it shapes no link.
        var rows = new SparseRows(4);
        rows.AddRow([(0, 1f), (1, 1f)]);
        rows.AddRow([(0, 2f)]);
        rows.AddRow([(2, 3f), (3, 4f)]);
        rows.AddRow([(3, 1f)]);
        rows.AddRow([(0, 1f)]);

        var graph = SpectralEmbedding.NeighbourGraph(rows, count: 4, neighbours: 1);

        var half = Math.Round(1 / Math.Sqrt(2), 6);
        Assert.Equal(4, graph.Length);
        Assert.Equal([(1, half)], Edges(graph[0]));
        Assert.Equal([(0, half)], Edges(graph[1]));
        Assert.Equal([(3, 0.8)], Edges(graph[2]));
        Assert.Equal([(2, 0.8)], Edges(graph[3]));
    }

    [Fact]
    public void Normalising_divides_each_weight_by_the_root_of_both_degrees()
    {
        GraphEdge[][] path = [[new(1, 1)], [new(0, 1), new(2, 1)], [new(1, 1)], []];

        var normalised = SpectralEmbedding.Normalise(path);

        var half = Math.Round(1 / Math.Sqrt(2), 6);
        Assert.Equal([(1, half)], Edges(normalised[0]));
        Assert.Equal([(0, half), (2, half)], Edges(normalised[1]));
        Assert.Empty(normalised[3]);
    }

    [Fact]
    public void Blending_weighs_each_graphs_edges_by_its_share_and_keeps_the_edges_of_either()
    {
        // Meaning links 0-1 (0.8) and 1-2 (0.5); wording links 0-1 (0.6) and 0-2 (1.0). With 30 % to wording:
        // 0-1 = 0.7·0.8 + 0.3·0.6 = 0.74, 1-2 = 0.7·0.5 = 0.35, 0-2 = 0.3·1.0 = 0.3.
        GraphEdge[][] meaning = [[new(1, 0.8)], [new(0, 0.8), new(2, 0.5)], [new(1, 0.5)]];
        GraphEdge[][] wording = [[new(1, 0.6), new(2, 1.0)], [new(0, 0.6)], [new(0, 1.0)]];

        var blended = SpectralEmbedding.Blend(meaning, wording, 0.3);

        Assert.Equal([(1, 0.74), (2, 0.3)], Edges(blended[0]));
        Assert.Equal([(0, 0.74), (2, 0.35)], Edges(blended[1]));
        Assert.Equal([(0, 0.3), (1, 0.35)], Edges(blended[2]));
    }

    [Fact]
    public void The_leading_eigenvectors_of_a_ring_match_its_known_spectrum()
    {
        // The normalised affinity of a ring of n nodes has eigenvalues cos(2πj/n): 1 once, then cos(2π/n) twice. With
        // 40 nodes the subspace (3 + oversampling) is narrower than the matrix, so the iteration itself is exercised.
        const int n = 40;
        var ring = Enumerable.Range(0, n).Select(i => new[] { new GraphEdge((i + n - 1) % n, 0.5), new GraphEdge((i + 1) % n, 0.5) }.OrderBy(e => e.Neighbour).ToArray()).ToArray();

        var (values, vectors) = SpectralEmbedding.LeadingEigenvectors(ring, 3, seed: 1);

        Assert.Equal(1, values[0], 6);
        Assert.Equal(Math.Cos(2 * Math.PI / n), values[1], 6);
        Assert.Equal(Math.Cos(2 * Math.PI / n), values[2], 6);
        var constant = vectors.Column(0);
        Assert.All(constant, v => Assert.Equal(Math.Abs(constant[0]), Math.Abs(v), 6));
        Assert.Equal(1, constant.L2Norm(), 9);
    }

    [Fact]
    public void A_long_chain_and_a_blob_are_separated_where_kmeans_cuts_the_chain()
    {
        // 72 messages along a 177.5° arc and 20 in a tight blob 50° above its middle: k-means prefers halving the arc,
        // but along the neighbour graph the arc is one piece and the blob another.
        var chain = Enumerable.Range(0, 72).Select(i => Angle(i * 2.5));
        var blob = Enumerable.Range(0, 20).Select(i => Sphere(85 + i % 5, 50 + i / 5));
        var points = chain.Concat(blob).ToList();
        var truth = Enumerable.Range(0, points.Count).Select(i => i < 72 ? 0 : 1).ToList();

        var plain = KMeans.Fit(points, 2, seed: 3);
        var graph = SpectralEmbedding.NeighbourGraph(points, SpectralEmbedding.Neighbours);
        var embedded = SpectralEmbedding.Embed(graph, 2, seed: 3);
        var spectral = KMeans.Fit(embedded, 2, seed: 3);

        Assert.True(ClusteringScores.Compute(plain.Assignments, truth).Accuracy < 0.9);
        Assert.Equal(1.0, ClusteringScores.Compute(spectral.Assignments, truth).Accuracy);
        Assert.All(embedded, row => Assert.Equal(1, Math.Sqrt(row.Sum(v => v * v)), 5));
        Assert.Equal(embedded.Select(r => r.ToArray()), SpectralEmbedding.Embed(graph, 2, seed: 3));
    }

    private static float[] Angle(double degrees) => Sphere(degrees, 0);

    private static float[] Sphere(double longitude, double latitude)
    {
        var (lon, lat) = (longitude * Math.PI / 180, latitude * Math.PI / 180);
        return [(float)(Math.Cos(lat) * Math.Cos(lon)), (float)(Math.Cos(lat) * Math.Sin(lon)), (float)Math.Sin(lat)];
    }

    private static (int, double)[] Edges(GraphEdge[] edges) => [.. edges.Select(e => (e.Neighbour, Math.Round(e.Weight, 6)))];
}
