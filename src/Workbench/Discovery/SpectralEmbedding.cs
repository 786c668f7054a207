using System.Numerics.Tensors;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace AgentSupport.Workbench.Discovery;

/// <summary>One edge of the neighbour graph: the other message and the weight (cosine similarity, at least 0).</summary>
public readonly record struct GraphEdge(int Neighbour, double Weight);

/// <summary>
/// Spectral embedding (Ng, Jordan and Weiss): each message is linked to its nearest neighbours by cosine similarity,
/// the graph's normalised affinity D^-½·W·D^-½ is formed, and its leading eigenvectors become the new coordinates,
/// each row scaled to unit length. A group that k-means on the raw vectors would cut or merge because it is elongated
/// or unevenly dense is one compact blob here, as only who-is-near-whom counts, not how far apart the messages are.
/// </summary>
public static class SpectralEmbedding
{
    /// <summary>Neighbours per message (all others on a set this small or smaller).</summary>
    public const int Neighbours = 15;

    /// <summary>
    /// Neighbours per message when TF-IDF is the representation itself: its nearest neighbours share words, and beyond the
    /// closest few they share only common ones, so a narrower neighbourhood keeps the graph's links within a request.
    /// </summary>
    public const int TfidfNeighbours = 7;

    /// <summary>Subspace iterations: the leading eigenvalues of a neighbour graph lie close together, so convergence is slow.</summary>
    public const int Iterations = 100;

    /// <summary>
    /// Share of the weight the TF-IDF neighbour graph gets when blended into a sentence encoder's graph: half made the
    /// results swing from seed to seed, 30 % raised all three Banking77 scores on every seed (docs/discovery.md).
    /// </summary>
    public const double WordingShare = 0.3;

    /// <summary>
    /// Share of the weight the exact TF-IDF cosine graph (unreduced rows) gets when blended into the graph of TF-IDF's reduced
    /// vectors: either graph alone scored about 67.5 NMI on Banking77, the blend about a point more (docs/discovery.md).
    /// </summary>
    public const double ExactWordingShare = 0.7;

    private const int Oversampling = 20;

    /// <summary>Unit-length coordinates of the nodes of <paramref name="graph"/> (a <see cref="NeighbourGraph(IReadOnlyList{float[]}, int)"/>) on its <paramref name="dimensions"/> leading eigenvectors.</summary>
    public static float[][] Embed(GraphEdge[][] graph, int dimensions, int seed)
    {
        var (_, vectors) = LeadingEigenvectors(Normalise(graph), Math.Min(dimensions, graph.Length), seed);
        var rows = new float[graph.Length][];
        for (var i = 0; i < rows.Length; i++)
        {
            var row = new float[vectors.ColumnCount];
            for (var j = 0; j < row.Length; j++)
            {
                row[j] = (float)vectors[i, j];
            }

            LinearAlgebra.Normalize(row);
            rows[i] = row;
        }

        return rows;
    }

    /// <summary>
    /// The symmetric k-nearest-neighbour graph: i and j are linked when either is among the other's
    /// <paramref name="neighbours"/> most similar messages (ties to the lower index), weighted by their cosine similarity (negatives as 0).
    /// </summary>
    public static GraphEdge[][] NeighbourGraph(IReadOnlyList<float[]> points, int neighbours) =>
        NeighbourGraph(points.Count, neighbours, i => j => TensorPrimitives.Dot(points[i], points[j]));

    /// <summary>
    /// The same graph over the first <paramref name="count"/> rows of a sparse matrix, by the exact cosine of the rows: only the
    /// rows sharing a feature are compared (through an inverted index), so no reduction to a few dense dimensions is needed.
    /// </summary>
    internal static GraphEdge[][] NeighbourGraph(SparseRows rows, int count, int neighbours)
    {
        var columns = rows.Transpose(count);
        var norms = Enumerable.Range(0, count).Select(rows.Norm).ToArray();
        return NeighbourGraph(count, neighbours, i =>
        {
            var dots = new float[count];
            rows.AddDots(i, columns, dots);
            return j => norms[i] > 0 && norms[j] > 0 ? (float)(dots[j] / (norms[i] * norms[j])) : 0;
        });
    }

    /// <param name="similarities">For a node, the similarity of each other node to it.</param>
    private static GraphEdge[][] NeighbourGraph(int n, int neighbours, Func<int, Func<int, float>> similarities)
    {
        var nearest = new (int Index, float Similarity)[n][];
        Parallel.For(0, n, i =>
        {
            var to = similarities(i);

            // A min-heap of the best so far: its root is the neighbour the next candidate has to beat.
            var heap = new PriorityQueue<int, (float Similarity, int Index)>(neighbours + 1, Comparer<(float Similarity, int Index)>.Create(
                (a, b) => a.Similarity != b.Similarity ? a.Similarity.CompareTo(b.Similarity) : b.Index.CompareTo(a.Index)));
            for (var j = 0; j < n; j++)
            {
                if (j == i)
                {
                    continue;
                }

                var priority = (to(j), j);
                if (heap.Count < neighbours)
                {
                    heap.Enqueue(j, priority);
                }
                else
                {
                    heap.EnqueueDequeue(j, priority);
                }
            }

            nearest[i] = heap.UnorderedItems.Select(e => (e.Element, e.Priority.Similarity)).ToArray();
        });

        var edges = Enumerable.Range(0, n).Select(_ => new Dictionary<int, double>()).ToArray();
        for (var i = 0; i < n; i++)
        {
            foreach (var (j, similarity) in nearest[i])
            {
                var weight = Math.Max(similarity, 0);
                edges[i][j] = weight;
                edges[j][i] = weight;
            }
        }

        return edges.Select(e => e.OrderBy(p => p.Key).Select(p => new GraphEdge(p.Key, p.Value)).ToArray()).ToArray();
    }

    /// <summary>(1 − <paramref name="share"/>)·a + <paramref name="share"/>·b of two graphs over the same nodes: an edge of either is an edge of the blend.</summary>
    public static GraphEdge[][] Blend(GraphEdge[][] a, GraphEdge[][] b, double share)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(b.Length, a.Length);
        return a.Select((edges, i) =>
        {
            var weights = new SortedDictionary<int, double>();
            foreach (var edge in edges)
            {
                weights[edge.Neighbour] = weights.GetValueOrDefault(edge.Neighbour) + (1 - share) * edge.Weight;
            }

            foreach (var edge in b[i])
            {
                weights[edge.Neighbour] = weights.GetValueOrDefault(edge.Neighbour) + share * edge.Weight;
            }

            return weights.Select(w => new GraphEdge(w.Key, w.Value)).ToArray();
        }).ToArray();
    }

    /// <summary>D^-½·W·D^-½ of a weighted graph; an isolated node keeps no edges.</summary>
    public static GraphEdge[][] Normalise(GraphEdge[][] graph)
    {
        var degree = graph.Select(edges => edges.Sum(e => e.Weight)).ToArray();
        return graph.Select((edges, i) => edges.Where(e => degree[i] > 0 && degree[e.Neighbour] > 0)
            .Select(e => e with { Weight = e.Weight / Math.Sqrt(degree[i] * degree[e.Neighbour]) }).ToArray()).ToArray();
    }

    /// <summary>
    /// The <paramref name="count"/> largest eigenvalues (descending) and their eigenvectors (columns) of a symmetric sparse
    /// matrix with eigenvalues in [-1, 1]: seeded subspace iteration on (I + S)/2, which has the same eigenvectors and no
    /// negative eigenvalues to compete with the leading ones, then a Rayleigh–Ritz rotation of the subspace.
    /// </summary>
    public static (double[] Values, Matrix<double> Vectors) LeadingEigenvectors(GraphEdge[][] matrix, int count, int seed)
    {
        var n = matrix.Length;
        var width = Math.Min(n, count + Oversampling);
        var random = new Random(seed);
        var q = Matrix<double>.Build.Dense(n, width, (_, _) => random.NextDouble() - 0.5).QR(QRMethod.Thin).Q;
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            q = HalfShifted(matrix, q).QR(QRMethod.Thin).Q;
        }

        var evd = (q.TransposeThisAndMultiply(HalfShifted(matrix, q))).Evd(Symmetricity.Symmetric);
        var order = Enumerable.Range(0, width).OrderByDescending(i => evd.EigenValues[i].Real).ThenBy(i => i).Take(count).ToArray();
        var rotation = Matrix<double>.Build.DenseOfColumnVectors(order.Select(evd.EigenVectors.Column));
        return (order.Select(i => 2 * evd.EigenValues[i].Real - 1).ToArray(), q * rotation);
    }

    /// <summary>(I + S)/2 · X for the sparse symmetric S.</summary>
    private static Matrix<double> HalfShifted(GraphEdge[][] matrix, Matrix<double> x)
    {
        var n = matrix.Length;
        var width = x.ColumnCount;
        var source = x.AsColumnMajorArray() ?? x.ToColumnMajorArray();
        var result = new double[n * width];
        Parallel.For(0, n, i =>
        {
            for (var c = 0; c < width; c++)
            {
                var column = c * n;
                var sum = source[column + i];
                foreach (var edge in matrix[i])
                {
                    sum += edge.Weight * source[column + edge.Neighbour];
                }

                result[column + i] = sum / 2;
            }
        });
        return Matrix<double>.Build.DenseOfColumnMajor(n, width, result);
    }
}
