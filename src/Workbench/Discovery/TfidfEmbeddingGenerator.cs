using Microsoft.Extensions.AI;

namespace AgentSupport.Workbench.Discovery;

/// <summary>
/// The offline text representation: TF-IDF over word 1–2-grams and character 3–5-grams (each block weighted
/// equally), reduced by a seeded randomised SVD to <see cref="Dimensions"/> dense dimensions (latent semantic analysis)
/// and scaled to unit length. It needs no model and no language resources. The vocabulary and weights are fitted on
/// each batch it is given, so the messages to group must be embedded in one call.
/// </summary>
public sealed class TfidfEmbeddingGenerator(int dimensions = 256, int seed = 42) : IEmbeddingGenerator<string, Embedding<float>>
{
    private const int Oversampling = 10;
    private const int PowerIterations = 2;

    public int Dimensions { get; } = dimensions > 0 ? dimensions : throw new ArgumentOutOfRangeException(nameof(dimensions));

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var texts = values.ToList();
        var embeddings = new GeneratedEmbeddings<Embedding<float>>(texts.Count);
        if (texts.Count == 0)
        {
            return Task.FromResult(embeddings);
        }

        var matrix = Vectorize(texts);
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var row in Reduce(matrix, cancellationToken))
        {
            embeddings.Add(new Embedding<float>(row) { ModelId = "tfidf-lsa" });
        }

        return Task.FromResult(embeddings);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }

    /// <summary>The TF-IDF rows of <paramref name="texts"/>, before the reduction: each of the two blocks half the squared length.</summary>
    internal static SparseRows Vectorize(IReadOnlyList<string> texts)
    {
        var documents = texts.Select(t => TextFeatures.Words(t)).ToList();
        // A feature seen in one message only cannot bring two messages together; dropping it keeps the matrix small.
        var minDf = texts.Count >= 20 ? 2 : 1;
        var wordBlock = new FeatureBlock(documents.Select(w => TextFeatures.WordGrams(w).ToList()).ToList(), minDf, 0);
        var charBlock = new FeatureBlock(documents.Select(w => TextFeatures.CharGrams(w).ToList()).ToList(), minDf, wordBlock.Size);
        var matrix = new SparseRows(wordBlock.Size + charBlock.Size);
        for (var i = 0; i < texts.Count; i++)
        {
            matrix.AddRow(wordBlock.Row(i).Concat(charBlock.Row(i)));
        }

        return matrix;
    }

    private IEnumerable<float[]> Reduce(SparseRows a, CancellationToken cancellationToken)
    {
        var n = a.Rows;
        var width = Math.Min(Dimensions + Oversampling, Math.Min(n, Math.Max(a.Columns, 1)));
        var random = new Random(seed);
        var omega = new double[a.Columns * width];
        for (var i = 0; i < omega.Length; i++)
        {
            omega[i] = Gaussian(random);
        }

        var (q, rank) = LinearAlgebra.Orthonormalize(a.Times(omega, width), n, width);
        for (var iteration = 0; iteration < PowerIterations && rank > 0; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            (q, rank) = LinearAlgebra.Orthonormalize(a.Times(a.TransposeTimes(q, rank), rank), n, rank);
        }

        var kept = Math.Min(Dimensions, rank);
        if (kept == 0)
        {
            // No message shares a feature with another: nothing to group them by.
            return Enumerable.Range(0, n).Select(_ => new float[1]);
        }

        var rows = new float[n][];

        // Qᵀ·A·Aᵀ·Q is small (rank × rank); its eigenvectors rotate Q onto A's leading left singular vectors.
        var gram = LinearAlgebra.TransposeTimes(q, rank, a.Times(a.TransposeTimes(q, rank), rank), rank, n);
        var (values, vectors) = LinearAlgebra.SymmetricEigen(gram, rank);
        for (var i = 0; i < n; i++)
        {
            var row = new float[kept];
            for (var j = 0; j < kept; j++)
            {
                double sum = 0;
                for (var p = 0; p < rank; p++)
                {
                    sum += q[i * rank + p] * vectors[p * rank + j];
                }

                row[j] = (float)(sum * Math.Sqrt(Math.Max(values[j], 0)));
            }

            LinearAlgebra.Normalize(row);
            rows[i] = row;
        }

        return rows;
    }

    private static double Gaussian(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    /// <summary>One block of features: its vocabulary (features in at least minDf messages) and sublinear, idf-weighted, unit-length rows.</summary>
    private sealed class FeatureBlock
    {
        private readonly List<Dictionary<string, int>> _counts;
        private readonly Dictionary<string, int> _columns = new(StringComparer.Ordinal);
        private readonly List<double> _idf = [];
        private readonly int _offset;

        public FeatureBlock(List<List<string>> features, int minDf, int offset)
        {
            _offset = offset;
            _counts = features.Select(list =>
            {
                var counts = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var feature in list)
                {
                    counts[feature] = counts.GetValueOrDefault(feature) + 1;
                }

                return counts;
            }).ToList();
            var df = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var counts in _counts)
            {
                foreach (var feature in counts.Keys)
                {
                    df[feature] = df.GetValueOrDefault(feature) + 1;
                }
            }

            foreach (var (feature, count) in df.Where(f => f.Value >= minDf).OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                _columns[feature] = _columns.Count;
                _idf.Add(Math.Log((1.0 + features.Count) / (1.0 + count)) + 1);
            }
        }

        public int Size => _columns.Count;

        /// <summary>The row of message <paramref name="index"/>, scaled so the block contributes 1/2 of the squared length.</summary>
        public IEnumerable<(int Column, float Value)> Row(int index)
        {
            var entries = new List<(int Column, double Value)>();
            foreach (var (feature, count) in _counts[index])
            {
                if (_columns.TryGetValue(feature, out var column))
                {
                    entries.Add((column, (1 + Math.Log(count)) * _idf[column]));
                }
            }

            var norm = Math.Sqrt(entries.Sum(e => e.Value * e.Value));
            return norm == 0 ? [] : entries.OrderBy(e => e.Column).Select(e => (e.Column + _offset, (float)(e.Value / norm / Math.Sqrt(2))));
        }
    }
}
