using System.Text.Json.Serialization;

namespace AgentSupport.Workbench.Loop.Regeneration;

/// <summary>Which prompt version a regenerated conversation ran with.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Arm>))]
public enum Arm
{
    [JsonStringEnumMemberName("baseline")]
    Baseline,

    [JsonStringEnumMemberName("candidate")]
    Candidate,
}
