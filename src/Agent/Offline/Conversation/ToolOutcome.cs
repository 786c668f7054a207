using System.Text.Json;
using AgentSupport.Agent.Tools;
using AgentSupport.Plugins.Common;

namespace AgentSupport.Agent.Offline.Conversation;

/// <summary>A tool call the model made and what came back, as the Offline engine reads it from the messages.</summary>
internal sealed record ToolOutcome(string Plugin, string Function, IReadOnlyDictionary<string, object?> Arguments, object? Result)
{
    private readonly Lazy<(bool Ok, string? Code)> _status = new(() => Status(Result));

    public bool Ok => _status.Value.Ok;

    /// <summary>The customer message (0-based among the customer's) the call answered: the dialogue state reads which task it served.</summary>
    public int UserMessage { get; init; } = -1;

    /// <summary>The <see cref="ToolErrorCodes"/> code of a failed result; "exception" when the call threw.</summary>
    public string? ErrorCode => _status.Value.Code;

    public bool Is(string plugin, string function) =>
        string.Equals(Plugin, plugin, StringComparison.Ordinal) && string.Equals(Function, function, StringComparison.Ordinal);

    private static readonly JsonSerializerOptions ReadOptions = new(ToolJson.Options) { PropertyNameCaseInsensitive = true };

    /// <summary>
    /// The successful value of a plugin's <see cref="ToolResult{T}"/> of type <typeparamref name="T"/>: the object
    /// itself in the turn that made the call, or read back from the JSON an earlier turn recorded.
    /// </summary>
    public T? Value<T>() where T : class => Result switch
    {
        ToolResult<T> { Ok: true } result => result.Value,
        string json when Ok => Read<T>(json),
        JsonElement element when Ok => Read<T>(element.GetRawText()),
        _ => null,
    };

    private static T? Read<T>(string json) where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<ToolResult<T>>(json, ReadOptions) is { Ok: true } result ? result.Value : null;
        }
        catch (JsonException)
        {
            return null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>The error message of a plugin's failed result, for the few cases where its wording decides the next question.</summary>
    public string ErrorMessage => Result is null ? "" : ErrorText(ToolJson.Serialize(Result));

    public string? Argument(string name) =>
        Arguments.TryGetValue(name, out var value) ? value switch
        {
            null => null,
            JsonElement { ValueKind: JsonValueKind.String } element => element.GetString(),
            JsonElement element => element.GetRawText(),
            _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
        } : null;

    private static (bool Ok, string? Code) Status(object? result)
    {
        if (result is Exception)
        {
            return (false, "exception");
        }

        var json = ToolJson.Serialize(result);
        if (!ToolJson.IsFailure(json))
        {
            return (true, null);
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return (false, Property(document.RootElement, "error") is { ValueKind: JsonValueKind.Object } error && Property(error, "code") is { ValueKind: JsonValueKind.String } code
                ? code.GetString()
                : "error");
        }
        catch (JsonException)
        {
            return (false, "error");
        }
    }

    private static string ErrorText(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return Property(document.RootElement, "error") is { ValueKind: JsonValueKind.Object } error && Property(error, "message") is { ValueKind: JsonValueKind.String } message
                ? message.GetString() ?? ""
                : "";
        }
        catch (JsonException)
        {
            return "";
        }
    }

    private static JsonElement? Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object
            ? element.EnumerateObject().Where(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)).Select(p => (JsonElement?)p.Value).FirstOrDefault()
            : null;
}
