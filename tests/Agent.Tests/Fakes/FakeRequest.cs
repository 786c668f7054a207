using System.Text.Json;

namespace AgentSupport.Agent.Tests.Fakes;

/// <summary>One POST /v1/chat/completions the fake server received.</summary>
public sealed record FakeRequest(string Path, JsonElement Body, IReadOnlyDictionary<string, string> Headers)
{
    public bool Stream => Body.TryGetProperty("stream", out var stream) && stream.ValueKind == JsonValueKind.True;

    public string? Model => Body.TryGetProperty("model", out var model) ? model.GetString() : null;

    /// <summary>Names of the tools the request offered.</summary>
    public IReadOnlyList<string> ToolNames =>
        Body.TryGetProperty("tools", out var tools) && tools.ValueKind == JsonValueKind.Array
            ? tools.EnumerateArray().Select(tool => tool.GetProperty("function").GetProperty("name").GetString()!).ToList()
            : [];

    public IReadOnlyList<JsonElement> Messages =>
        Body.TryGetProperty("messages", out var messages) ? messages.EnumerateArray().ToList() : [];

    /// <summary>The contents of the request's tool messages (function results), in order.</summary>
    public IReadOnlyList<string> ToolResults =>
        Messages.Where(m => m.GetProperty("role").GetString() == "tool")
            .Select(m => m.GetProperty("content") is { ValueKind: JsonValueKind.String } text ? text.GetString()! : m.GetProperty("content").GetRawText())
            .ToList();

    /// <summary>The text of the first system message.</summary>
    public string? SystemPrompt =>
        Messages.FirstOrDefault(m => m.GetProperty("role").GetString() is "system" or "developer") is { ValueKind: JsonValueKind.Object } system
            ? Text(system.GetProperty("content"))
            : null;

    private static string Text(JsonElement content) => content.ValueKind == JsonValueKind.String
        ? content.GetString()!
        : string.Concat(content.EnumerateArray().Select(part => part.TryGetProperty("text", out var text) ? text.GetString() : ""));
}
