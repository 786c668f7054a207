using System.Text.Json.Serialization;
using AgentSupport.Plugins.Common;

namespace AgentSupport.Plugins.Scheduling;

[JsonConverter(typeof(SnakeCaseEnumConverter<AppointmentType>))]
public enum AppointmentType
{
    /// <summary>See cars at the hub with an advisor.</summary>
    Visit,

    TestDrive,

    /// <summary>Pick up a car the customer bought.</summary>
    Delivery,
}
