using AgentSupport.Agent.Offline.Understanding;
using AgentSupport.Plugins.Payouts;

namespace AgentSupport.Agent.Offline.Agent.Skills;

/// <summary>payment_status: when the customer gets paid for the car they sold us.</summary>
internal sealed class PayoutSkill : IIntentSkill
{
    public string Intent => Intents.Payout;

    public string Plugin => PayoutTrackerPlugin.Name;

    public IReadOnlyList<string> Answers { get; } = [PayoutTrackerPlugin.GetPayoutStatus];

    public string Capability(AgentTurn turn) => PayoutPhrases.Book.For(turn).Capability;

    public AgentStep Next(AgentTurn turn)
    {
        var outcome = turn.LastOutcome;
        if (outcome is null || !outcome.Is(Plugin, PayoutTrackerPlugin.GetPayoutStatus))
        {
            // Without a plate the tracker answers for all the customer's payouts, usually just one.
            return AgentStep.Call(Plugin, PayoutTrackerPlugin.GetPayoutStatus, CommonReplies.Arguments(("plate", turn.Facts.Plate)));
        }

        if (outcome.Value<PayoutStatusReport>() is not { } report)
        {
            return CommonReplies.Failure(turn, outcome, PayoutPhrases.Book.For(turn).APayment);
        }

        return CommonReplies.Records(turn, report.Payouts, payout => Describe(turn, payout) + Account(turn, payout));
    }

    private static string Describe(AgentTurn turn, PayoutStatus payout)
    {
        var say = PayoutPhrases.Book.For(turn);
        var amount = Wording.Money(payout.AmountMxn, turn.Language);
        return payout.Stage switch
        {
            PayoutStage.Transferred => say.Transferred(amount, payout.Plate, Wording.Date(payout.TransferredAt ?? turn.Now, turn.Language, turn.Today), payout.Reference, payout.BankAccountLast4),
            PayoutStage.Approved when payout.Overdue => say.Overdue(amount, payout.Plate, Expected(turn, payout)),
            PayoutStage.Approved => say.Approved(amount, payout.Plate, Expected(turn, payout)),
            _ when payout.MissingDocuments.Count > 0 => say.OnHold(amount, payout.Plate, DocumentNames.List(payout.MissingDocuments.Select(d => d.Kind), turn.Language),
                PayoutTrackerPlugin.ReviewBusinessDays + PayoutTrackerPlugin.TransferBusinessDays),
            _ => say.UnderReview(amount, payout.Plate, Expected(turn, payout)),
        };
    }

    /// <summary>Where the money goes, for a payout not yet transferred (a transferred one names its account already).</summary>
    private static string Account(AgentTurn turn, PayoutStatus payout) =>
        payout.Stage == PayoutStage.Transferred || payout.BankAccountLast4 is null
            ? ""
            : " " + PayoutPhrases.Book.For(turn).IntoAccount(payout.BankAccountLast4);

    private static string Expected(AgentTurn turn, PayoutStatus payout) =>
        payout.ExpectedTransferDate is { } date ? Wording.Date(date, turn.Language, turn.Today) : PayoutPhrases.Book.For(turn).ToBeConfirmed;
}
