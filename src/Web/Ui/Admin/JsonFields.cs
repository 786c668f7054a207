using System.Globalization;
using System.Text.Json;

namespace AgentSupport.Web.Ui.Admin;

/// <summary>
/// A tool's JSON arguments or result as rows a person reads: one row per leaf value, nested names joined with dots and
/// list items numbered from 1 (<c>offer.amount</c>, <c>slots 2.start</c>).
/// </summary>
public static class JsonFields
{
    public sealed record Field(string Name, string Value);

    /// <summary>The rows of <paramref name="json"/>; null when it is not valid JSON, so the page shows it as it is.</summary>
    public static IReadOnlyList<Field>? Read(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var fields = new List<Field>();
            Add(fields, "", document.RootElement);
            return fields;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The JSON indented for the raw view; unchanged when it does not parse.</summary>
    public static string Indented(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return JsonSerializer.Serialize(document.RootElement, Options);
        }
        catch (JsonException)
        {
            return json;
        }
    }

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        // Accents stay readable; the page escapes the text when it renders it.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static void Add(List<Field> fields, string name, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object when element.EnumerateObject().Any():
                foreach (var property in element.EnumerateObject())
                    Add(fields, name.Length == 0 ? property.Name : $"{name}.{property.Name}", property.Value);
                break;
            case JsonValueKind.Array when element.GetArrayLength() > 0:
                var index = 1;
                foreach (var item in element.EnumerateArray())
                    Add(fields, name.Length == 0 ? index++.ToString(CultureInfo.InvariantCulture) : $"{name} {index++}", item);
                break;
            default:
                fields.Add(new Field(name.Length == 0 ? "—" : name, Text(element)));
                break;
        }
    }

    private static string Text(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString()!,
        JsonValueKind.Null => "—",
        JsonValueKind.Object => "{}",
        JsonValueKind.Array => "[]",
        _ => element.GetRawText(),
    };
}
