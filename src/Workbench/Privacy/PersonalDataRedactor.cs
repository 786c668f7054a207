using System.Text.RegularExpressions;

namespace AgentSupport.Workbench.Privacy;

/// <summary>
/// Replaces personal data in Spanish and English text with a typed placeholder (<c>[CLABE]</c>, <c>[PHONE]</c>, …).
/// Numbers are only redacted when their shape and check digit say what they are (CLABE, Luhn for cards, Mexican
/// phone groupings), so plates, prices, dates, order and ticket ids and car models keep their business meaning.
/// The recognisers run in a fixed order: the more specific ones first, and a placeholder holds no digit, so a value
/// already redacted is never matched again.
/// </summary>
public static partial class PersonalDataRedactor
{
    public static string Placeholder(PersonalDataKind kind) => $"[{kind.ToString().ToUpperInvariant()}]";

    /// <summary>The text with every recognised value replaced; null and empty text come back unchanged.</summary>
    public static string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        var result = text;
        foreach (var (kind, pattern, accept) in Recognisers)
        {
            result = pattern.Replace(result, m => accept(m) ? Placeholder(kind) : m.Value);
        }

        return result;
    }

    private static readonly (PersonalDataKind Kind, Regex Pattern, Func<Match, bool> Accept)[] Recognisers =
    [
        (PersonalDataKind.Email, EmailPattern(), _ => true),
        (PersonalDataKind.Clabe, ClabePattern(), m => IsClabe(Digits(m.Value))),
        (PersonalDataKind.Ine, VoterNumberPattern(), _ => true),
        (PersonalDataKind.Card, CardPattern(), m => IsCard(Digits(m.Value))),
        (PersonalDataKind.Curp, CurpPattern(), _ => true),
        (PersonalDataKind.Ine, VoterKeyPattern(), _ => true),
        (PersonalDataKind.Rfc, RfcPattern(), m => IsDate(m.Groups["date"].Value)),
        (PersonalDataKind.Address, SpanishAddressPattern(), _ => true),
        (PersonalDataKind.Address, EnglishAddressPattern(), _ => true),
        (PersonalDataKind.Address, PostalCodePattern(), _ => true),
        (PersonalDataKind.Phone, PhonePattern(), _ => true),
    ];

    private static string Digits(string value) => string.Concat(value.Where(char.IsAsciiDigit));

    /// <summary>Banxico's CLABE check digit: weights 3, 7, 1 over the first 17 digits, each product taken mod 10.</summary>
    internal static bool IsClabe(string digits)
    {
        if (digits.Length != 18)
        {
            return false;
        }

        int[] weights = [3, 7, 1];
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (digits[i] - '0') * weights[i % 3] % 10;
        }

        return (10 - sum % 10) % 10 == digits[17] - '0';
    }

    internal static bool IsCard(string digits)
    {
        // A Mexican phone written with +52 1 has 13 digits and passes Luhn one time in ten; it is a phone.
        if (digits.Length is < 13 or > 19 || (digits.Length <= 13 && digits.StartsWith("52", StringComparison.Ordinal)))
        {
            return false;
        }

        var sum = 0;
        var doubled = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (doubled)
            {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }

            sum += d;
            doubled = !doubled;
        }

        return sum % 10 == 0;
    }

    private static bool IsDate(string yymmdd) =>
        int.Parse(yymmdd.AsSpan(2, 2)) is >= 1 and <= 12 && int.Parse(yymmdd.AsSpan(4, 2)) is >= 1 and <= 31;

    [GeneratedRegex(@"[\p{L}0-9._%+-]+@[\p{L}0-9-]+(?:\.[\p{L}0-9-]+)*\.[A-Za-z]{2,}")]
    private static partial Regex EmailPattern();

    // Bank, plaza, account and check digit, written together or in their groups.
    [GeneratedRegex(@"(?<![\w$#/.,-])\d{3}[ -]?\d{3}[ -]?\d{4}[ -]?\d{3}[ -]?\d{4}[ -]?\d(?![\w/-]|[.,]\d)|(?<![\w$#/.,-])\d{3}[ -]?\d{3}[ -]?\d{11}[ -]?\d(?![\w/-]|[.,]\d)")]
    private static partial Regex ClabePattern();

    [GeneratedRegex(@"(?<![\w$#/.,+-])(?:\d{4}(?:[ -]?\d{4}){3}(?:[ -]?\d{1,3})?|\d{4}[ -]?\d{6}[ -]?\d{4,5}|\d{13,19})(?![\w/-]|[.,]\d)")]
    private static partial Regex CardPattern();

    [GeneratedRegex(@"\b[A-Z][AEIOUX][A-Z]{2}\d{6}[HM][A-Z]{2}[B-DF-HJ-NP-TV-Z]{3}[A-Z0-9]\d\b", RegexOptions.IgnoreCase)]
    private static partial Regex CurpPattern();

    // The clave de elector on INE and IFE cards: six letters of the name, birth date, state, sex and a homonym key.
    [GeneratedRegex(@"\b[A-Z]{6}\d{8}[HM]\d{3}\b", RegexOptions.IgnoreCase)]
    private static partial Regex VoterKeyPattern();

    // The card's OCR (13 digits) and CIC (9) carry no check of their own; they are recognised by what names them. A
    // placeholder already written ("[INE]") names nothing.
    [GeneratedRegex(@"(?<=(?<!\[)\b(?:INE|IFE|OCR|CIC|credencial(?: de elector| para votar)?|voter (?:id|card))\b[^\d\n\[]{0,25})(?:\d{13}|\d{9})\b", RegexOptions.IgnoreCase)]
    private static partial Regex VoterNumberPattern();

    [GeneratedRegex(@"\b[A-ZÑ&]{3,4}(?<date>\d{6})[A-Z0-9]{2}[0-9A]\b", RegexOptions.IgnoreCase)]
    private static partial Regex RfcPattern();

    [GeneratedRegex(
        @"\b(?:calle|av\.|avenida|blvd\.?|boulevard|bulevar|calzada|calz\.|privada|priv\.|andador|callej[oó]n|circuito|paseo|prolongaci[oó]n|carretera)\s+"
        + @"(?:(?:de|del|la|las|los|el)\s+|(?-i:\p{Lu})[\p{L}.'-]*\s+|\d{1,3}\s+){1,5}?(?:#\s*|no\.\s*|n[uú]m\.?\s*|n[uú]mero\s+)?\d{1,5}(?:\s*#\s*\d{1,5})?(?:\s*-?\s*[A-Z](?![\p{L}\d]))?"
        + @"(?:\s*(?:,\s*)?(?:int\.?|interior|depto\.?|departamento)\s*[\w-]+)?"
        + @"(?:\s*,?\s*(?:col\.|colonia)\s+(?:(?-i:\p{Lu})[\p{L}.'-]*|de|del|la|las|los)(?:\s+(?:(?-i:\p{Lu})[\p{L}.'-]*|de|del|la|las|los)){0,4})?",
        RegexOptions.IgnoreCase)]
    private static partial Regex SpanishAddressPattern();

    [GeneratedRegex(
        @"\b\d{1,5}\s+(?:[NSEW]\.?\s+)?(?:[\p{Lu}][\p{L}.'-]*\s+){1,4}(?i:street|st\.|avenue|ave\.|road|rd\.|boulevard|blvd\.?|drive|dr\.|lane|ln\.|court|ct\.|way|place|pl\.|terrace)(?:\s*,?\s*(?i:apt\.?|apartment|suite|unit)\s*#?\s*[\w-]+)?")]
    private static partial Regex EnglishAddressPattern();

    [GeneratedRegex(@"\b(?:c\.\s?p\.|cp|c[oó]digo postal|zip(?: code)?)\s*:?\s*\d{5}\b", RegexOptions.IgnoreCase)]
    private static partial Regex PostalCodePattern();

    // Ten national digits in the ways Mexico writes them, with or without +52 (and the old mobile 1).
    [GeneratedRegex(
        @"(?<![\w$#/.,+-])(?:\+?52[ .-]?(?:1[ .-]?)?)?"
        + @"(?:\(?\d{2}\)?[ .-]?\d{4}[ .-]?\d{4}|\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}|\d{2}(?:[ .-]\d{2}){4}|\d{3}[ .-]\d{3}[ .-]\d{2}[ .-]\d{2})"
        + @"(?![\w/-]|[.,]\d)")]
    private static partial Regex PhonePattern();
}
