using System.Globalization;
using System.Text.RegularExpressions;

namespace AgentSupport.Agent.Offline.Understanding.Facts;

/// <summary>
/// The numbers of a loan or a car: monthly income, price, down payment (in pesos or as a share of the price), term,
/// kilometres and model year. Plates, dates, clock times and ids hold digits that are no amounts and are skipped.
/// </summary>
internal sealed partial class AmountRecognizer : IFactRecognizer
{
    public ConversationFacts Read(string text, ConversationFacts facts, FactContext context)
    {
        var amounts = Amounts(NotAmounts().Replace(text, " "));
        return facts with
        {
            MonthlyIncome = amounts.Income ?? facts.MonthlyIncome,
            CarPrice = amounts.Price ?? facts.CarPrice,
            DownPayment = amounts.DownPayment ?? (amounts.DownPaymentPercent is null ? facts.DownPayment : null),
            DownPaymentPercent = amounts.DownPaymentPercent ?? (amounts.DownPayment is null ? facts.DownPaymentPercent : null),
            TermMonths = amounts.TermMonths ?? facts.TermMonths,
            Km = amounts.Km ?? facts.Km,
            Year = amounts.Year ?? facts.Year,
        };
    }

    private sealed record AmountFacts(decimal? Income, decimal? Price, decimal? DownPayment, decimal? DownPaymentPercent, int? TermMonths, int? Km, int? Year);

    /// <summary>
    /// Every number is classified by its unit (km, months), its shape (a model year) or the nearest keyword
    /// before it (income, price, down payment); "al mes" after a number also marks income. A percentage counts only
    /// as a down payment ("20% de enganche", "enganche del 20%"); any other (a rate) is no amount.
    /// </summary>
    private static AmountFacts Amounts(string text)
    {
        decimal? income = null, price = null, down = null, downPercent = null;
        int? term = null, km = null, year = null;
        var previousEnd = 0;
        foreach (Match match in Number().Matches(text))
        {
            var value = ParseNumber(match.Groups["number"].Value) * Multiplier(match.Groups["multiplier"].Value);
            var after = text[(match.Index + match.Length)..];
            var before = text[previousEnd..match.Index];
            previousEnd = match.Index + match.Length;

            if (PercentSign().Match(after) is { Success: true } percent)
            {
                if (DownPaymentAfter().IsMatch(after[percent.Length..]) || NearestKeyword(before) == AmountKind.DownPayment)
                {
                    downPercent = value;
                }

                continue;
            }

            if (KmUnit().IsMatch(after))
            {
                km = (int)value;
                continue;
            }

            if (MonthsUnit().IsMatch(after))
            {
                term = (int)value;
                continue;
            }

            // "a 2 años", "4 years": a term; "un auto de 2 años", "5 years old" are the car's age.
            if ((YearsUnit().IsMatch(after) || BareYears().IsMatch(after) && !AgeBefore().IsMatch(before)) && value <= 8)
            {
                term = (int)value * 12;
                continue;
            }

            var plain = match.Groups["currency"].Value.Length == 0 && match.Groups["multiplier"].Value.Length == 0;
            if (plain && value is >= 1980 and <= 2039 && match.Groups["number"].Value.Length == 4)
            {
                year = (int)value;
                continue;
            }

            switch (KeywordAfter(after) ?? (GivesBefore().IsMatch(before) ? AmountKind.DownPayment : NearestKeyword(before)))
            {
                case AmountKind.Income:
                    income = value;
                    break;
                case AmountKind.DownPayment:
                    down = value;
                    break;
                case AmountKind.Price:
                    price = value;
                    break;
                default:
                    if (PerMonth().IsMatch(after))
                    {
                        income = value;
                    }
                    else if (value >= 1000)
                    {
                        // An unlabelled big amount in a car conversation is the car's price.
                        price ??= value;
                    }

                    break;
            }
        }

        return new AmountFacts(Thousands(income), Thousands(price), Thousands(down), downPercent, term, km, year);
    }

    /// <summary>"gano 25", "40 de enganche": money said without its thousands, as people say it beside "200 mil".</summary>
    private static decimal? Thousands(decimal? amount) => amount is > 0 and < 1000 ? amount * 1000 : amount;

    private enum AmountKind
    {
        None,
        Income,
        Price,
        DownPayment,
    }

    /// <summary>"60,000 de enganche", "60,000 down payment": the label right after the number.</summary>
    private static AmountKind? KeywordAfter(string after) =>
        DownPaymentAfter().IsMatch(after) ? AmountKind.DownPayment
        : PerMonth().IsMatch(after) ? AmountKind.Income
        : null;

    private static AmountKind NearestKeyword(string before)
    {
        var best = (Kind: AmountKind.None, Index: -1);
        foreach (var (pattern, kind) in new[] { (IncomeWord(), AmountKind.Income), (PriceWord(), AmountKind.Price), (DownPaymentWord(), AmountKind.DownPayment) })
        {
            var last = pattern.Matches(before).LastOrDefault();
            if (last is not null && last.Index > best.Index)
            {
                best = (kind, last.Index);
            }
        }

        return best.Kind;
    }

    private static decimal ParseNumber(string digits)
    {
        // "185,000" and "185.000" are thousands; "1.5" and "2,5" are decimals.
        var grouped = Grouped().IsMatch(digits);
        var normalized = grouped ? digits.Replace(",", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal) : digits.Replace(',', '.');
        return decimal.TryParse(normalized, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : 0;
    }

    private static decimal Multiplier(string word) => word.ToLowerInvariant() switch
    {
        "mil" or "k" or "grand" or "lucas" or "lukas" => 1_000m,
        "millon" or "millón" or "millones" or "million" or "millions" => 1_000_000m,
        _ => 1m,
    };

    [GeneratedRegex(@"(?<currency>\$\s*)?(?<number>\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d+)?)(?:\s*(?<multiplier>mil|k|grand|lucas|lukas|millones|mill[oó]n|millions?)\b)?", KeywordTable.Options)]
    private static partial Regex Number();

    [GeneratedRegex(@"^\s*(%|por ciento\b|percent\b)", KeywordTable.Options)]
    private static partial Regex PercentSign();

    [GeneratedRegex(@"^\s*(km|kms|kil[oó]metros|kilometers|kilometres)\b", KeywordTable.Options)]
    private static partial Regex KmUnit();

    [GeneratedRegex(@"^\s*(meses|months?|mensualidades|mo|mos|mths?)\b", KeywordTable.Options)]
    private static partial Regex MonthsUnit();

    [GeneratedRegex(@"^\s*(a[nñ]os|years)\s+(de plazo|plazo|term|to pay|para pagar)", KeywordTable.Options)]
    private static partial Regex YearsUnit();

    [GeneratedRegex(@"^\s*(a[nñ]os|years?|yrs?)\b(?!\s+(old|de antig[uü]edad|de uso))", KeywordTable.Options)]
    private static partial Regex BareYears();

    /// <summary>"un auto de 2 años", "it's 3 years": the car's age, no term.</summary>
    [GeneratedRegex(@"\b(de|tiene|con|has|is|it'?s|its)\s*$", KeywordTable.Options)]
    private static partial Regex AgeBefore();

    [GeneratedRegex(@"^\s*(pesos|mxn)?\s*(de |of |as |como )?(enganche|anticipo|down ?payment|down)\b", KeywordTable.Options)]
    private static partial Regex DownPaymentAfter();

    [GeneratedRegex(@"^\s*(pesos|mxn)?\s*(al mes|mensuales|por mes|a month|per month|monthly)\b", KeywordTable.Options)]
    private static partial Regex PerMonth();

    [GeneratedRegex(@"\b(gano|gan[oó]|ganamos|ingresos?|sueldo|salario|percibo|income|earn|earns|salary|make)\b", KeywordTable.Options)]
    private static partial Regex IncomeWord();

    [GeneratedRegex(@"\b(precio|cuesta|vale|valor|price|costs?|priced|worth)\b|\b(auto|coche|carro|car)\s+(de|of|for)\b", KeywordTable.Options)]
    private static partial Regex PriceWord();

    [GeneratedRegex(@"\b(enganche|anticipo|inicial|down ?payment|down)\b", KeywordTable.Options)]
    private static partial Regex DownPaymentWord();

    /// <summary>"puedo dar 70 mil", "doy 50 mil", "i can put 30k": what the customer gives is the down payment.</summary>
    [GeneratedRegex(@"\b(puedo dar|doy|dar[ií]a|daria|dando|pongo|puedo poner|tengo( ahorrados| ahorrado| juntados?)?|ahorr[eé]|can put|could put|i'?d put|put|putting|i have|i'?ve got|saved( up)?)\s*$", KeywordTable.Options)]
    private static partial Regex GivesBefore();

    /// <summary>Plates, dates, clock times and offer ids hold digits that are no amounts.</summary>
    [GeneratedRegex(@"\b[A-Z]{3}-?\d{3,4}(-?[A-Z])?\b|\b20\d{2}-\d{1,2}-\d{1,2}(T[\d:]+)?\b|\b\d{1,2}/\d{1,2}(/\d{2,4})?\b|\b\d{1,2}:\d{2}\b|\b(OF|TK|PO)-\d+\b", KeywordTable.Options)]
    private static partial Regex NotAmounts();

    [GeneratedRegex(@"^\d{1,3}(?:[.,]\d{3})+$")]
    private static partial Regex Grouped();
}
