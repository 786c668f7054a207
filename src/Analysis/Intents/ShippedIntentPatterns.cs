using System.Text.RegularExpressions;

namespace AgentSupport.Workbench.Analysis.Intents;

/// <summary>
/// The patterns of the shipped intent table (Config/intents.json, both modes), compiled when the analysis is built.
/// Compiling a pattern at run time costs a fresh process about 0.1 s, and ahead-of-time builds cannot compile at run
/// time at all (the interpreter matches about 7× slower). A configuration that uses other patterns gets them compiled
/// at run time as before; a test keeps this list equal to the shipped table.
/// </summary>
internal static partial class ShippedIntentPatterns
{
    /// <summary>The options every intent pattern is matched with (<see cref="IntentCatalog"/> adds Compiled for the others).</summary>
    public const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly Dictionary<string, Regex> ByPattern = new Regex[]
    {
        Offer24hWords(), Offer24hSeed(),
        StatusEvalWords(), StatusEvalSeed(),
        PaymentStatusWords(), PaymentStatusSeed(),
        RescheduleInspectionWords(), RescheduleInspectionSeed(),
        CreditPrequalWords(), CreditPrequalSeed(),
        WarrantyClaimWords(), WarrantyClaimSeed(),
        KycDocsWords(), KycDocsSeed(),
        AppointmentWords(), AppointmentSeed(),
    }.ToDictionary(regex => regex.ToString(), StringComparer.Ordinal);

    /// <summary>Every precompiled pattern, as written in the table.</summary>
    public static IReadOnlyCollection<string> Patterns => ByPattern.Keys;

    /// <summary>The precompiled pattern with exactly this text, or null for a pattern of another table.</summary>
    public static Regex? Find(string pattern) => ByPattern.GetValueOrDefault(pattern);

    [GeneratedRegex(@"\b(oferta|offer)\b.*\b24\s*(h|hrs|horas|hours)\b", Options)]
    private static partial Regex Offer24hWords();

    [GeneratedRegex(@"oferta.*24|offer.*24", Options)]
    private static partial Regex Offer24hSeed();

    [GeneratedRegex(@"\bevaluaci[oó]n mec[aá]nica\b|\bstatus\b.*\b(eval\w*|inspection)\b|\bestado\b.*\binspecci[oó]n\b", Options)]
    private static partial Regex StatusEvalWords();

    [GeneratedRegex(@"evaluaci[oó]n mec[aá]nica|status.*(eval|inspection)|estado.*inspecci[oó]n", Options)]
    private static partial Regex StatusEvalSeed();

    [GeneratedRegex(@"\b(pagos?|transferencias?|dep[oó]sitos?|payments?|payouts?)\b", Options)]
    private static partial Regex PaymentStatusWords();

    [GeneratedRegex(@"pago(s)?|transferencia|deposit(o|ó)", Options)]
    private static partial Regex PaymentStatusSeed();

    [GeneratedRegex(@"\breprogram\w*\b.*\b(inspecci[oó]n|visita)\b|\bcambiar\b.*\bcita\b|\breschedul\w*", Options)]
    private static partial Regex RescheduleInspectionWords();

    [GeneratedRegex(@"reprogram(ar|aci[oó]n).*(inspecci[oó]n|visita)|cambiar.*cita", Options)]
    private static partial Regex RescheduleInspectionSeed();

    [GeneratedRegex(@"\b(cr[eé]ditos?|tasas?|financiamiento|pre-?\s?aprobaci[oó]n|credit|loans?)\b", Options)]
    private static partial Regex CreditPrequalWords();

    [GeneratedRegex(@"cr[eé]dito|tasa(s)?|financ(i|)amiento|pre(-| )?aprobaci[oó]n", Options)]
    private static partial Regex CreditPrequalSeed();

    [GeneratedRegex(@"\b(garant[ií]as?|falla el[eé]ctrica|warrant(y|ies))\b", Options)]
    private static partial Regex WarrantyClaimWords();

    [GeneratedRegex(@"garant[ií]a|falla el[eé]ctrica", Options)]
    private static partial Regex WarrantyClaimSeed();

    [GeneratedRegex(@"\b(documentos?|documentaci[oó]n|kyc|identificaci[oó]n|comprobantes?|documents?)\b", Options)]
    private static partial Regex KycDocsWords();

    [GeneratedRegex(@"document(o|os|aci[oó]n)|KYC|identificaci[oó]n|comprobante", Options)]
    private static partial Regex KycDocsSeed();

    [GeneratedRegex(@"\b(citas?|agendar|programar|appointments?)\b", Options)]
    private static partial Regex AppointmentWords();

    [GeneratedRegex(@"(cita|agendar|programar)", Options)]
    private static partial Regex AppointmentSeed();
}
