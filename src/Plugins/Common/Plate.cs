namespace AgentSupport.Plugins.Common;

/// <summary>Licence plates as customers type them ("abc-123-d", "ABC 123 D") compared as one key.</summary>
public static class Plate
{
    /// <summary>Upper-case letters and digits only: "abc-123-d" → "ABC123D".</summary>
    public static string Normalize(string? plate) =>
        string.Concat((plate ?? string.Empty).Where(char.IsAsciiLetterOrDigit)).ToUpperInvariant();

    public static bool SameAs(string? left, string? right) =>
        string.Equals(Normalize(left), Normalize(right), StringComparison.Ordinal);

    /// <summary>Mexican plates have 5 to 8 letters and digits; anything else is not a plate.</summary>
    internal static bool LooksValid(string? plate) => Normalize(plate).Length is >= 5 and <= 8;
}
