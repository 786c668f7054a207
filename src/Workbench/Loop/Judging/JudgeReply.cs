using System.Text.Json;

namespace AgentSupport.Workbench.Loop.Judging;

/// <summary>The judge's JSON answer <c>{"resolved": bool, "csat": 1–5, "reasons": [..]}</c>, read strictly so a bad score is sent back, not guessed.</summary>
internal sealed record JudgeReply(bool Resolved, double Csat, IReadOnlyList<string> Reasons)
{
    public static JudgeReply? Parse(string text, out string? error)
    {
        text = text.Trim();
        if (text.StartsWith("```", StringComparison.Ordinal))
        {
            var start = text.IndexOf('\n');
            text = start < 0 ? "" : text[(start + 1)..].TrimEnd('`', ' ', '\n', '\r');
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = "the answer must be one JSON object";
                return null;
            }

            if (!root.TryGetProperty("resolved", out var resolved) || resolved.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                error = "\"resolved\" must be true or false";
                return null;
            }

            if (!root.TryGetProperty("csat", out var csat) || csat.ValueKind != JsonValueKind.Number || csat.GetDouble() is < 1 or > 5)
            {
                error = "\"csat\" must be a number from 1 to 5";
                return null;
            }

            var reasons = root.TryGetProperty("reasons", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.String).Select(r => r.GetString()!).ToArray()
                : null;
            if (reasons is null)
            {
                error = "\"reasons\" must be an array of strings";
                return null;
            }

            error = null;
            return new JudgeReply(resolved.GetBoolean(), Math.Round(csat.GetDouble(), 1), reasons);
        }
        catch (JsonException ex)
        {
            error = $"invalid JSON: {ex.Message}";
            return null;
        }
    }
}
