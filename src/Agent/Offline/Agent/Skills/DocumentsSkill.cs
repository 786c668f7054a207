using AgentSupport.Agent.Offline.Understanding;
using AgentSupport.Plugins.Documents;

namespace AgentSupport.Agent.Offline.Agent.Skills;

/// <summary>kyc_docs: which documents are missing for a sale or purchase, and recording one the customer sent.</summary>
internal sealed class DocumentsSkill : IIntentSkill
{
    private const string ListMissing = "list_missing_documents";
    private const string Record = "record_submitted_document";

    public string Intent => Intents.Documents;

    public string Plugin => "DocumentsKyc";

    public AgentStep Next(AgentTurn turn)
    {
        var outcome = turn.LastOutcome;
        if (outcome is not null && outcome.Is(Plugin, Record))
        {
            return outcome.Value<DocumentRecorded>() is { } recorded
                ? AgentStep.Say(Recorded(turn, recorded), completes: true)
                : CommonReplies.Failure(turn, outcome, turn.L("un trámite", "a deal"));
        }

        if (outcome is not null && outcome.Is(Plugin, ListMissing))
        {
            return outcome.Value<DocumentChecklist>() is { } checklist
                ? AgentStep.Say($"{CommonReplies.Lead(turn)} {string.Join(" ", checklist.Deals.Take(2).Select(deal => Describe(turn, deal)))}", completes: true)
                : CommonReplies.Failure(turn, outcome, turn.L("un trámite", "a deal"));
        }

        var facts = turn.Facts;
        if (facts.SubmittedDocument && facts.DocumentKind is { } kind)
        {
            // A document belongs to one deal: the plate says which.
            return facts.Plate is { } plate
                ? AgentStep.Call(Plugin, Record, CommonReplies.Arguments(("documentKind", kind), ("plate", plate)))
                : CommonReplies.AskPlate(turn, turn.L("a qué trámite corresponde tu documento", "which deal your document belongs to", "a qué trámite corresponde su documento"));
        }

        return AgentStep.Call(Plugin, ListMissing, CommonReplies.Arguments(("plate", facts.Plate)));
    }

    private static string Describe(AgentTurn turn, DealDocuments deal)
    {
        var what = Deal(turn, deal.Kind);
        return deal.Complete || deal.Missing.Count == 0
            ? turn.L(
                $"Tu expediente de {what} del auto {deal.Plate} está completo.",
                $"Your file for the {what} of car {deal.Plate} is complete.",
                $"Su expediente de {what} del auto {deal.Plate} está completo.")
            : turn.L(
                $"Para la {what} del auto {deal.Plate} faltan: {DocumentNames.List(deal.Missing.Select(d => d.Kind), turn.Language)}. Puedes subirlos desde tu cuenta o enviarlos por este chat.",
                $"For the {what} of car {deal.Plate} we still need: {DocumentNames.List(deal.Missing.Select(d => d.Kind), turn.Language)}. You can upload them from your account or send them in this chat.",
                $"Para la {what} del auto {deal.Plate} faltan: {DocumentNames.List(deal.Missing.Select(d => d.Kind), turn.Language)}. Puede subirlos desde su cuenta o enviarlos por este chat.");
    }

    private static string Recorded(AgentTurn turn, DocumentRecorded recorded)
    {
        var name = DocumentNames.Name(recorded.Kind, turn.Language);
        var received = recorded.AlreadyReceived
            ? turn.L($"Ya teníamos tu {name}.", $"We already had your {name}.", $"Ya teníamos su {name}.")
            : turn.L($"Registré tu {name}.", $"I recorded your {name}.", $"Registré su {name}.");
        var rest = recorded.StillMissing.Count == 0
            ? turn.L("Con eso tu expediente queda completo.", "With that your file is complete.", "Con eso su expediente queda completo.")
            : turn.L(
                $"Aún faltan: {DocumentNames.List(recorded.StillMissing.Select(d => d.Kind), turn.Language)}.",
                $"Still missing: {DocumentNames.List(recorded.StillMissing.Select(d => d.Kind), turn.Language)}.");
        return $"{received} {rest}";
    }

    private static string Deal(AgentTurn turn, DealKind kind) => kind == DealKind.Sale ? turn.L("venta", "sale") : turn.L("compra", "purchase");
}
