using System.Text.RegularExpressions;

namespace AgentSupport.Agent.Offline.Judge;

/// <summary>
/// The judge's reading of its inputs: the transcript as lines "customer: …" / "agent: …" (also "cliente",
/// "agente", "user", "assistant"), and the evidence as one line per tool call,
/// "- Plugin.function {arguments} -> result" with "-> FAILED" for a failed call.
/// </summary>
internal static partial class TranscriptEvidence
{
    public sealed record Line(bool FromCustomer, string Text);

    public sealed record Call(string Plugin, string Function, bool Succeeded);

    public static IReadOnlyList<Line> Transcript(string? transcript) =>
        (transcript ?? "").Split('\n')
            .Select(line => Speaker().Match(line))
            .Where(match => match.Success)
            .Select(match => new Line(match.Groups["who"].Value.ToLowerInvariant() is "customer" or "cliente" or "user", match.Groups["text"].Value.Trim()))
            .ToList();

    public static IReadOnlyList<Call> Calls(string? evidence) =>
        (evidence ?? "").Split('\n')
            .Select(line => ToolLine().Match(line))
            .Where(match => match.Success)
            .Select(match => new Call(match.Groups["plugin"].Value, match.Groups["function"].Value, !match.Groups["failed"].Success))
            .ToList();

    [GeneratedRegex(@"^\s*(?<who>customer|cliente|user|agent|agente|assistant)\s*:\s*(?<text>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Speaker();

    [GeneratedRegex(@"^\s*-\s*(?<plugin>[A-Za-z0-9]+)\.(?<function>[A-Za-z0-9_]+)\b.*?->\s*(?<failed>FAILED\b)?")]
    private static partial Regex ToolLine();
}
