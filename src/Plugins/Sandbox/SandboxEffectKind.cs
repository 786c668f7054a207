using System.Text.Json.Serialization;
using AgentSupport.Plugins.Common;

namespace AgentSupport.Plugins.Sandbox;

/// <summary>A change a plugin made through a port; the effect's Reference and Detail are given per kind.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<SandboxEffectKind>))]
public enum SandboxEffectKind
{
    /// <summary>Reference: offer id; Detail: amount in MXN.</summary>
    OfferMade,

    /// <summary>Reference: offer id.</summary>
    OfferAccepted,

    /// <summary>Reference: inspection id; Detail: new start, ISO 8601 with offset.</summary>
    InspectionMoved,

    /// <summary>Reference: deal id; Detail: document kind (official_id, ...).</summary>
    DocumentRecorded,

    /// <summary>Reference: claim number; Detail: component (engine, ...).</summary>
    ClaimOpened,

    /// <summary>Reference: appointment id; Detail: "type hub start", e.g. "test_drive cdmx-santa-fe 2025-06-03T12:00:00-06:00".</summary>
    AppointmentBooked,

    /// <summary>Reference: ticket number; Detail: category.</summary>
    TicketCreated,

    /// <summary>Reference: ticket number.</summary>
    TicketNoteAdded,

    /// <summary>Reference: ticket number; Detail: the escalation reason.</summary>
    TicketEscalated,
}
