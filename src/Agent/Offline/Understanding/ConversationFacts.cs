namespace AgentSupport.Agent.Offline.Understanding;

/// <summary>
/// What the customer has told so far, read from their messages; a later mention replaces an earlier one.
/// Values are already in the form the plugins take (plates as typed, components and document kinds by
/// their English names, dates in the customer's calendar).
/// </summary>
internal sealed record ConversationFacts
{
    public string? Plate { get; init; }
    public DateOnly? Date { get; init; }
    public TimeOnly? Time { get; init; }
    public decimal? MonthlyIncome { get; init; }
    public decimal? CarPrice { get; init; }
    public decimal? DownPayment { get; init; }

    /// <summary>A down payment given as a share of the price ("20% de enganche"); the latest of it and <see cref="DownPayment"/> counts.</summary>
    public decimal? DownPaymentPercent { get; init; }
    public int? TermMonths { get; init; }
    public int? Km { get; init; }
    public int? Year { get; init; }
    public string? Component { get; init; }
    public string? Condition { get; init; }
    public string? DocumentKind { get; init; }

    /// <summary>The customer says they already sent a document (rather than asking which are missing).</summary>
    public bool SubmittedDocument { get; init; }

    /// <summary>visit, test_drive or delivery.</summary>
    public string? AppointmentType { get; init; }

    public string? OfferId { get; init; }
    public bool WantsToAcceptOffer { get; init; }

    /// <summary>Free text naming a place (city or hub) for an appointment, matched against the hub list later.</summary>
    public string? PlaceText { get; init; }

    /// <summary>The customer takes the first free slot ("el primer horario libre", "earliest slot is fine", "cualquiera").</summary>
    public bool WantsEarliest { get; init; }

    /// <summary>The down payment in pesos: as said, or its share of the price once the price is known.</summary>
    public decimal? DownPaymentAmount => DownPayment ?? (DownPaymentPercent is { } percent && CarPrice is { } price ? Math.Round(price * percent / 100m) : null);
}
