using System.CommandLine.Parsing;
using System.Globalization;
using AgentSupport.Workbench.Analysis.Metrics;

namespace AgentSupport.Workbench.Analysis.CommandLine;

/// <summary>Option parsers that read numbers the same way on every machine culture and say what is wrong.</summary>
public static class OptionParsers
{
    public static Func<ArgumentResult, double> Number(double min, double max, bool minExclusive = false) => result =>
    {
        var token = result.Tokens.Single().Value;
        if (double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && (minExclusive ? value > min : value >= min) && value <= max)
        {
            return value;
        }

        var range = minExclusive
            ? double.IsPositiveInfinity(max) ? $"> {min}" : $"in ({min}, {max}]"
            : $"in [{min}, {max}]";
        result.AddError($"{OptionName(result)}: '{token}' is not a number {range}.");
        return default;
    };

    public static Func<ArgumentResult, int> Integer(int min, int max) => result =>
    {
        var token = result.Tokens.Single().Value;
        if (int.TryParse(token, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        result.AddError($"{OptionName(result)}: '{token}' is not a whole number in [{min}, {max}].");
        return default;
    };

    public static Func<ArgumentResult, T> OneOf<T>(params (string Name, T Value)[] choices) => result =>
    {
        var token = result.Tokens.Single().Value;
        foreach (var (name, value) in choices)
        {
            if (string.Equals(token, name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        result.AddError($"{OptionName(result)}: '{token}' is not one of {string.Join(", ", choices.Select(c => c.Name))}.");
        return choices[0].Value;
    };

    public static CompositeWeights? Weights(ArgumentResult result)
    {
        var token = result.Tokens.Single().Value;
        if (CompositeWeights.TryParse(token, out var weights, out var error))
        {
            return weights;
        }

        result.AddError($"{OptionName(result)}: {error}.");
        return null;
    }

    private static string OptionName(ArgumentResult result) =>
        result.Parent is OptionResult option ? option.Option.Name : result.Argument.Name;
}
