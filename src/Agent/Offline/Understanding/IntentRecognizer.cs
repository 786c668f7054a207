using System.Text.RegularExpressions;
using AgentSupport.Agent.Offline.Understanding.Facts;

namespace AgentSupport.Agent.Offline.Understanding;

/// <summary>
/// Recognises what a customer message asks for, in Spanish or English, with whole-word patterns (so
/// "solicita" is no "cita"). The design's default patterns are the core; a few common phrasings are added
/// so the agent understands customers who never say the table's keywords. When several intents match,
/// the most specific wins (moving an inspection before booking an appointment, and so on).
/// </summary>
internal static partial class IntentRecognizer
{
    private static readonly (string Intent, Func<string, bool> Matches)[] ByPriority =
    [
        // "me cobraron dos veces la inspección", "a charge on my credit card": a billing complaint, whatever else it names.
        (ConversationIntents.SupportTicket, Complaint().IsMatch),
        (Intents.Reschedule, Reschedule().IsMatch),
        (Intents.Offer, Offer().IsMatch),
        (Intents.Warranty, Warranty().IsMatch),
        // "no enfria el clima", "the steering is loose": a part of the car and a symptom is a failure to check against the warranty.
        (Intents.Warranty, text => ComponentRecognizer.In(text) is not null && Symptom().IsMatch(text)),
        (Intents.InspectionStatus, InspectionStatus().IsMatch),
        // "Ya envié mi comprobante de ingresos", "record my tenencia payment receipts": a named document that was sent
        // or is to be recorded is about documents, whatever credit or payment words come with it.
        (Intents.Documents, SubmitsDocument),
        (Intents.Credit, Credit().IsMatch),
        // "comprobante de pago de tenencias" is about documents, not the payout.
        (Intents.Documents, Documents().IsMatch),
        (Intents.Payout, Payout().IsMatch),
        (Intents.Appointment, Appointment().IsMatch),
    ];

    /// <summary>The most specific intent of one message, or null.</summary>
    public static string? Recognize(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : ByPriority.FirstOrDefault(entry => entry.Matches(text)).Intent;

    /// <summary>True when the message names a document kind and says it was sent or asks to record it.</summary>
    public static bool SubmitsDocument(string text) => DocumentRecognizer.KindIn(text) is not null && DocumentRecognizer.SaysSubmitted(text);

    public static bool AsksForHuman(string text) => HumanRequest().IsMatch(text);

    public static bool IsThanksOrGoodbye(string text) => Thanks().IsMatch(text);

    public static bool IsGreeting(string text) => Greeting().IsMatch(text);

    public static bool IsAffirmative(string text) => Affirmative().IsMatch(text);

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\breprogram\w*\b.*\b(inspecci[oó]n|visita)\b|\bcambiar\b.*\bcita\b|\breschedul\w*|\b(mover|cambiar|recorrer)\b.*\binspecci[oó]n\b|\bmove\b.*\binspection\b|\b(cambi(a|ar|as|en|ame|arme)|mov(er|emos|amos|erla|erlo|ela)|reagend\w*|recorr\w*|reprogram\w*)\b.*\b(inspecci[oó]n|revisi[oó]n|evaluaci[oó]n)\b|\binspection\b.*\b(be )?(moved|rescheduled|pushed)\b", Options)]
    private static partial Regex Reschedule();

    [GeneratedRegex(@"\b(oferta|offer)\b.*\b24\s*(h|hrs|horas|hours)\b|\b24\s*-?\s*(h|hrs|horas|hours?)\b.*\b(oferta|offer)\b|\b(nueva|otra)\s+(oferta|cotizaci[oó]n)\b|\b(new|another)\s+(offer|quote)\b|\b(mi|my)\s+(oferta|offer)\b|\b(acept\w*|accept\w*)\b.*\b(oferta|offer)\b|\bofferin24\b|\b(vender|venderles|vendo)\b.*\b(auto|coche|carro|veh[ií]culo)\b|\bsell\b.*\bcar\b|\bcu[aá]nto me (dan|dar[ií]an|ofrecen|ofrecer[ií]an|pagan|pagar[ií]an) por\b|\bhow much (would|will|can) you (pay|give|offer)\b|\b(cotizaci[oó]n|cotizar|quote)\b", Options)]
    private static partial Regex Offer();

    [GeneratedRegex(@"\b(me cobraron|cobr(o|aron) (doble|de m[aá]s|dos veces)|(un|el) (cobro|cargo) (doble|duplicado|indebido|raro|que (no|yo no))|reembolso|queja|quejarme|charged (me )?twice|double charged|overcharged|refund|complain\w*|(a|the) charge (on|i|that|from))\b", Options)]
    private static partial Regex Complaint();

    [GeneratedRegex(@"\b(garant[ií]as?|falla el[eé]ctrica|warrant(y|ies))\b", Options)]
    private static partial Regex Warranty();

    [GeneratedRegex(@"\bevaluaci[oó]n mec[aá]nica\b|\bstatus\b.*\b(eval\w*|inspection)\b|\bestado\b.*\binspecci[oó]n\b|\binspection status\b|\b(c[oó]mo va|c[oó]mo vamos con)\b.*\b(inspecci[oó]n|revisi[oó]n|evaluaci[oó]n)\b|\bhow is\b.*\binspection\b|\b(did|have|has) (you|u|they|the mechanic)( guys)? (check|checked|inspect|inspected)\b|\bya (revisaron|checaron|inspeccionaron)\b|\b(taller|workshop)\b", Options)]
    private static partial Regex InspectionStatus();

    [GeneratedRegex(@"\b(cr[eé]ditos?|tasas?|financiamiento|pre-?\s?aprobaci[oó]n|credit|loans?|financiar|financing|mensualidad(es)?)\b", Options)]
    private static partial Regex Credit();

    [GeneratedRegex(@"\b(pagos?|transferencias?|dep[oó]sitos?|payments?|payouts?|transfer(?!\s+me)|transferred|deposit(ed)?)\b|\b(get|be|been) paid\b|\bme (pagan|depositan|transfieren)\b|\b(which|what) account\b|\ba qu[eé] cuenta\b", Options)]
    private static partial Regex Payout();

    [GeneratedRegex(@"\b(no (enfr[ií]a|sirve|funciona|prende|arranca|jala|frena|carga|enciende)|(won'?t|doesn'?t|does not|will not) (charge|start|work|turn on)|dead|fall(a|an|ando|o)|se (descompuso|desompuso|rompi[oó]|trab[oó]|calienta)|hace (un )?ruido|truena|suena|knock\w*|broke\w*|fail\w*|not working|stopped working|noise|leak\w*|slipping|loose|overheat\w*|won'?t (start|work))\b", Options)]
    private static partial Regex Symptom();

    [GeneratedRegex(@"\b(falta|faltan|pendientes?)\b.*\b(mandar|entregar|enviar|subir|mandarles|entregarles)\b|\b(documentos?|documentaci[oó]n|kyc|identificaci[oó]n|comprobantes?|documents?|paperwork)\b", Options)]
    private static partial Regex Documents();

    [GeneratedRegex(@"\b(citas?|agendar|programar|appointments?)\b|\b(prueba de manejo|test drive)\b|\b(book|schedule)\b.*\b(visit|appointment)\b|\b(swing|stop|drop|come) (by|in)\b|\b(ir|pasar|pasarme|venir) a (ver|la sucursal|conocer)\b|\blook at (the |some )?(cars|trucks|suvs)\b|\brecoger (mi|el) (auto|coche|carro|camioneta)\b|\bpick up (my|the) (new )?(car|truck)\b|\bver (unos |unas |los |las |algunos |algunas )?(autos|carros|coches|camionetas|trocas)\b", Options)]
    private static partial Regex Appointment();

    [GeneratedRegex(@"\b(hablar|comunicarme|p[aá]same|transfi[eé]reme|quiero)\b.*\b(humano|persona|asesor|ejecutivo|agente)\b|\b(talk|speak)\b.*\b(human|person|agent|representative|someone)\b|\b(a human|real person)\b", Options)]
    private static partial Regex HumanRequest();

    [GeneratedRegex(@"\b(gracias|thanks|thank you|adi[oó]s|bye|hasta luego|eso es todo|that'?s all)\b", Options)]
    private static partial Regex Thanks();

    [GeneratedRegex(@"^\W*(hola|buen[oa]s( d[ií]as| tardes| noches)?|qu[eé] tal|hey|hi|hello|good (morning|afternoon|evening))\b", Options)]
    private static partial Regex Greeting();

    [GeneratedRegex(@"^\W*(s[ií]|claro|ok|okay|va|dale|de acuerdo|por favor|yes|yeah|yep|sure|please)\b", Options)]
    private static partial Regex Affirmative();
}
