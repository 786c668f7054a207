using System.Text.Json.Serialization;
using AgentSupport.Workbench.Analysis.Metrics;

namespace AgentSupport.Workbench.Analysis.Exports;

[JsonSerializable(typeof(AnalysisResult))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, ConversationMetrics>))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, long>))]
[JsonSerializable(typeof(IReadOnlyList<long>))]
[JsonSerializable(typeof(IReadOnlyList<ToolRanking>))]
[JsonSerializable(typeof(IReadOnlyList<BadLine>))]
[JsonSerializable(typeof(IReadOnlyList<FieldWarning>))]
internal sealed partial class AnalysisJsonContext : JsonSerializerContext;
