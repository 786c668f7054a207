using System.Text.Json;
using System.Text.Json.Serialization;
using AgentSupport.Workbench.Analysis.Metrics;

namespace AgentSupport.Workbench.Analysis.Exports;

/// <summary>
/// The <c>analyze --json</c> document: counts, the overall metrics flat at the top level under their registry keys,
/// then intents, ranking and the context breakdown. Nested values use the analysis's own source-generated contract,
/// whatever options the document is embedded with (a run record, the Web API).
/// </summary>
internal sealed class AnalysisResultJson : JsonConverter<AnalysisResult>
{
    private static AnalysisJsonContext Contract => AnalysisJsonContext.Default;

    public override AnalysisResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var overall = new ConversationMetrics { N = 0 };
        long badLineCount = 0;
        IReadOnlyList<long> badLines = [];
        IReadOnlyDictionary<string, long> intents = new Dictionary<string, long>();
        IReadOnlyList<ToolRanking> ranking = [];
        IReadOnlyDictionary<string, ConversationMetrics> byContext = new Dictionary<string, ConversationMetrics>();
        ConversationMetricsJson.ReadObject(ref reader, (ref Utf8JsonReader value, string key) =>
        {
            switch (key)
            {
                case "n_valid":
                    overall = overall with { N = value.GetInt64() };
                    return true;
                case "n_bad_lines":
                    badLineCount = value.GetInt64();
                    return true;
                case "bad_lines":
                    badLines = JsonSerializer.Deserialize(ref value, Contract.IReadOnlyListInt64) ?? [];
                    return true;
                case "intents":
                    intents = JsonSerializer.Deserialize(ref value, Contract.IReadOnlyDictionaryStringInt64) ?? intents;
                    return true;
                case "ranking":
                    ranking = JsonSerializer.Deserialize(ref value, Contract.IReadOnlyListToolRanking) ?? [];
                    return true;
                case "by_context":
                    byContext = JsonSerializer.Deserialize(ref value, Contract.IReadOnlyDictionaryStringConversationMetrics) ?? byContext;
                    return true;
                default:
                    return ConversationMetricsJson.TryReadValue(ref value, key, ref overall);
            }
        });

        return new AnalysisResult
        {
            NBadLines = badLineCount,
            BadLines = badLines,
            Overall = overall,
            Intents = intents,
            Ranking = ranking,
            ByContext = byContext,
        };
    }

    public override void Write(Utf8JsonWriter writer, AnalysisResult value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("n_valid", value.NValid);
        writer.WriteNumber("n_bad_lines", value.NBadLines);
        writer.WritePropertyName("bad_lines");
        JsonSerializer.Serialize(writer, value.BadLines, Contract.IReadOnlyListInt64);
        ConversationMetricsJson.WriteValues(writer, value.Overall);
        writer.WritePropertyName("intents");
        JsonSerializer.Serialize(writer, value.Intents, Contract.IReadOnlyDictionaryStringInt64);
        writer.WritePropertyName("ranking");
        JsonSerializer.Serialize(writer, value.Ranking, Contract.IReadOnlyListToolRanking);
        writer.WritePropertyName("by_context");
        JsonSerializer.Serialize(writer, value.ByContext, Contract.IReadOnlyDictionaryStringConversationMetrics);
        writer.WriteEndObject();
    }
}
