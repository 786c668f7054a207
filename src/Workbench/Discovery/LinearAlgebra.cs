namespace AgentSupport.Workbench.Discovery;

/// <summary>The few dense operations the text representation needs, on row-major arrays.</summary>
internal static class LinearAlgebra
{
    /// <summary>
    /// Orthonormal columns spanning those of the n×width matrix <paramref name="y"/> (modified Gram-Schmidt, twice
    /// for stability); columns that add nothing new are dropped, so the result may be narrower.
    /// </summary>
    public static (double[] Q, int Width) Orthonormalize(double[] y, int n, int width)
    {
        var columns = new List<double[]>(width);
        for (var j = 0; j < width; j++)
        {
            var column = new double[n];
            for (var i = 0; i < n; i++)
            {
                column[i] = y[i * width + j];
            }

            var before = Math.Sqrt(Dot(column, column));
            for (var pass = 0; pass < 2; pass++)
            {
                foreach (var basis in columns)
                {
                    var projection = Dot(basis, column);
                    for (var i = 0; i < n; i++)
                    {
                        column[i] -= projection * basis[i];
                    }
                }
            }

            var norm = Math.Sqrt(Dot(column, column));
            if (norm <= 1e-10 * Math.Max(before, 1e-300) || norm == 0)
            {
                continue;
            }

            for (var i = 0; i < n; i++)
            {
                column[i] /= norm;
            }

            columns.Add(column);
        }

        var q = new double[n * columns.Count];
        for (var j = 0; j < columns.Count; j++)
        {
            for (var i = 0; i < n; i++)
            {
                q[i * columns.Count + j] = columns[j][i];
            }
        }

        return (q, columns.Count);
    }

    /// <summary>Aᵀ·B for n×a and n×b row-major matrices: an a×b matrix.</summary>
    public static double[] TransposeTimes(double[] a, int aWidth, double[] b, int bWidth, int n)
    {
        var result = new double[aWidth * bWidth];
        for (var i = 0; i < n; i++)
        {
            for (var p = 0; p < aWidth; p++)
            {
                var value = a[i * aWidth + p];
                if (value == 0)
                {
                    continue;
                }

                for (var q = 0; q < bWidth; q++)
                {
                    result[p * bWidth + q] += value * b[i * bWidth + q];
                }
            }
        }

        return result;
    }

    /// <summary>Eigenvalues (descending) and eigenvectors (columns, row-major) of a symmetric matrix, by cyclic Jacobi rotations.</summary>
    public static (double[] Values, double[] Vectors) SymmetricEigen(double[] matrix, int size)
    {
        var a = (double[])matrix.Clone();
        var v = new double[size * size];
        for (var i = 0; i < size; i++)
        {
            v[i * size + i] = 1;
        }

        for (var sweep = 0; sweep < 100; sweep++)
        {
            double off = 0, total = 0;
            for (var p = 0; p < size; p++)
            {
                for (var q = 0; q < size; q++)
                {
                    total += a[p * size + q] * a[p * size + q];
                    if (p != q)
                    {
                        off += a[p * size + q] * a[p * size + q];
                    }
                }
            }

            if (off <= 1e-22 * Math.Max(total, 1e-300))
            {
                break;
            }

            for (var p = 0; p < size - 1; p++)
            {
                for (var q = p + 1; q < size; q++)
                {
                    var apq = a[p * size + q];
                    if (Math.Abs(apq) < 1e-300)
                    {
                        continue;
                    }

                    var theta = (a[q * size + q] - a[p * size + p]) / (2 * apq);
                    var t = Math.Sign(theta) / (Math.Abs(theta) + Math.Sqrt(theta * theta + 1));
                    if (theta == 0)
                    {
                        t = 1;
                    }

                    var c = 1 / Math.Sqrt(t * t + 1);
                    var s = t * c;
                    for (var k = 0; k < size; k++)
                    {
                        var akp = a[k * size + p];
                        var akq = a[k * size + q];
                        a[k * size + p] = c * akp - s * akq;
                        a[k * size + q] = s * akp + c * akq;
                    }

                    for (var k = 0; k < size; k++)
                    {
                        var apk = a[p * size + k];
                        var aqk = a[q * size + k];
                        a[p * size + k] = c * apk - s * aqk;
                        a[q * size + k] = s * apk + c * aqk;
                    }

                    for (var k = 0; k < size; k++)
                    {
                        var vkp = v[k * size + p];
                        var vkq = v[k * size + q];
                        v[k * size + p] = c * vkp - s * vkq;
                        v[k * size + q] = s * vkp + c * vkq;
                    }
                }
            }
        }

        var order = Enumerable.Range(0, size).OrderByDescending(i => a[i * size + i]).ToArray();
        var values = order.Select(i => a[i * size + i]).ToArray();
        var vectors = new double[size * size];
        for (var k = 0; k < size; k++)
        {
            for (var j = 0; j < size; j++)
            {
                vectors[k * size + j] = v[k * size + order[j]];
            }
        }

        return (values, vectors);
    }

    public static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double sum = 0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b) => System.Numerics.Tensors.TensorPrimitives.Dot(a, b);

    /// <summary>Scales a vector to length 1 in place; a zero vector stays zero.</summary>
    public static void Normalize(Span<float> vector)
    {
        var norm = MathF.Sqrt(Dot(vector, vector));
        if (norm > 0)
        {
            foreach (ref var value in vector)
            {
                value /= norm;
            }
        }
    }
}
