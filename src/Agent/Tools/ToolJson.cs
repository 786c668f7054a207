using System.Text.Json;
using Microsoft.Extensions.AI;

namespace AgentSupport.Agent.Tools;

/// <summary>
/// Writes tool arguments and results as the model sees them (the Microsoft.Extensions.AI default JSON
/// options) and tells a failed result from a successful one.
/// </summary>
internal static class ToolJson
{
    /// <summary>The model's JSON conventions, on one line so records stay compact.</summary>
    public static JsonSerializerOptions Options { get; } = new(AIJsonUtilities.DefaultOptions) { WriteIndented = false };

    public static string Serialize(object? value) => value switch
    {
        null => "null",
        string text when LooksLikeJson(text) => text,
        JsonElement element => element.GetRawText(),
        _ => JsonSerializer.Serialize(value, value.GetType(), Options),
    };

    public static string Arguments(IEnumerable<KeyValuePair<string, object?>>? arguments) =>
        JsonSerializer.Serialize(
            (arguments ?? []).ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal),
            Options);

    /// <summary>A failed result in the plugins' <c>ToolResult</c> shape.</summary>
    public static string Error(AgentSupport.Plugins.Common.ToolError error) =>
        JsonSerializer.Serialize(new { ok = false, error = new { code = error.Code, message = error.Message } }, Options);

    /// <summary>
    /// A result is failed when it is an object whose <c>ok</c> is false or whose <c>error</c> is set (the
    /// plugins' <c>ToolResult</c> shape, any casing). Anything else, including plain text, succeeded.
    /// </summary>
    public static bool IsFailure(string resultJson)
    {
        if (!LooksLikeJson(resultJson))
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(resultJson);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.NameEquals("ok") || property.NameEquals("Ok"))
                {
                    if (property.Value.ValueKind == JsonValueKind.False)
                    {
                        return true;
                    }
                }
                else if ((property.NameEquals("error") || property.NameEquals("Error")) && property.Value.ValueKind is not JsonValueKind.Null)
                {
                    return true;
                }
            }

            return false;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool LooksLikeJson(string text)
    {
        var trimmed = text.AsSpan().TrimStart();
        return trimmed.Length > 0 && trimmed[0] is '{' or '[';
    }

    /// <summary>The first ticket or claim number in the result.</summary>
    public static string? Reference(string resultJson)
    {
        try
        {
            using var document = JsonDocument.Parse(resultJson);
            return Find(document.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Find(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.String
                && (property.Name.Equals("ticketNumber", StringComparison.OrdinalIgnoreCase) || property.Name.Equals("claimNumber", StringComparison.OrdinalIgnoreCase)))
            {
                return property.Value.GetString();
            }

            if (Find(property.Value) is { } nested)
            {
                return nested;
            }
        }

        return null;
    }
}
