using System.Text.Json.Serialization;

namespace AgentSupport.Workbench.Analysis;

[JsonSerializable(typeof(AnalysisResult))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, ConversationMetrics>))]
[JsonSerializable(typeof(IReadOnlyList<BadLine>))]
[JsonSerializable(typeof(IReadOnlyList<FieldWarning>))]
internal sealed partial class AnalysisJsonContext : JsonSerializerContext;
