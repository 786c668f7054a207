using System.Text.Json;
using System.Text.Json.Serialization;

namespace AgentSupport.Workbench.Analysis.Metrics;

/// <summary>Writes and reads metric values under their registry keys; a missing value is written as null, never left out.</summary>
internal sealed class ConversationMetricsJson : JsonConverter<ConversationMetrics>
{
    private const string CountKey = "n";

    public override ConversationMetrics Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var metrics = new ConversationMetrics { N = 0 };
        ReadObject(ref reader, (ref Utf8JsonReader value, string key) =>
        {
            if (key == CountKey)
            {
                metrics = metrics with { N = value.GetInt64() };
                return true;
            }

            return TryReadValue(ref value, key, ref metrics);
        });
        return metrics;
    }

    public override void Write(Utf8JsonWriter writer, ConversationMetrics value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber(CountKey, value.N);
        WriteValues(writer, value);
        writer.WriteEndObject();
    }

    /// <summary>Every registry metric as a property of the object being written.</summary>
    public static void WriteValues(Utf8JsonWriter writer, ConversationMetrics metrics)
    {
        foreach (var metric in Metric.All)
        {
            if (metric.Read(metrics) is { } number)
            {
                writer.WriteNumber(metric.Key, number);
            }
            else
            {
                writer.WriteNull(metric.Key);
            }
        }
    }

    /// <summary>Reads the value of <paramref name="key"/> into <paramref name="metrics"/> when it names a metric.</summary>
    public static bool TryReadValue(ref Utf8JsonReader reader, string key, ref ConversationMetrics metrics)
    {
        if (Metric.Find(key) is not { } metric)
        {
            return false;
        }

        metrics = metric.With(metrics, reader.TokenType == JsonTokenType.Null ? null : reader.GetDouble());
        return true;
    }

    public delegate bool PropertyReader(ref Utf8JsonReader value, string key);

    /// <summary>Walks an object's properties with the reader on each value; properties nobody reads are skipped.</summary>
    public static void ReadObject(ref Utf8JsonReader reader, PropertyReader read)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Expected an object of metrics.");
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var key = reader.GetString()!;
            reader.Read();
            if (!read(ref reader, key))
            {
                reader.Skip();
            }
        }
    }
}
