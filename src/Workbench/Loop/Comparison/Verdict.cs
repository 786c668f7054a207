using System.Text.Json.Serialization;

namespace AgentSupport.Workbench.Loop.Comparison;

/// <summary>
/// The comparison's overall answer (rules in docs/design.md, "Comparison and verdict"). Only <see cref="Better"/> lets a
/// candidate be promoted as it is; <see cref="BetterWithTradeOff"/> needs the trade-off confirmed, anything else force.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<Verdict>))]
public enum Verdict
{
    [JsonStringEnumMemberName("better")]
    Better,

    /// <summary>The composite improved, but at least one other metric got significantly worse.</summary>
    [JsonStringEnumMemberName("better_with_trade_off")]
    BetterWithTradeOff,

    [JsonStringEnumMemberName("worse")]
    Worse,

    /// <summary>Every metric's interval contains zero: nothing changed that the run can see.</summary>
    [JsonStringEnumMemberName("no_difference")]
    NoDifference,

    /// <summary>Too few conversations for an interval, or a metric improved while the composite stayed within the noise.</summary>
    [JsonStringEnumMemberName("inconclusive")]
    Inconclusive,
}
