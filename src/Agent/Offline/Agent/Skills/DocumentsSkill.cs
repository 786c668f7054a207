using System.Text.Json;
using System.Text.RegularExpressions;
using AgentSupport.Agent.Offline.Understanding;
using AgentSupport.Plugins.Common;
using AgentSupport.Plugins.Documents;

namespace AgentSupport.Agent.Offline.Agent.Skills;

/// <summary>kyc_docs: which documents are missing for a sale or purchase, and recording one the customer sent.</summary>
internal sealed partial class DocumentsSkill : IIntentSkill
{
    private const string ListMissing = DocumentsKycPlugin.ListMissingDocuments;
    private const string Record = DocumentsKycPlugin.RecordSubmittedDocument;

    public string Intent => Intents.Documents;

    public string Plugin => DocumentsKycPlugin.Name;

    public IReadOnlyList<string> Answers { get; } = [ListMissing, Record];

    public string Capability(AgentTurn turn) => DocumentsPhrases.Book.For(turn).Capability;

    public AgentStep Next(AgentTurn turn)
    {
        var say = DocumentsPhrases.Book.For(turn);
        var outcome = turn.LastOutcome;
        if (outcome is not null && outcome.Is(Plugin, Record))
        {
            if (outcome.Value<DocumentRecorded>() is { } recorded)
            {
                return AgentStep.Say(Recorded(turn, recorded), completes: true);
            }

            // A deal that does not take that document: say so with what it does need.
            return outcome.ErrorCode == ToolErrorCodes.InvalidArgument && outcome.Argument("plate") is { } dealPlate
                ? AgentStep.Call(Plugin, ListMissing, CommonReplies.Arguments(("plate", dealPlate)))
                : CommonReplies.Failure(turn, outcome, say.ADeal);
        }

        if (outcome is null && AsksHowToSend().IsMatch(turn.Conversation.LatestUserText)
            && turn.Conversation.AllOutcomes.Any(earlier => earlier.Ok && earlier.Plugin == Plugin))
        {
            return AgentStep.Say(say.HowToSend, completes: true);
        }

        var facts = turn.Facts;
        // Once recorded, a document is not recorded again when the conversation goes on.
        var refused = turn.TurnOutcomes.FirstOrDefault(earlier => !earlier.Ok && earlier.Is(Plugin, Record));
        var submitted = facts.SubmittedDocument && facts.DocumentKind is { } named && refused is null
            && !turn.Conversation.AllOutcomes.Any(earlier => earlier.Ok && earlier.Is(Plugin, Record) && earlier.Argument("documentKind") == named)
            ? named
            : null;
        var checklist = outcome is not null && outcome.Is(Plugin, ListMissing) ? outcome.Value<DocumentChecklist>() : null;
        if (outcome is not null && outcome.Is(Plugin, ListMissing) && checklist is null)
        {
            return CommonReplies.Failure(turn, outcome, say.ADeal);
        }

        if (submitted is not null)
        {
            // A document belongs to one deal: the plate says which, or the customer's deals do when only one can take it.
            if (facts.Plate is { } plate)
            {
                return AgentStep.Call(Plugin, Record, CommonReplies.Arguments(("documentKind", submitted), ("plate", plate)));
            }

            if (checklist is null)
            {
                return AgentStep.Call(Plugin, ListMissing, CommonReplies.Arguments());
            }

            return DealFor(turn, checklist, submitted) is { } deal
                ? AgentStep.Call(Plugin, Record, CommonReplies.Arguments(("documentKind", submitted), ("plate", deal.Plate)))
                : CommonReplies.AskWhichPlate(turn, checklist.Deals.Select(d => d.Plate).ToList(), say.WhichDeal);
        }

        if (checklist is null)
        {
            return AgentStep.Call(Plugin, ListMissing, CommonReplies.Arguments(("plate", facts.Plate)));
        }

        var answer = CommonReplies.Records(turn, checklist.Deals, deal => Describe(turn, deal));
        return refused?.Argument("documentKind") is { } refusedKind && KindOf(refusedKind) is { } notNeeded && answer is AgentStep.Reply reply
            ? reply with { Text = say.NotTaken(DocumentNames.Name(notNeeded, turn.Language)) + " " + reply.Text }
            : answer;
    }

    /// <summary>
    /// The deal the document belongs to: the customer's deals narrowed by what they said about it (a sale, a purchase,
    /// a financed one), then the only one still missing that kind of document; null when that leaves a choice.
    /// </summary>
    private static DealDocuments? DealFor(AgentTurn turn, DocumentChecklist checklist, string kind)
    {
        var said = string.Join("\n", turn.State.TextsOfCurrentTask);
        IReadOnlyList<DealDocuments> deals = checklist.Deals;
        deals = Narrow(deals, deal => deal.Kind == DealKind.Sale, SaleWords().IsMatch(said));
        deals = Narrow(deals, deal => deal.Kind == DealKind.Purchase, PurchaseWords().IsMatch(said));
        deals = Narrow(deals, Financed, FinancingWords().IsMatch(said));
        if (deals.Count == 1)
        {
            return deals[0];
        }

        var missing = deals.Where(deal => deal.Missing.Any(document => JsonNamingPolicy.SnakeCaseLower.ConvertName(document.Kind.ToString()) == kind)).ToList();
        return missing.Count == 1 ? missing[0] : null;
    }

    private static DocumentKind? KindOf(string name) =>
        Enum.GetValues<DocumentKind>().Cast<DocumentKind?>().FirstOrDefault(kind => JsonNamingPolicy.SnakeCaseLower.ConvertName(kind!.Value.ToString()) == name);

    private static IReadOnlyList<DealDocuments> Narrow(IReadOnlyList<DealDocuments> deals, Func<DealDocuments, bool> matches, bool said) =>
        said && deals.Any(matches) ? deals.Where(matches).ToList() : deals;

    /// <summary>A financed purchase is the one that asks for proof of income.</summary>
    private static bool Financed(DealDocuments deal) =>
        deal.Missing.Any(document => document.Kind == DocumentKind.ProofOfIncome) || deal.Received.Any(document => document.Kind == DocumentKind.ProofOfIncome);

    [GeneratedRegex(@"\b(vend\w*|venta|sale|sold|sell\w*|payout|me paguen|pago)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SaleWords();

    [GeneratedRegex(@"\b(compr(a|as|o|[eé]|ar|amos|aron|ado|ando)|purchas\w*|buy\w*|bought)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PurchaseWords();

    [GeneratedRegex(@"\b(cr[eé]dito|financ\w*|pr[eé]stamo|loan|credit)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FinancingWords();

    private static string Describe(AgentTurn turn, DealDocuments deal)
    {
        var say = DocumentsPhrases.Book.For(turn);
        var what = say.Deal(deal.Kind);
        return deal.Complete || deal.Missing.Count == 0
            ? say.FileComplete(what, deal.Plate)
            : say.Missing(what, deal.Plate, DocumentNames.List(deal.Missing.Select(d => d.Kind), turn.Language));
    }

    private static string Recorded(AgentTurn turn, DocumentRecorded recorded)
    {
        var say = DocumentsPhrases.Book.For(turn);
        var name = DocumentNames.Name(recorded.Kind, turn.Language);
        var received = recorded.AlreadyReceived ? say.AlreadyHad(name) : say.Recorded(name);
        var rest = recorded.StillMissing.Count == 0
            ? say.NowComplete
            : say.StillMissing(DocumentNames.List(recorded.StillMissing.Select(d => d.Kind), turn.Language));
        return $"{received} {rest}";
    }

    [GeneratedRegex(@"\b(c[oó]mo|d[oó]nde|por d[oó]nde)\b.*\b(hago llegar|mando|env[ií]o|subo|entrego|mandarlos|enviarlos|subirlos)\b|\b(how|where)\b.*\b(send|get them to you|upload|submit|deliver)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsksHowToSend();
}
