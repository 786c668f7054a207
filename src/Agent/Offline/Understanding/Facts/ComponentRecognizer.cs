namespace AgentSupport.Agent.Offline.Understanding.Facts;

/// <summary>The failing car part, by the warranty's names: engine, transmission, air_conditioning, …</summary>
internal sealed class ComponentRecognizer : IFactRecognizer
{
    private static readonly KeywordTable Components = new(
        (@"\b(aire acondicionado|a/?c|air conditioning|clima)\b", "air_conditioning"),
        (@"\b(caja de cambios|caja|transmisi[oó]n|transmission|gearbox)\b", "transmission"),
        (@"\b(falla el[eé]ctrica|el[eé]ctric[oa]s?|sistema el[eé]ctrico|electrical|electric|wiring)\b", "electrical"),
        (@"\b(motor|engine)\b", "engine"),
        (@"\b(direcci[oó]n|steering)\b", "steering"),
        (@"\b(suspensi[oó]n|amortiguadores|suspension|shocks)\b", "suspension"),
        (@"\b(radiador|enfriamiento|se calienta|cooling|radiator|overheat\w*)\b", "cooling"),
        (@"\b(bomba de gasolina|combustible|inyectores|fuel( system| pump)?)\b", "fuel_system"),
        (@"\b(frenos?|balatas?|pastillas de freno|brakes?|brake pads?)\b", "brakes"),
        (@"\b(bater[ií]a|battery)\b", "battery"),
        (@"\b(clutch|embrague)\b", "clutch"),
        (@"\b(llantas?|neum[aá]ticos?|tires?|tyres?)\b", "tires"));

    public ConversationFacts Read(string text, ConversationFacts facts, FactContext context) => facts with { Component = In(text) ?? facts.Component };

    /// <summary>The car part the text names, or null.</summary>
    public static string? In(string text) => Components.First(text);
}
