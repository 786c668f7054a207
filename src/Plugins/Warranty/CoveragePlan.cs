using System.Text.Json.Serialization;
using AgentSupport.Plugins.Common;

namespace AgentSupport.Plugins.Warranty;

[JsonConverter(typeof(SnakeCaseEnumConverter<CoveragePlan>))]
public enum CoveragePlan
{
    /// <summary>Engine, transmission and drivetrain: 36 months or 60,000 km.</summary>
    Powertrain,

    /// <summary>Electrical, A/C, steering, suspension, cooling, fuel system: 12 months or 20,000 km.</summary>
    Basic,

    /// <summary>Wear items and cosmetic damage, never covered.</summary>
    Excluded,
}
