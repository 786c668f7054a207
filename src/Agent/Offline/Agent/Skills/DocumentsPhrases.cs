using AgentSupport.Plugins.Documents;

namespace AgentSupport.Agent.Offline.Agent.Skills;

/// <summary>How <see cref="DocumentsSkill"/> words checklists and recorded documents. Documents arrive already named.</summary>
internal sealed record DocumentsPhrases
{
    public required string Capability { get; init; }

    /// <summary>What failed when the checklist or the record could not be served.</summary>
    public required string ADeal { get; init; }

    public required string HowToSend { get; init; }

    /// <summary>What to check when asking which deal a document belongs to.</summary>
    public required string WhichDeal { get; init; }

    /// <summary>The deal does not take that document, so it was not recorded.</summary>
    public required Func<string, string> NotTaken { get; init; }

    /// <summary>Kind of deal, plate: nothing is missing.</summary>
    public required Func<string, string, string> FileComplete { get; init; }

    /// <summary>Kind of deal, plate, the documents missing.</summary>
    public required Func<string, string, string, string> Missing { get; init; }

    public required Func<string, string> AlreadyHad { get; init; }

    public required Func<string, string> Recorded { get; init; }

    public required string NowComplete { get; init; }

    /// <summary>The documents still missing after one was recorded.</summary>
    public required Func<string, string> StillMissing { get; init; }

    public required Func<DealKind, string> Deal { get; init; }

    private static readonly DocumentsPhrases Spanish = new()
    {
        Capability = "tus documentos",
        ADeal = "un trámite",
        HowToSend = "Puedes subirlos desde tu cuenta en el portal, en la sección de documentos, o adjuntarlos aquí mismo en el chat; en cuanto los recibimos los registro y te aviso qué falta.",
        WhichDeal = "a qué trámite corresponde tu documento",
        NotTaken = document => $"Ese trámite no pide {document}, así que no lo registré.",
        FileComplete = (deal, plate) => $"Tu expediente de {deal} del auto {plate} está completo.",
        Missing = (deal, plate, documents) => $"Para la {deal} del auto {plate} faltan: {documents}. Puedes subirlos desde tu cuenta o enviarlos por este chat.",
        AlreadyHad = document => $"Ya teníamos tu {document}.",
        Recorded = document => $"Registré tu {document}.",
        NowComplete = "Con eso tu expediente queda completo.",
        StillMissing = documents => $"Aún faltan: {documents}.",
        Deal = kind => kind == DealKind.Sale ? "venta" : "compra",
    };

    public static Phrasebook<DocumentsPhrases> Book { get; } = new(
        Spanish,
        Spanish with
        {
            HowToSend = "Puede subirlos desde su cuenta en el portal, en la sección de documentos, o adjuntarlos aquí mismo en el chat; en cuanto los recibimos los registro y le aviso qué falta.",
            WhichDeal = "a qué trámite corresponde su documento",
            NotTaken = document => $"Ese trámite no requiere {document}, así que no lo registré.",
            FileComplete = (deal, plate) => $"Su expediente de {deal} del auto {plate} está completo.",
            Missing = (deal, plate, documents) => $"Para la {deal} del auto {plate} faltan: {documents}. Puede subirlos desde su cuenta o enviarlos por este chat.",
            AlreadyHad = document => $"Ya teníamos su {document}.",
            Recorded = document => $"Registré su {document}.",
            NowComplete = "Con eso su expediente queda completo.",
        },
        new()
        {
            Capability = "your documents",
            ADeal = "a deal",
            HowToSend = "You can upload them from your account in the portal, in the documents section, or attach them right here in the chat; as soon as we receive them I record them and tell you what is left.",
            WhichDeal = "which deal your document belongs to",
            NotTaken = document => $"That deal does not take a {document}, so I did not record it.",
            FileComplete = (deal, plate) => $"Your file for the {deal} of car {plate} is complete.",
            Missing = (deal, plate, documents) => $"For the {deal} of car {plate} we still need: {documents}. You can upload them from your account or send them in this chat.",
            AlreadyHad = document => $"We already had your {document}.",
            Recorded = document => $"I recorded your {document}.",
            NowComplete = "With that your file is complete.",
            StillMissing = documents => $"Still missing: {documents}.",
            Deal = kind => kind == DealKind.Sale ? "sale" : "purchase",
        });
}
