using System.Text.Json.Serialization;
using AgentSupport.Plugins.Common;

namespace AgentSupport.Plugins.Documents;

[JsonConverter(typeof(SnakeCaseEnumConverter<DealKind>))]
public enum DealKind
{
    /// <summary>The customer sells their car to us.</summary>
    Sale,

    /// <summary>The customer buys a car from us.</summary>
    Purchase,
}
