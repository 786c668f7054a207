using System.Text.Json.Serialization;
using AgentSupport.Plugins.Common;

namespace AgentSupport.Plugins.Offers;

[JsonConverter(typeof(SnakeCaseEnumConverter<OfferState>))]
public enum OfferState
{
    Active,
    Expired,
    Accepted,
}
