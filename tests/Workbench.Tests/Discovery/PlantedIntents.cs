using AgentSupport.Workbench.Discovery;

namespace AgentSupport.Workbench.Tests.Discovery;

/// <summary>
/// A small Spanish conversation set with three intents the shipped table does not know (trade-in, an invoice held by
/// the bank, shipping to another city) written in varied ways, plus conversations the table does match.
/// </summary>
internal static class PlantedIntents
{
    public static readonly string[] TradeIn =
    [
        "¿Aceptan mi auto a cuenta de otro más nuevo?", "hola, aceptan mi coche a cuenta de uno más nuevo", "Quiero dar mi auto a cuenta de otro",
        "¿Puedo dejar mi carro a cuenta de un seminuevo?", "Buenas, ¿aceptan autos a cuenta?", "me interesa dejar mi auto a cuenta de otro más reciente",
        "¿Toman mi auto a cuenta del nuevo?", "Aceptan mi Versa a cuenta de otro auto?",
    ];

    public static readonly string[] InvoiceAtBank =
    [
        "Me piden la factura original pero la tiene el banco", "la factura la tiene el banco todavía", "El banco tiene mi factura, ¿qué hago?",
        "mi factura está en el banco porque sigo pagando", "¿Sirve una copia? la factura original la tiene el banco",
        "El banco no me entrega la factura", "Tengo la factura en el banco, ¿pueden esperar?", "la factura original sigue en el banco",
    ];

    public static readonly string[] Shipping =
    [
        "¿Hacen envíos a Monterrey?", "hacen envios a Guadalajara?", "¿Me lo pueden enviar a Puebla?", "¿Cuánto cuesta el envío a Mérida?",
        "quiero que me envíen el auto a Querétaro", "¿El envío a Tijuana tiene costo?", "¿Hacen envíos a otra ciudad?", "envío a León, ¿es posible?",
    ];

    /// <summary>Matched by the shipped table (payment_status, warranty_claim): left out unless every message is asked for.</summary>
    public static readonly string[] Matched = ["¿Cuándo llega mi pago?", "Quiero saber de mi transferencia", "La garantía cubre el motor?"];

    public static IReadOnlyList<DiscoveryConversation> Conversations() =>
        TradeIn.Select((t, i) => Conversation($"trade-{i}", t, resolved: i % 2 == 0, csat: 3))
            .Concat(InvoiceAtBank.Select((t, i) => Conversation($"bank-{i}", t, resolved: false, csat: 2)))
            .Concat(Shipping.Select((t, i) => Conversation($"ship-{i}", t, resolved: true, csat: 5)))
            .Concat(Matched.Select((t, i) => Conversation($"matched-{i}", t, resolved: true, csat: 4)))
            .ToList();

    private static DiscoveryConversation Conversation(string id, string text, bool resolved, double csat) => new(id, [text], resolved, csat);
}
