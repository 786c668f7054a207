using System.Globalization;
using AgentSupport.Web.Ui.Localization;

namespace AgentSupport.Web.Ui.Workbench;

/// <summary>The intent discovery page's texts, one instance per language.</summary>
public sealed record DiscoveryStrings
{
    public static DiscoveryStrings ForCurrentCulture() => UiCultures.IsSpanish(CultureInfo.CurrentUICulture) ? Spanish : English;

    public required string Title { get; init; }
    public required string Help { get; init; }
    public required string Source { get; init; }
    public required string Live { get; init; }
    public required string K { get; init; }
    public required string KHelp { get; init; }
    public required string Representation { get; init; }
    public required string AllMessages { get; init; }
    public required string Discover { get; init; }
    public required string Discovering { get; init; }
    public required Func<int, int, int, string> Summary { get; init; }
    public required Func<int, string> ChosenK { get; init; }
    public required string Messages { get; init; }
    public required string Share { get; init; }
    public required string Unresolved { get; init; }
    public required string Csat { get; init; }
    public required string Pattern { get; init; }
    public required Func<double, double, string> PrecisionRecall { get; init; }
    public required string ClosestTool { get; init; }
    public required string NeedsNewTool { get; init; }
    public required string Terms { get; init; }
    public required string Examples { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
    public required string Rename { get; init; }
    public required string Accept { get; init; }
    public required string Reject { get; init; }
    public required string RejectReason { get; init; }
    public required string Merge { get; init; }
    public required string SelectForMerge { get; init; }
    public required Func<string, string> Status { get; init; }
    public required Func<string, string> Accepted { get; init; }

    public static DiscoveryStrings English { get; } = new()
    {
        Title = "Workbench · Intent discovery",
        Help = "Groups the customer messages that no intent of the table catches, so new intents can be named, reviewed and added.",
        Source = "Conversations",
        Live = "Live conversations",
        K = "Number of groups",
        KHelp = "Empty: chosen by silhouette",
        Representation = "Text representation",
        AllMessages = "All customer messages",
        Discover = "Discover intents",
        Discovering = "Grouping the messages…",
        Summary = (messages, conversations, total) => $"{messages} messages of {conversations} of {total} conversations.",
        ChosenK = k => $"{k} groups",
        Messages = "Messages",
        Share = "Share",
        Unresolved = "Unresolved",
        Csat = "CSAT",
        Pattern = "Proposed pattern",
        PrecisionRecall = (p, r) => $"precision {p:0.00}, recall {r:0.00}",
        ClosestTool = "Closest tool",
        NeedsNewTool = "needs a new tool",
        Terms = "Distinctive terms",
        Examples = "Examples",
        Name = "Name",
        Description = "Description",
        Rename = "Save name",
        Accept = "Accept as intent",
        Reject = "Reject",
        RejectReason = "Reason for rejecting",
        Merge = "Merge selected",
        SelectForMerge = "Select for merging",
        Status = s => s switch { "accepted" => "Accepted", "rejected" => "Rejected", "merged" => "Merged", _ => "Open" },
        Accepted = name => $"{name} is now in the intents table.",
    };

    public static DiscoveryStrings Spanish { get; } = new()
    {
        Title = "Workbench · Descubrir intenciones",
        Help = "Agrupa los mensajes de clientes que ninguna intención de la tabla reconoce, para nombrar, revisar y agregar intenciones nuevas.",
        Source = "Conversaciones",
        Live = "Conversaciones en vivo",
        K = "Número de grupos",
        KHelp = "Vacío: se elige por silueta",
        Representation = "Representación del texto",
        AllMessages = "Todos los mensajes de clientes",
        Discover = "Descubrir intenciones",
        Discovering = "Agrupando los mensajes…",
        Summary = (messages, conversations, total) => $"{messages} mensajes de {conversations} de {total} conversaciones.",
        ChosenK = k => $"{k} grupos",
        Messages = "Mensajes",
        Share = "Proporción",
        Unresolved = "Sin resolver",
        Csat = "CSAT",
        Pattern = "Patrón propuesto",
        PrecisionRecall = (p, r) => $"precisión {p:0.00}, exhaustividad {r:0.00}",
        ClosestTool = "Herramienta más cercana",
        NeedsNewTool = "necesita una herramienta nueva",
        Terms = "Términos distintivos",
        Examples = "Ejemplos",
        Name = "Nombre",
        Description = "Descripción",
        Rename = "Guardar nombre",
        Accept = "Aceptar como intención",
        Reject = "Rechazar",
        RejectReason = "Motivo del rechazo",
        Merge = "Unir seleccionados",
        SelectForMerge = "Seleccionar para unir",
        Status = s => s switch { "accepted" => "Aceptada", "rejected" => "Rechazada", "merged" => "Unida", _ => "Abierta" },
        Accepted = name => $"{name} ya está en la tabla de intenciones.",
    };
}
