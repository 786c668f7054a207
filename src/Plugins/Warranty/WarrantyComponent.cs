using System.Text.Json.Serialization;
using AgentSupport.Plugins.Common;

namespace AgentSupport.Plugins.Warranty;

/// <summary>The parts of a car a warranty question can be about, grouped as the coverage rules treat them.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<WarrantyComponent>))]
public enum WarrantyComponent
{
    Engine,
    Transmission,
    Drivetrain,
    Electrical,
    AirConditioning,
    Steering,
    Suspension,
    Cooling,
    FuelSystem,
    Brakes,
    Tires,
    Battery,
    Clutch,
    WiperBlades,
    Bulbs,
    Filters,
    Bodywork,
}
