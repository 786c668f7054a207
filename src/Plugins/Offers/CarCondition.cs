using System.Text.Json.Serialization;
using AgentSupport.Plugins.Common;

namespace AgentSupport.Plugins.Offers;

/// <summary>Overall condition of a car, as graded by an inspection or described by its owner.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<CarCondition>))]
public enum CarCondition
{
    Excellent,
    Good,
    Fair,
    Poor,
}

internal static class CarConditions
{
    public static Vocabulary<CarCondition> Vocabulary { get; } = new(new Dictionary<CarCondition, string[]>
    {
        [CarCondition.Excellent] = ["excelente", "como nuevo", "like new", "impecable", "perfect", "perfecto"],
        [CarCondition.Good] = ["bueno", "buena", "buen estado", "muy bueno", "very good"],
        [CarCondition.Fair] = ["regular", "average", "ok", "aceptable", "normal"],
        [CarCondition.Poor] = ["malo", "mala", "mal estado", "bad", "damaged", "danado"],
    });
}
