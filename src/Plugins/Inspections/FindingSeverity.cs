using System.Text.Json.Serialization;
using AgentSupport.Plugins.Common;

namespace AgentSupport.Plugins.Inspections;

[JsonConverter(typeof(SnakeCaseEnumConverter<FindingSeverity>))]
public enum FindingSeverity
{
    Info,
    Minor,
    Major,
    Critical,
}
