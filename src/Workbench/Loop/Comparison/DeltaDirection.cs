using System.Text.Json.Serialization;

namespace AgentSupport.Workbench.Loop.Comparison;

/// <summary>How a metric moved from baseline to candidate, judged by its bootstrap interval and its direction.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DeltaDirection>))]
public enum DeltaDirection
{
    /// <summary>The interval lies entirely on the metric's good side of zero (▲).</summary>
    [JsonStringEnumMemberName("better")]
    Better,

    /// <summary>The interval lies entirely on the metric's bad side of zero (▼).</summary>
    [JsonStringEnumMemberName("worse")]
    Worse,

    /// <summary>The interval contains zero, or there is no interval (=).</summary>
    [JsonStringEnumMemberName("within_noise")]
    WithinNoise,
}
