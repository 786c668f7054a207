namespace AgentSupport.Workbench.Discovery;

/// <summary>The assignment problem on a square cost matrix (Kuhn–Munkres with potentials, O(n³)).</summary>
public static class Hungarian
{
    /// <summary>For each row, the column assigned to it, so that the total cost is least.</summary>
    public static int[] Solve(double[,] cost)
    {
        var n = cost.GetLength(0);
        if (cost.GetLength(1) != n)
        {
            throw new ArgumentException("The cost matrix must be square.", nameof(cost));
        }

        // 1-based arrays with a virtual column 0, as in the classic formulation.
        var u = new double[n + 1];
        var v = new double[n + 1];
        var matchedRow = new int[n + 1];
        var way = new int[n + 1];
        for (var row = 1; row <= n; row++)
        {
            matchedRow[0] = row;
            var column = 0;
            var minimum = Enumerable.Repeat(double.PositiveInfinity, n + 1).ToArray();
            var used = new bool[n + 1];
            do
            {
                used[column] = true;
                var current = matchedRow[column];
                var delta = double.PositiveInfinity;
                var next = 0;
                for (var j = 1; j <= n; j++)
                {
                    if (used[j])
                    {
                        continue;
                    }

                    var reduced = cost[current - 1, j - 1] - u[current] - v[j];
                    if (reduced < minimum[j])
                    {
                        minimum[j] = reduced;
                        way[j] = column;
                    }

                    if (minimum[j] < delta)
                    {
                        delta = minimum[j];
                        next = j;
                    }
                }

                for (var j = 0; j <= n; j++)
                {
                    if (used[j])
                    {
                        u[matchedRow[j]] += delta;
                        v[j] -= delta;
                    }
                    else
                    {
                        minimum[j] -= delta;
                    }
                }

                column = next;
            }
            while (matchedRow[column] != 0);

            do
            {
                var previous = way[column];
                matchedRow[column] = matchedRow[previous];
                column = previous;
            }
            while (column != 0);
        }

        var assignment = new int[n];
        for (var j = 1; j <= n; j++)
        {
            assignment[matchedRow[j] - 1] = j - 1;
        }

        return assignment;
    }
}
