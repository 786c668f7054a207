using System.Text;
using System.Text.Json;
using AgentSupport.Workbench.Analysis;

namespace AgentSupport.Workbench.Tests.Support;

/// <summary>Builds conversation lines of both dialects for inline fixtures; field values are raw JSON so odd values can be written.</summary>
public static class Jsonl
{
    public enum Dialect
    {
        Seed,
        Roles,
    }

    public static (string Speaker, string Text) CustomerSays(string text) => ("cliente", text);

    public static (string Speaker, string Text) AgentSays(string text) => ("agente", text);

    /// <summary>A conversation line. <paramref name="resolved"/>, <paramref name="csat"/> and <paramref name="duration"/> are raw JSON; null leaves the field out.</summary>
    public static string Line(
        Dialect dialect,
        string id,
        string? resolved = "true",
        string? csat = "4.0",
        string? duration = "120",
        string context = "buying",
        string channel = "whatsapp",
        string tone = "formal",
        string language = "es",
        params (string Speaker, string Text)[] transcript)
    {
        var roles = dialect == Dialect.Roles;
        var meta = new List<string>
        {
            $"\"conversation_id\": {Quote(id)}",
            $"\"context\": {Quote(context)}",
            $"\"{(roles ? "canal" : "channel")}\": {Quote(channel)}",
            $"\"{(roles ? "tono" : "tone")}\": {Quote(tone)}",
            $"\"{(roles ? "idioma" : "language")}\": {Quote(language)}",
        };
        if (resolved is not null)
        {
            meta.Add($"\"resolved\": {resolved}");
        }

        if (duration is not null)
        {
            meta.Add($"\"duration_sec\": {duration}");
        }

        meta.Add($"\"num_interactions\": {transcript.Length}");
        var messages = transcript.Select((m, i) => roles
            ? $"{{\"role\": {Quote(m.Speaker == "cliente" ? "user" : "assistant")}, \"content\": {Quote(m.Text)}, \"timestamp\": \"2025-08-29T20:24:30Z\"}}"
            : $"{{\"turn\": {i + 1}, \"speaker\": {Quote(m.Speaker)}, \"text\": {Quote(m.Text)}, \"timestamp\": \"2025-10-28T10:50:34-06:00\"}}");
        var outcomes = csat is null ? "\"summary\": \"s\"" : $"\"csat_estimated_1_5\": {csat}, \"summary\": {Quote($"summary of {id}")}";
        var body = $"\"meta\": {{{string.Join(", ", meta)}}}, \"transcript\": [{string.Join(", ", messages)}], \"outcomes\": {{{outcomes}}}";
        return roles ? $"{{\"conversation_id\": {Quote(id)}, {body}}}" : $"{{{body}}}";
    }

    public static string Quote(string text) => JsonSerializer.Serialize(text);

    internal static Task<AnalysisReport> AnalyzeAsync(string jsonl, AnalysisSettings? settings = null) =>
        AnalyzeAsync(Encoding.UTF8.GetBytes(jsonl), settings);

    internal static async Task<AnalysisReport> AnalyzeAsync(byte[] jsonl, AnalysisSettings? settings = null)
    {
        using var stream = new MemoryStream(jsonl);
        return await new ConversationAnalyzer(settings).AnalyzeAsync(stream);
    }

    internal static Task<AnalysisReport> AnalyzeLinesAsync(params string[] lines) => AnalyzeAsync(string.Join('\n', lines) + "\n");
}
