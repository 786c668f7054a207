using System.Text.Json.Serialization;

namespace AgentSupport.Workbench.Loop.Runs;

/// <summary>Where a run is in the loop. Each step moves it forward; a failed or cancelled step can be resumed.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RunStatus>))]
public enum RunStatus
{
    /// <summary>The dataset is analysed and the scenarios are planned.</summary>
    [JsonStringEnumMemberName("created")]
    Created,

    /// <summary>A proposal is ready for an admin to edit and approve.</summary>
    [JsonStringEnumMemberName("awaiting_approval")]
    AwaitingApproval,

    /// <summary>The candidate version exists; regeneration can start.</summary>
    [JsonStringEnumMemberName("approved")]
    Approved,

    /// <summary>Both arms are regenerated and judged.</summary>
    [JsonStringEnumMemberName("regenerated")]
    Regenerated,

    [JsonStringEnumMemberName("compared")]
    Compared,

    [JsonStringEnumMemberName("promoted")]
    Promoted,

    [JsonStringEnumMemberName("rejected")]
    Rejected,

    /// <summary>A step failed (see the run's failure); resuming retries it.</summary>
    [JsonStringEnumMemberName("failed")]
    Failed,
}
