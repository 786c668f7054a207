using System.Text.Encodings.Web;
using System.Text.Json;

namespace AgentSupport.Workbench.Conversations;

/// <summary>Writes conversations as JSON Lines in the seed dialect, one object per line, UTF-8, <c>\n</c>.</summary>
public static class SeedJsonlWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        // Keep "¿", "ó" and emoji readable, as in the sample files; still escapes what JSON requires.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    private static readonly byte[] NewLine = "\n"u8.ToArray();

    public static async Task WriteAsync(Stream output, IAsyncEnumerable<SeedConversation> conversations, CancellationToken ct = default)
    {
        await foreach (var conversation in conversations.WithCancellation(ct))
        {
            await WriteLineAsync(output, conversation, ct);
        }
        await output.FlushAsync(ct);
    }

    public static async Task WriteAsync(Stream output, IEnumerable<SeedConversation> conversations, CancellationToken ct = default)
    {
        foreach (var conversation in conversations) await WriteLineAsync(output, conversation, ct);
        await output.FlushAsync(ct);
    }

    private static async Task WriteLineAsync(Stream output, SeedConversation conversation, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        Write(buffer, conversation);
        buffer.Write(NewLine);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, ct);
    }

    private static void Write(Stream stream, SeedConversation c)
    {
        using var json = new Utf8JsonWriter(stream, Options);
        json.WriteStartObject();

        json.WriteStartObject("meta");
        json.WriteString("conversation_id", c.Meta.ConversationId);
        json.WriteString("company", c.Meta.Company);
        json.WriteString("context", c.Meta.Context);
        json.WriteString("channel", c.Meta.Channel);
        json.WriteString("tone", c.Meta.Tone);
        json.WriteString("language", c.Meta.Language);
        WriteNullable(json, "customer_issue", c.Meta.CustomerIssue);
        WriteNullable(json, "customer_goal", c.Meta.CustomerGoal);
        WriteNullable(json, "agent_goal", c.Meta.AgentGoal);
        json.WriteBoolean("resolved", c.Meta.Resolved);
        json.WriteNumber("num_interactions", c.Meta.NumInteractions);
        WriteNullable(json, "duration_sec", c.Meta.DurationSec);
        if (c.Meta.Usage is { } usage)
        {
            json.WriteStartObject("usage");
            json.WriteNumber("input_tokens", usage.InputTokens);
            json.WriteNumber("output_tokens", usage.OutputTokens);
            WriteNullable(json, "model", usage.Model);
            json.WriteEndObject();
        }

        json.WriteEndObject();

        json.WriteStartArray("transcript");
        foreach (var m in c.Transcript)
        {
            json.WriteStartObject();
            json.WriteNumber("turn", m.Turn);
            json.WriteString("speaker", m.Speaker);
            json.WriteString("text", m.Text);
            json.WriteString("timestamp", m.Timestamp.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartObject("outcomes");
        WriteNullable(json, "csat_estimated_1_5", c.Outcomes.CsatEstimated1To5);
        WriteNullable(json, "next_action", c.Outcomes.NextAction);
        json.WriteBoolean("followup_needed", c.Outcomes.FollowupNeeded);
        WriteNullable(json, "summary", c.Outcomes.Summary);
        json.WriteEndObject();

        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, value);
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, double? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteNumber(name, value.Value);
    }
}
