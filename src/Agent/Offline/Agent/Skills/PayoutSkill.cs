using AgentSupport.Agent.Offline.Understanding;
using AgentSupport.Plugins.Payouts;

namespace AgentSupport.Agent.Offline.Agent.Skills;

/// <summary>payment_status: when the customer gets paid for the car they sold us.</summary>
internal sealed class PayoutSkill : IIntentSkill
{
    public string Intent => Intents.Payout;

    public string Plugin => PayoutTrackerPlugin.Name;

    public IReadOnlyList<string> Answers { get; } = [PayoutTrackerPlugin.GetPayoutStatus];

    public string Capability(AgentTurn turn) => turn.L("tus pagos", "your payments");

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
            return CommonReplies.Failure(turn, outcome, turn.L("un pago", "a payment"));
        }

        return CommonReplies.Records(turn, report.Payouts, payout => Describe(turn, payout) + Account(turn, payout));
    }

    private static string Describe(AgentTurn turn, PayoutStatus payout)
    {
        var amount = Wording.Money(payout.AmountMxn, turn.Language);
        return payout.Stage switch
        {
            PayoutStage.Transferred => turn.L(
                $"El pago de {amount} por tu auto {payout.Plate} se transfirió el {Wording.Date(payout.TransferredAt ?? turn.Now, turn.Language, turn.Today)}" +
                $"{(payout.Reference is null ? "" : $", con referencia SPEI {payout.Reference}")}{(payout.BankAccountLast4 is null ? "" : $", a tu cuenta terminación {payout.BankAccountLast4}")}.",
                $"The payment of {amount} for your car {payout.Plate} was transferred on {Wording.Date(payout.TransferredAt ?? turn.Now, turn.Language, turn.Today)}" +
                $"{(payout.Reference is null ? "" : $", SPEI reference {payout.Reference}")}{(payout.BankAccountLast4 is null ? "" : $", to your account ending in {payout.BankAccountLast4}")}.",
                $"El pago de {amount} por su auto {payout.Plate} se transfirió el {Wording.Date(payout.TransferredAt ?? turn.Now, turn.Language, turn.Today)}" +
                $"{(payout.Reference is null ? "" : $", con referencia SPEI {payout.Reference}")}{(payout.BankAccountLast4 is null ? "" : $", a su cuenta terminación {payout.BankAccountLast4}")}."),
            PayoutStage.Approved when payout.Overdue => turn.L(
                $"El pago de {amount} por tu auto {payout.Plate} está aprobado y debió transferirse el {Expected(turn, payout)}; ya está retrasado, así que lo marco como prioritario.",
                $"The payment of {amount} for your car {payout.Plate} is approved and was due on {Expected(turn, payout)}; it is overdue, so I am flagging it as a priority.",
                $"El pago de {amount} por su auto {payout.Plate} está aprobado y debió transferirse el {Expected(turn, payout)}; ya está retrasado, así que lo marco como prioritario."),
            PayoutStage.Approved => turn.L(
                $"El pago de {amount} por tu auto {payout.Plate} ya está aprobado; la transferencia está prevista para el {Expected(turn, payout)}.",
                $"The payment of {amount} for your car {payout.Plate} is approved; the transfer is expected on {Expected(turn, payout)}.",
                $"El pago de {amount} por su auto {payout.Plate} ya está aprobado; la transferencia está prevista para el {Expected(turn, payout)}."),
            _ when payout.MissingDocuments.Count > 0 => turn.L(
                $"El pago de {amount} por tu auto {payout.Plate} está detenido porque faltan documentos: {DocumentNames.List(payout.MissingDocuments.Select(d => d.Kind), turn.Language)}. En cuanto los recibamos, se transfiere en unos {PayoutTrackerPlugin.ReviewBusinessDays + PayoutTrackerPlugin.TransferBusinessDays} días hábiles.",
                $"The payment of {amount} for your car {payout.Plate} is on hold because documents are missing: {DocumentNames.List(payout.MissingDocuments.Select(d => d.Kind), turn.Language)}. Once we receive them, it is transferred within about {PayoutTrackerPlugin.ReviewBusinessDays + PayoutTrackerPlugin.TransferBusinessDays} business days.",
                $"El pago de {amount} por su auto {payout.Plate} está detenido porque faltan documentos: {DocumentNames.List(payout.MissingDocuments.Select(d => d.Kind), turn.Language)}. En cuanto los recibamos, se transfiere en unos {PayoutTrackerPlugin.ReviewBusinessDays + PayoutTrackerPlugin.TransferBusinessDays} días hábiles."),
            _ => turn.L(
                $"El pago de {amount} por tu auto {payout.Plate} está en revisión; la fecha estimada de transferencia es el {Expected(turn, payout)}.",
                $"The payment of {amount} for your car {payout.Plate} is under review; the estimated transfer date is {Expected(turn, payout)}.",
                $"El pago de {amount} por su auto {payout.Plate} está en revisión; la fecha estimada de transferencia es el {Expected(turn, payout)}."),
        };
    }

    /// <summary>Where the money goes, for a payout not yet transferred (a transferred one names its account already).</summary>
    private static string Account(AgentTurn turn, PayoutStatus payout) =>
        payout.Stage == PayoutStage.Transferred || payout.BankAccountLast4 is null
            ? ""
            : " " + turn.L(
                $"Se depositará en tu cuenta con terminación {payout.BankAccountLast4}.",
                $"It will be paid into your account ending in {payout.BankAccountLast4}.",
                $"Se depositará en su cuenta con terminación {payout.BankAccountLast4}.");

    private static string Expected(AgentTurn turn, PayoutStatus payout) =>
        payout.ExpectedTransferDate is { } date ? Wording.Date(date, turn.Language, turn.Today) : turn.L("(por confirmar)", "(to be confirmed)");
}
