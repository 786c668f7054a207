using System.Text.RegularExpressions;

namespace AgentSupport.Agent.Offline.Understanding.Facts;

/// <summary>What the customer wants to book, by the scheduler's names: test_drive, delivery or visit.</summary>
internal sealed partial class AppointmentTypeRecognizer : IFactRecognizer
{
    public ConversationFacts Read(string text, ConversationFacts facts, FactContext context) => facts with { AppointmentType = TypeIn(text) ?? facts.AppointmentType };

    private static string? TypeIn(string text) =>
        TestDrive().IsMatch(text) ? "test_drive"
        : Delivery().IsMatch(text) ? "delivery"
        : Visit().IsMatch(text) ? "visit"
        : null;

    [GeneratedRegex(@"\b(prueba de manejo|manejar(lo|la)?|probar (un|el|la|una|algun|alguna) (auto|carro|coche|camioneta)|test[- ]?driv(e|ing)|for a spin)\b", KeywordTable.Options)]
    private static partial Regex TestDrive();

    [GeneratedRegex(@"\b(entrega|recoger (mi|el) (auto|coche|carro)|delivery|pick ?up)\b", KeywordTable.Options)]
    private static partial Regex Delivery();

    [GeneratedRegex(@"\b(visita|visitar|conocer|ver (el|un|unos|unas|los|las|algunos|algunas) (auto|coche|carro|camioneta)s?|visit|see the cars?|look at (the |some )?(cars?|trucks?|suvs?)|come (by|in)|swing by|stop by|drop by)\b", KeywordTable.Options)]
    private static partial Regex Visit();
}
