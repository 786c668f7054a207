using System.Text.RegularExpressions;

namespace AgentSupport.Agent.Offline.Understanding.Facts;

/// <summary>The document the customer names (official_id, proof_of_address, …) and whether they say they sent it.</summary>
internal sealed partial class DocumentRecognizer : IFactRecognizer
{
    private static readonly KeywordTable Kinds = new(
        (@"\b(comprobante de ingresos|recibos? de n[oó]mina|proof of income|payslips?|pay stubs?)\b", "proof_of_income"),
        (@"\b(comprobante de domicilio|recibo de (luz|agua)|proof of address|utility bill)\b", "proof_of_address"),
        (@"\b(constancia de situaci[oó]n fiscal|csf|tax status)\b", "tax_status_certificate"),
        (@"\b(estados? de cuenta|bank statements?)\b", "bank_statement"),
        (@"\b(tarjeta de circulaci[oó]n|vehicle registration|registration card)\b", "vehicle_registration"),
        (@"\b(tenencias?|tenencia receipts?)\b", "tenencia_receipts"),
        (@"\b(factura|invoice|title)\b", "vehicle_invoice"),
        (@"\b(ine|identificaci[oó]n( oficial)?|credencial( de elector)?|pasaporte|passport|official id|id card|driver'?s licen[cs]e)\b", "official_id"));

    public ConversationFacts Read(string text, ConversationFacts facts, FactContext context) => facts with
    {
        DocumentKind = KindIn(text) ?? facts.DocumentKind,
        SubmittedDocument = SaysSubmitted(text) || facts.SubmittedDocument,
    };

    /// <summary>The document kind the text names, or null.</summary>
    public static string? KindIn(string text) => Kinds.First(text);

    /// <summary>The customer says they sent a document or asks to have one recorded, rather than asking which are missing.</summary>
    public static bool SaysSubmitted(string text) => Submitted().IsMatch(text);

    // "registrar mi INE", "que quede registrado" and "I want it recorded" ask to record a document as much as "ya lo envié" does.
    // Without "ya", only the accented past tense counts: "que me mande la factura" asks us to send it.
    [GeneratedRegex(@"\b(ya (la |lo |los |las |les |te )?(envi[eé]|mand[eé]|sub[ií]|entregu[eé]|cargu[eé])|envié|mandé|subí|entregué|cargué|adjunto|acabo de (enviar|mandar|subir)|te (env[ií]o|mando)|(les|te|se los|se las|se lo|se la) (envi[eé]|mand[eé])|e-?mailed|mailed|faxed|sent (you|over|in)|just sent|registr(ar|en|e|a|ado|ada|arlo|arla)|i('ve| have)?\s+(already\s+)?(sent|uploaded|submitted|attached|handed in)|uploaded|submitted|here is my|attached|record(ed)?|register(ed)?)\b", KeywordTable.Options)]
    private static partial Regex Submitted();
}
