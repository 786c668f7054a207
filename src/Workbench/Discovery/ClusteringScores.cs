namespace AgentSupport.Workbench.Discovery;

/// <summary>How well a clustering agrees with reference labels, each in [0, 1] (ARI can go below 0), as percentages are reported.</summary>
public sealed record ClusteringScores(double Nmi, double Ari, double Accuracy)
{
    /// <summary>
    /// NMI normalised by the arithmetic mean of the two entropies (natural logarithms), the adjusted Rand index,
    /// and clustering accuracy: the share of points right under the best one-to-one mapping of clusters to labels
    /// (Hungarian matching).
    /// </summary>
    public static ClusteringScores Compute(IReadOnlyList<int> predicted, IReadOnlyList<int> truth)
    {
        if (predicted.Count != truth.Count)
        {
            throw new ArgumentException("The clustering and the labels must have one entry per point.", nameof(predicted));
        }

        var n = predicted.Count;
        if (n == 0)
        {
            throw new ArgumentException("There is nothing to score.", nameof(predicted));
        }

        var clusters = predicted.Distinct().Order().Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i);
        var labels = truth.Distinct().Order().Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i);
        var table = new long[clusters.Count, labels.Count];
        for (var i = 0; i < n; i++)
        {
            table[clusters[predicted[i]], labels[truth[i]]]++;
        }

        var rows = Enumerable.Range(0, clusters.Count).Select(r => Enumerable.Range(0, labels.Count).Sum(c => table[r, c])).ToArray();
        var columns = Enumerable.Range(0, labels.Count).Select(c => Enumerable.Range(0, clusters.Count).Sum(r => table[r, c])).ToArray();
        return new ClusteringScores(MutualInformation(table, rows, columns, n), RandIndex(table, rows, columns, n), Matched(table, n));
    }

    private static double MutualInformation(long[,] table, long[] rows, long[] columns, int n)
    {
        double mutual = 0;
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < columns.Length; c++)
            {
                if (table[r, c] > 0)
                {
                    mutual += (double)table[r, c] / n * Math.Log((double)table[r, c] * n / ((double)rows[r] * columns[c]));
                }
            }
        }

        var hRows = Entropy(rows, n);
        var hColumns = Entropy(columns, n);
        // Two single-cluster partitions agree perfectly; one alone carries no information.
        if (hRows == 0 && hColumns == 0)
        {
            return 1;
        }

        return Math.Max(0, mutual) / ((hRows + hColumns) / 2);
    }

    private static double Entropy(long[] counts, int n) => -counts.Where(c => c > 0).Sum(c => (double)c / n * Math.Log((double)c / n));

    private static double RandIndex(long[,] table, long[] rows, long[] columns, int n)
    {
        static double Pairs(double x) => x * (x - 1) / 2;
        var index = 0.0;
        foreach (var cell in table)
        {
            index += Pairs(cell);
        }

        var rowPairs = rows.Sum(r => Pairs(r));
        var columnPairs = columns.Sum(c => Pairs(c));
        var expected = rowPairs * columnPairs / Pairs(n);
        var maximum = (rowPairs + columnPairs) / 2;
        return maximum == expected ? 1 : (index - expected) / (maximum - expected);
    }

    private static double Matched(long[,] table, int n)
    {
        var size = Math.Max(table.GetLength(0), table.GetLength(1));
        var cost = new double[size, size];
        for (var r = 0; r < table.GetLength(0); r++)
        {
            for (var c = 0; c < table.GetLength(1); c++)
            {
                cost[r, c] = -table[r, c];
            }
        }

        var assignment = Hungarian.Solve(cost);
        var right = 0L;
        for (var r = 0; r < table.GetLength(0); r++)
        {
            if (assignment[r] < table.GetLength(1))
            {
                right += table[r, assignment[r]];
            }
        }

        return (double)right / n;
    }
}
