namespace AgentSupport.Workbench.Discovery;

/// <summary>A sparse matrix stored row by row (compressed sparse rows): one row per message, one column per feature.</summary>
internal sealed class SparseRows(int columns)
{
    private readonly List<int> _starts = [0];
    private readonly List<int> _indices = [];
    private readonly List<float> _values = [];

    public int Columns { get; } = columns;

    public int Rows => _starts.Count - 1;

    public void AddRow(IEnumerable<(int Column, float Value)> entries)
    {
        foreach (var (column, value) in entries)
        {
            _indices.Add(column);
            _values.Add(value);
        }

        _starts.Add(_indices.Count);
    }

    /// <summary>The first <paramref name="rows"/> rows turned into columns: for each feature, the rows that have it (an inverted index).</summary>
    public SparseRows Transpose(int rows)
    {
        var postings = Enumerable.Range(0, Columns).Select(_ => new List<(int Column, float Value)>()).ToArray();
        for (var row = 0; row < rows; row++)
        {
            for (var e = _starts[row]; e < _starts[row + 1]; e++)
            {
                postings[_indices[e]].Add((row, _values[e]));
            }
        }

        var transposed = new SparseRows(rows);
        foreach (var posting in postings)
        {
            transposed.AddRow(posting);
        }

        return transposed;
    }

    /// <summary>Adds the dot product of row <paramref name="row"/> with each row of the matrix whose transpose is <paramref name="transposed"/> into <paramref name="dots"/>.</summary>
    public void AddDots(int row, SparseRows transposed, Span<float> dots)
    {
        for (var e = _starts[row]; e < _starts[row + 1]; e++)
        {
            var value = _values[e];
            var column = _indices[e];
            for (var p = transposed._starts[column]; p < transposed._starts[column + 1]; p++)
            {
                dots[transposed._indices[p]] += value * transposed._values[p];
            }
        }
    }

    /// <summary>The Euclidean length of row <paramref name="row"/>.</summary>
    public double Norm(int row)
    {
        double sum = 0;
        for (var e = _starts[row]; e < _starts[row + 1]; e++)
        {
            sum += (double)_values[e] * _values[e];
        }

        return Math.Sqrt(sum);
    }

    /// <summary>Y = A·X for a dense X of <see cref="Columns"/> rows and <paramref name="width"/> columns, both row-major.</summary>
    public double[] Times(double[] x, int width)
    {
        var y = new double[Rows * width];
        Parallel.For(0, Rows, row =>
        {
            var target = y.AsSpan(row * width, width);
            for (var e = _starts[row]; e < _starts[row + 1]; e++)
            {
                var value = _values[e];
                var source = x.AsSpan(_indices[e] * width, width);
                for (var j = 0; j < width; j++)
                {
                    target[j] += value * source[j];
                }
            }
        });
        return y;
    }

    /// <summary>Z = Aᵀ·Y for a dense Y of <see cref="Rows"/> rows and <paramref name="width"/> columns, both row-major.</summary>
    public double[] TransposeTimes(double[] y, int width)
    {
        var z = new double[Columns * width];
        for (var row = 0; row < Rows; row++)
        {
            var source = y.AsSpan(row * width, width);
            for (var e = _starts[row]; e < _starts[row + 1]; e++)
            {
                var value = _values[e];
                var target = z.AsSpan(_indices[e] * width, width);
                for (var j = 0; j < width; j++)
                {
                    target[j] += value * source[j];
                }
            }
        }

        return z;
    }
}
