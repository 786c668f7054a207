namespace AgentSupport.Agent.Offline.Agent.Skills;

/// <summary>How <see cref="PayoutSkill"/> words a payout. Sentences take the amount and dates already worded.</summary>
internal sealed record PayoutPhrases
{
    public required string Capability { get; init; }

    /// <summary>What was not found when the tracker fails.</summary>
    public required string APayment { get; init; }

    /// <summary>Amount, plate, transfer date, SPEI reference (if any), account's last four digits (if any).</summary>
    public required Func<string, string, string, string?, string?, string> Transferred { get; init; }

    /// <summary>Amount, plate, the date it was due.</summary>
    public required Func<string, string, string, string> Overdue { get; init; }

    /// <summary>Amount, plate, expected transfer date.</summary>
    public required Func<string, string, string, string> Approved { get; init; }

    /// <summary>Amount, plate, the missing documents, the business days the transfer takes once they arrive.</summary>
    public required Func<string, string, string, int, string> OnHold { get; init; }

    /// <summary>Amount, plate, estimated transfer date.</summary>
    public required Func<string, string, string, string> UnderReview { get; init; }

    /// <summary>Where a payout not yet transferred goes: the account's last four digits.</summary>
    public required Func<string, string> IntoAccount { get; init; }

    /// <summary>Stands for a transfer date the tracker does not know yet.</summary>
    public required string ToBeConfirmed { get; init; }

    private static readonly PayoutPhrases Spanish = new()
    {
        Capability = "tus pagos",
        APayment = "un pago",
        Transferred = (amount, plate, date, reference, account) =>
            $"El pago de {amount} por tu auto {plate} se transfirió el {date}{(reference is null ? "" : $", con referencia SPEI {reference}")}{(account is null ? "" : $", a tu cuenta terminación {account}")}.",
        Overdue = (amount, plate, due) => $"El pago de {amount} por tu auto {plate} está aprobado y debió transferirse el {due}; ya está retrasado, así que lo marco como prioritario.",
        Approved = (amount, plate, expected) => $"El pago de {amount} por tu auto {plate} ya está aprobado; la transferencia está prevista para el {expected}.",
        OnHold = (amount, plate, documents, days) =>
            $"El pago de {amount} por tu auto {plate} está detenido porque faltan documentos: {documents}. En cuanto los recibamos, se transfiere en unos {days} días hábiles.",
        UnderReview = (amount, plate, expected) => $"El pago de {amount} por tu auto {plate} está en revisión; la fecha estimada de transferencia es el {expected}.",
        IntoAccount = account => $"Se depositará en tu cuenta con terminación {account}.",
        ToBeConfirmed = "(por confirmar)",
    };

    public static Phrasebook<PayoutPhrases> Book { get; } = new(
        Spanish,
        Spanish with
        {
            Transferred = (amount, plate, date, reference, account) =>
                $"El pago de {amount} por su auto {plate} se transfirió el {date}{(reference is null ? "" : $", con referencia SPEI {reference}")}{(account is null ? "" : $", a su cuenta terminación {account}")}.",
            Overdue = (amount, plate, due) => $"El pago de {amount} por su auto {plate} está aprobado y debió transferirse el {due}; ya está retrasado, así que lo marco como prioritario.",
            Approved = (amount, plate, expected) => $"El pago de {amount} por su auto {plate} ya está aprobado; la transferencia está prevista para el {expected}.",
            OnHold = (amount, plate, documents, days) =>
                $"El pago de {amount} por su auto {plate} está detenido porque faltan documentos: {documents}. En cuanto los recibamos, se transfiere en unos {days} días hábiles.",
            UnderReview = (amount, plate, expected) => $"El pago de {amount} por su auto {plate} está en revisión; la fecha estimada de transferencia es el {expected}.",
            IntoAccount = account => $"Se depositará en su cuenta con terminación {account}.",
        },
        new()
        {
            Capability = "your payments",
            APayment = "a payment",
            Transferred = (amount, plate, date, reference, account) =>
                $"The payment of {amount} for your car {plate} was transferred on {date}{(reference is null ? "" : $", SPEI reference {reference}")}{(account is null ? "" : $", to your account ending in {account}")}.",
            Overdue = (amount, plate, due) => $"The payment of {amount} for your car {plate} is approved and was due on {due}; it is overdue, so I am flagging it as a priority.",
            Approved = (amount, plate, expected) => $"The payment of {amount} for your car {plate} is approved; the transfer is expected on {expected}.",
            OnHold = (amount, plate, documents, days) =>
                $"The payment of {amount} for your car {plate} is on hold because documents are missing: {documents}. Once we receive them, it is transferred within about {days} business days.",
            UnderReview = (amount, plate, expected) => $"The payment of {amount} for your car {plate} is under review; the estimated transfer date is {expected}.",
            IntoAccount = account => $"It will be paid into your account ending in {account}.",
            ToBeConfirmed = "(to be confirmed)",
        });
}
