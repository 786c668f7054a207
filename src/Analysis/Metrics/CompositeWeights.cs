using System.Globalization;

namespace AgentSupport.Workbench.Analysis.Metrics;

/// <summary>Weights of the four composite terms; they need not sum to 1 because the composite divides by their sum.</summary>
public sealed record CompositeWeights(double Csat, double Resolution, double Turns, double Latency)
{
    public static CompositeWeights Default { get; } = new(0.35, 0.35, 0.15, 0.15);

    public double Sum => Csat + Resolution + Turns + Latency;

    /// <summary>Parses "csat,resolution,turns,latency", e.g. ".35,.35,.15,.15".</summary>
    public static bool TryParse(string text, out CompositeWeights weights, out string error)
    {
        weights = Default;
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != 4)
        {
            error = $"expected 4 comma-separated weights (csat,resolution,turns,latency), got {parts.Length}";
            return false;
        }

        var values = new double[4];
        for (var i = 0; i < 4; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]))
            {
                error = $"'{parts[i]}' is not a number";
                return false;
            }
        }

        weights = new CompositeWeights(values[0], values[1], values[2], values[3]);
        error = weights.Validate() ?? "";
        return error.Length == 0;
    }

    /// <summary>Returns why the weights are unusable, or null when they are fine.</summary>
    public string? Validate()
    {
        double[] all = [Csat, Resolution, Turns, Latency];
        if (all.Any(w => !double.IsFinite(w) || w < 0))
        {
            return "weights must be finite numbers >= 0";
        }

        return Sum > 0 ? null : "at least one weight must be > 0";
    }

    public override string ToString() =>
        string.Join(',', new[] { Csat, Resolution, Turns, Latency }.Select(w => w.ToString(CultureInfo.InvariantCulture)));
}
