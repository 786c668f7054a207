using System.Text.Json.Serialization;

namespace AgentSupport.Workbench.Loop.Comparison;

/// <summary>The comparison's overall answer; only <see cref="Better"/> lets a candidate be promoted without force.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Verdict>))]
public enum Verdict
{
    [JsonStringEnumMemberName("better")]
    Better,

    [JsonStringEnumMemberName("worse")]
    Worse,

    [JsonStringEnumMemberName("no_difference")]
    NoDifference,
}
