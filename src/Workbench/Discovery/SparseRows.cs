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
