using System.Text.Json.Serialization;
using AgentSupport.Plugins.Common;

namespace AgentSupport.Plugins.Inspections;

/// <summary>Where a car is in the mechanical inspection and workshop process.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<InspectionStage>))]
public enum InspectionStage
{
    /// <summary>Booked; the car has not arrived yet. Only this stage can be rescheduled.</summary>
    Scheduled,

    /// <summary>The car is in the workshop being inspected or repaired.</summary>
    InProgress,

    /// <summary>Work is paused until a part arrives.</summary>
    WaitingForParts,

    /// <summary>Done; findings and the condition grade are final.</summary>
    Completed,

    Cancelled,
}
