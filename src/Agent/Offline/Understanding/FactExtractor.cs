using System.Globalization;
using System.Text.RegularExpressions;

namespace AgentSupport.Agent.Offline.Understanding;

/// <summary>
/// Reads plates, dates, times, amounts, kilometres, years, car parts, conditions and document kinds out of
/// customer messages in Spanish or English. Relative dates ("mañana", "next Monday") count from the
/// conversation's own clock, so a replayed scenario reads the same way every time.
/// </summary>
internal static partial class FactExtractor
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly string[] SpanishMonths = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];
    private static readonly string[] EnglishMonths = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly (Regex Pattern, DayOfWeek Day)[] Weekdays =
    [
        (new Regex(@"\b(lunes|monday)\b", Options), DayOfWeek.Monday),
        (new Regex(@"\b(martes|tuesday)\b", Options), DayOfWeek.Tuesday),
        (new Regex(@"\b(mi[eé]rcoles|wednesday)\b", Options), DayOfWeek.Wednesday),
        (new Regex(@"\b(jueves|thursday)\b", Options), DayOfWeek.Thursday),
        (new Regex(@"\b(viernes|friday)\b", Options), DayOfWeek.Friday),
        (new Regex(@"\b(s[aá]bado|saturday)\b", Options), DayOfWeek.Saturday),
        (new Regex(@"\b(domingo|sunday)\b", Options), DayOfWeek.Sunday),
    ];

    private static readonly (Regex Pattern, string Value)[] Components =
    [
        (new Regex(@"\b(aire acondicionado|a/?c|air conditioning|clima)\b", Options), "air_conditioning"),
        (new Regex(@"\b(caja de cambios|caja|transmisi[oó]n|transmission|gearbox)\b", Options), "transmission"),
        (new Regex(@"\b(falla el[eé]ctrica|el[eé]ctric[oa]s?|sistema el[eé]ctrico|electrical|electric|wiring)\b", Options), "electrical"),
        (new Regex(@"\b(motor|engine)\b", Options), "engine"),
        (new Regex(@"\b(direcci[oó]n|steering)\b", Options), "steering"),
        (new Regex(@"\b(suspensi[oó]n|amortiguadores|suspension|shocks)\b", Options), "suspension"),
        (new Regex(@"\b(radiador|enfriamiento|se calienta|cooling|radiator|overheat\w*)\b", Options), "cooling"),
        (new Regex(@"\b(bomba de gasolina|combustible|inyectores|fuel( system| pump)?)\b", Options), "fuel_system"),
        (new Regex(@"\b(frenos?|balatas?|pastillas de freno|brakes?|brake pads?)\b", Options), "brakes"),
        (new Regex(@"\b(bater[ií]a|battery)\b", Options), "battery"),
        (new Regex(@"\b(clutch|embrague)\b", Options), "clutch"),
        (new Regex(@"\b(llantas?|neum[aá]ticos?|tires?|tyres?)\b", Options), "tires"),
    ];

    private static readonly (Regex Pattern, string Value)[] Conditions =
    [
        (new Regex(@"\b(excelente|impecable|como nuevo|perfecto estado|perfectas condiciones|excellent|like new|mint|great (shape|condition))\b", Options), "excellent"),
        (new Regex(@"\b(regular|m[aá]s o menos|fair|average|so-?so|decent|okay condition)\b", Options), "fair"),
        (new Regex(@"\b(malo|mala|mal estado|maltratad[oa]|poor|bad|rough|beat up)\b", Options), "poor"),
        // Not the greeting "good morning" nor the interjection "Bueno, ...".
        (new Regex(@"\b(buen[oa]s?(?!,)(?!\s+(tardes|noches|d[ií]as))|buen estado|bien|bien cuidad[oa]|sin detalles|great|(?<!still\s)good(?!\s+(morning|afternoon|evening|day|night))|no (issues|problems))\b", Options), "good"),
    ];

    private static readonly (Regex Pattern, string Value)[] DocumentKinds =
    [
        (new Regex(@"\b(comprobante de ingresos|recibos? de n[oó]mina|proof of income|payslips?|pay stubs?)\b", Options), "proof_of_income"),
        (new Regex(@"\b(comprobante de domicilio|recibo de (luz|agua)|proof of address|utility bill)\b", Options), "proof_of_address"),
        (new Regex(@"\b(constancia de situaci[oó]n fiscal|csf|tax status)\b", Options), "tax_status_certificate"),
        (new Regex(@"\b(estados? de cuenta|bank statements?)\b", Options), "bank_statement"),
        (new Regex(@"\b(tarjeta de circulaci[oó]n|vehicle registration|registration card)\b", Options), "vehicle_registration"),
        (new Regex(@"\b(tenencias?|tenencia receipts?)\b", Options), "tenencia_receipts"),
        (new Regex(@"\b(factura|invoice|title)\b", Options), "vehicle_invoice"),
        (new Regex(@"\b(ine|identificaci[oó]n( oficial)?|credencial( de elector)?|pasaporte|passport|official id|id card|driver'?s licen[cs]e)\b", Options), "official_id"),
    ];

    public static ConversationFacts Extract(IEnumerable<string> customerMessages, DateTimeOffset now, string language)
    {
        var facts = new ConversationFacts();
        var today = DateOnly.FromDateTime(now.DateTime);
        foreach (var message in customerMessages)
        {
            facts = Apply(facts, message, today, language);
        }

        return facts;
    }

    private static ConversationFacts Apply(ConversationFacts facts, string text, DateOnly today, string language)
    {
        var amounts = Amounts(NotAmounts().Replace(text, " "));
        return facts with
        {
            Plate = Plate(text) ?? facts.Plate,
            Date = Date(text, today, language) ?? facts.Date,
            Time = Time(text) ?? facts.Time,
            MonthlyIncome = amounts.Income ?? facts.MonthlyIncome,
            CarPrice = amounts.Price ?? facts.CarPrice,
            DownPayment = amounts.DownPayment ?? (amounts.DownPaymentPercent is null ? facts.DownPayment : null),
            DownPaymentPercent = amounts.DownPaymentPercent ?? (amounts.DownPayment is null ? facts.DownPaymentPercent : null),
            TermMonths = amounts.TermMonths ?? facts.TermMonths,
            Km = amounts.Km ?? facts.Km,
            Year = amounts.Year ?? facts.Year,
            Component = First(Components, text) ?? facts.Component,
            Condition = First(Conditions, text) ?? facts.Condition,
            DocumentKind = DocumentKindIn(text) ?? facts.DocumentKind,
            SubmittedDocument = SaysSubmitted(text) || facts.SubmittedDocument,
            AppointmentType = AppointmentType(text) ?? facts.AppointmentType,
            OfferId = OfferId().Match(text) is { Success: true } offer ? offer.Value.ToUpperInvariant() : facts.OfferId,
            WantsToAcceptOffer = Accept().IsMatch(text) || facts.WantsToAcceptOffer,
            WantsEarliest = Earliest().IsMatch(text) || facts.WantsEarliest,
            PlaceText = Place().Match(text) is { Success: true } place ? place.Groups["place"].Value : facts.PlaceText,
        };
    }

    /// <summary>A plate typed with or without dashes: ABC-123-D, ABC123D, abc-1234.</summary>
    public static string? Plate(string text)
    {
        var match = PlatePattern().Match(text);
        return match.Success ? match.Value.ToUpperInvariant() : null;
    }

    /// <summary>Every plate the text names, in order and without repeats (a plugin's error lists the customer's plates).</summary>
    public static IReadOnlyList<string> Plates(string text) =>
        PlatePattern().Matches(text).Select(match => match.Value.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The document kind the text names (official_id, proof_of_address, …), or null.</summary>
    public static string? DocumentKindIn(string text) => First(DocumentKinds, text);

    /// <summary>The car part the text names (engine, transmission, air_conditioning, …), or null.</summary>
    public static string? ComponentIn(string text) => First(Components, text);

    /// <summary>The customer says they sent a document or asks to have one recorded, rather than asking which are missing.</summary>
    public static bool SaysSubmitted(string text) => Submitted().IsMatch(text);

    private static string? First((Regex Pattern, string Value)[] table, string text) =>
        table.FirstOrDefault(entry => entry.Pattern.IsMatch(text)).Value;

    private static string? AppointmentType(string text) =>
        TestDrive().IsMatch(text) ? "test_drive"
        : Delivery().IsMatch(text) ? "delivery"
        : Visit().IsMatch(text) ? "visit"
        : null;

    /// <summary>The last date the text names (so "not Monday, Tuesday the 4th" gives the 4th).</summary>
    private static DateOnly? Date(string text, DateOnly today, string language)
    {
        var found = new List<(int Index, DateOnly Date)>();
        void Add(Match match, DateOnly? date)
        {
            if (date is { } value)
            {
                found.Add((match.Index, value));
            }
        }

        foreach (Match iso in IsoDate().Matches(text))
        {
            Add(iso, TryDate(Int(iso.Groups[1]), Int(iso.Groups[2]), Int(iso.Groups[3])));
        }

        foreach (Match slash in SlashDate().Matches(text))
        {
            // Mexico writes day/month; English-speaking customers month/day.
            var (day, month) = ConversationLanguage.IsEnglish(language) ? (Int(slash.Groups[2]), Int(slash.Groups[1])) : (Int(slash.Groups[1]), Int(slash.Groups[2]));
            int? year = slash.Groups[3].Success ? Int(slash.Groups[3]) : null;
            Add(slash, Upcoming(today, month, day, year is < 100 ? year + 2000 : year));
        }

        foreach (Match spanish in SpanishDate().Matches(text))
        {
            Add(spanish, Upcoming(today, MonthNumber(spanish.Groups[2].Value), Int(spanish.Groups[1]), null));
        }

        foreach (Match monthFirst in EnglishMonthFirst().Matches(text))
        {
            Add(monthFirst, Upcoming(today, MonthNumber(monthFirst.Groups[1].Value), Int(monthFirst.Groups[2]), null));
        }

        foreach (Match dayFirst in EnglishDayFirst().Matches(text))
        {
            Add(dayFirst, Upcoming(today, MonthNumber(dayFirst.Groups[2].Value), Int(dayFirst.Groups[1]), null));
        }

        foreach (Match match in DayAfterTomorrow().Matches(text))
        {
            Add(match, today.AddDays(2));
        }

        foreach (Match match in Tomorrow().Matches(text))
        {
            Add(match, today.AddDays(1));
        }

        foreach (Match match in Today().Matches(text))
        {
            Add(match, today);
        }

        foreach (var (pattern, day) in Weekdays)
        {
            foreach (Match match in pattern.Matches(text))
            {
                // "el martes" said on a Tuesday means next week's.
                var ahead = ((int)day - (int)today.DayOfWeek + 7) % 7;
                Add(match, today.AddDays(ahead == 0 ? 7 : ahead));
            }
        }

        // A weekday written before its date ("martes 4 de noviembre") yields to the date right after it.
        return found.Count == 0 ? null : found.OrderBy(entry => entry.Index).Last().Date;
    }

    private static int Int(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);

    private static int MonthNumber(string name)
    {
        var key = name.ToLowerInvariant();
        var index = Array.FindIndex(SpanishMonths, month => month == key);
        return index >= 0 ? index + 1 : Array.FindIndex(EnglishMonths, month => month.StartsWith(key[..Math.Min(3, key.Length)], StringComparison.Ordinal)) + 1;
    }

    private static DateOnly? Upcoming(DateOnly today, int month, int day, int? year)
    {
        if (year is { } given)
        {
            return TryDate(given, month, day);
        }

        var thisYear = TryDate(today.Year, month, day);
        return thisYear is { } date && date < today ? TryDate(today.Year + 1, month, day) : thisYear;
    }

    private static DateOnly? TryDate(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    /// <summary>The last clock time the text names.</summary>
    private static TimeOnly? Time(string text)
    {
        var candidates = ClockTime().Matches(text).Select(m => (m.Index, Hour: Int(m.Groups[1]), Minute: Int(m.Groups[2]), Meridiem: m.Groups[3].Value))
            .Concat(HourTime().Matches(text).Select(m => (m.Index, Hour: Int(m.Groups["hour"]), Minute: 0, Meridiem: m.Groups["meridiem"].Value)))
            .Concat(Noon().Matches(text).Select(m => (m.Index, Hour: 12, Minute: 0, Meridiem: "")))
            .OrderBy(candidate => candidate.Index)
            .ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var (_, hour, minute, meridiem) = candidates[^1];
        var pm = meridiem.StartsWith('p') || meridiem.StartsWith('P');
        var am = meridiem.StartsWith('a') || meridiem.StartsWith('A');
        // Without am/pm, 1 to 7 o'clock is an afternoon: nobody books a 3 am inspection.
        if (pm && hour < 12 || !am && !pm && hour is >= 1 and <= 7)
        {
            hour += 12;
        }
        else if (am && hour == 12)
        {
            hour = 0;
        }

        return hour is >= 0 and <= 23 && minute is >= 0 and <= 59 ? new TimeOnly(hour, minute) : null;
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

    [GeneratedRegex(@"\b[A-Z]{3}-?\d{3,4}(-?[A-Z])?\b", Options)]
    private static partial Regex PlatePattern();

    [GeneratedRegex(@"\bOF-\d+\b", Options)]
    private static partial Regex OfferId();

    [GeneratedRegex(@"\b(acept(o|ar|arla|ala|amos|ada)|accept(ed|ing|s)?|la tomo|me la quedo|tomarla|i'?ll take (it|the offer)|take the offer)\b", Options)]
    private static partial Regex Accept();

    // "registrar mi INE", "que quede registrado" and "I want it recorded" ask to record a document as much as "ya lo envié" does.
    // Without "ya", only the accented past tense counts: "que me mande la factura" asks us to send it.
    [GeneratedRegex(@"\b(ya (la |lo |los |las |les |te )?(envi[eé]|mand[eé]|sub[ií]|entregu[eé]|cargu[eé])|envié|mandé|subí|entregué|cargué|adjunto|acabo de (enviar|mandar|subir)|te (env[ií]o|mando)|(les|te|se los|se las|se lo|se la) (envi[eé]|mand[eé])|e-?mailed|mailed|faxed|sent (you|over|in)|just sent|registr(ar|en|e|a|ado|ada|arlo|arla)|i('ve| have)?\s+(already\s+)?(sent|uploaded|submitted|attached|handed in)|uploaded|submitted|here is my|attached|record(ed)?|register(ed)?)\b", Options)]
    private static partial Regex Submitted();

    [GeneratedRegex(@"\b(primer|primero|primera|m[aá]s pr[oó]xim[oa]|m[aá]s cercan[oa]|el que sigue|next (available|open|free|one)|lo antes posible|lo mas pronto|lo más pronto|cualquier|cualquiera|earliest|first (open|free|available|one|slot|time)|the first|soonest|asap|any (time|slot|one))\b", Options)]
    private static partial Regex Earliest();

    [GeneratedRegex(@"\b(prueba de manejo|manejar(lo|la)?|probar (un|el|la|una|algun|alguna) (auto|carro|coche|camioneta)|test[- ]?driv(e|ing)|for a spin)\b", Options)]
    private static partial Regex TestDrive();

    [GeneratedRegex(@"\b(entrega|recoger (mi|el) (auto|coche|carro)|delivery|pick ?up)\b", Options)]
    private static partial Regex Delivery();

    [GeneratedRegex(@"\b(visita|visitar|conocer|ver (el|un|unos|unas|los|las|algunos|algunas) (auto|coche|carro|camioneta)s?|visit|see the cars?|look at (the |some )?(cars?|trucks?|suvs?)|come (by|in)|swing by|stop by|drop by)\b", Options)]
    private static partial Regex Visit();

    [GeneratedRegex(@"\b(en|in|de|at)\s+(?<place>[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+(\s+[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+)?)", RegexOptions.CultureInvariant)]
    private static partial Regex Place();

    [GeneratedRegex(@"\b(20\d{2})-(\d{1,2})-(\d{1,2})\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?\b")]
    private static partial Regex SlashDate();

    [GeneratedRegex(@"\b(\d{1,2})\s+de\s+(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\b", Options)]
    private static partial Regex SpanishDate();

    [GeneratedRegex(@"\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b", Options)]
    private static partial Regex EnglishMonthFirst();

    [GeneratedRegex(@"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(january|february|march|april|may|june|july|august|september|october|november|december)\b", Options)]
    private static partial Regex EnglishDayFirst();

    [GeneratedRegex(@"\b(pasado ma[nñ]ana|day after tomorrow)\b", Options)]
    private static partial Regex DayAfterTomorrow();

    // "mañana" is tomorrow unless it is "la mañana", the morning, or part of "pasado mañana".
    [GeneratedRegex(@"(?<!\b(la|pasado)\s)\bma[nñ]ana\b|(?<!\bafter\s)\btomorrow\b", Options)]
    private static partial Regex Tomorrow();

    [GeneratedRegex(@"\b(hoy|today)\b", Options)]
    private static partial Regex Today();

    [GeneratedRegex(@"\b([01]?\d|2[0-3]):([0-5]\d)\s*(am|pm|a\.\s?m\.|p\.\s?m\.)?", Options)]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"\b(?:a las|a la|at|las)\s+(?<hour>\d{1,2})\b(?:\s*(?<meridiem>am|pm|a\.\s?m\.|p\.\s?m\.|hrs|h)\b)?|(?<![:\d])\b(?<hour>\d{1,2})\s*(?<meridiem>am|pm|a\.\s?m\.|p\.\s?m\.)|^\W*(?<hour>\d{1,2})\s*(?=(is|works|sounds|please|pls|esta|está|me queda|porfa|por favor)\b|\W*$)", Options)]
    private static partial Regex HourTime();

    [GeneratedRegex(@"\b(noon|midday|mediod[ií]a|medio d[ií]a)\b", Options)]
    private static partial Regex Noon();

    [GeneratedRegex(@"(?<currency>\$\s*)?(?<number>\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d+)?)(?:\s*(?<multiplier>mil|k|grand|lucas|lukas|millones|mill[oó]n|millions?)\b)?", Options)]
    private static partial Regex Number();

    [GeneratedRegex(@"^\s*(%|por ciento\b|percent\b)", Options)]
    private static partial Regex PercentSign();

    [GeneratedRegex(@"^\s*(km|kms|kil[oó]metros|kilometers|kilometres)\b", Options)]
    private static partial Regex KmUnit();

    [GeneratedRegex(@"^\s*(meses|months?|mensualidades|mo|mos|mths?)\b", Options)]
    private static partial Regex MonthsUnit();

    [GeneratedRegex(@"^\s*(a[nñ]os|years)\s+(de plazo|plazo|term|to pay|para pagar)", Options)]
    private static partial Regex YearsUnit();

    [GeneratedRegex(@"^\s*(a[nñ]os|years?|yrs?)\b(?!\s+(old|de antig[uü]edad|de uso))", Options)]
    private static partial Regex BareYears();

    /// <summary>"un auto de 2 años", "it's 3 years": the car's age, no term.</summary>
    [GeneratedRegex(@"\b(de|tiene|con|has|is|it'?s|its)\s*$", Options)]
    private static partial Regex AgeBefore();

    [GeneratedRegex(@"^\s*(pesos|mxn)?\s*(de |of |as |como )?(enganche|anticipo|down ?payment|down)\b", Options)]
    private static partial Regex DownPaymentAfter();

    [GeneratedRegex(@"^\s*(pesos|mxn)?\s*(al mes|mensuales|por mes|a month|per month|monthly)\b", Options)]
    private static partial Regex PerMonth();

    [GeneratedRegex(@"\b(gano|gan[oó]|ganamos|ingresos?|sueldo|salario|percibo|income|earn|earns|salary|make)\b", Options)]
    private static partial Regex IncomeWord();

    [GeneratedRegex(@"\b(precio|cuesta|vale|valor|price|costs?|priced|worth)\b|\b(auto|coche|carro|car)\s+(de|of|for)\b", Options)]
    private static partial Regex PriceWord();

    [GeneratedRegex(@"\b(enganche|anticipo|inicial|down ?payment|down)\b", Options)]
    private static partial Regex DownPaymentWord();

    /// <summary>"puedo dar 70 mil", "doy 50 mil", "i can put 30k": what the customer gives is the down payment.</summary>
    [GeneratedRegex(@"\b(puedo dar|doy|dar[ií]a|daria|dando|pongo|puedo poner|tengo( ahorrados| ahorrado| juntados?)?|ahorr[eé]|can put|could put|i'?d put|put|putting|i have|i'?ve got|saved( up)?)\s*$", Options)]
    private static partial Regex GivesBefore();

    /// <summary>Plates, dates, clock times and offer ids hold digits that are no amounts.</summary>
    [GeneratedRegex(@"\b[A-Z]{3}-?\d{3,4}(-?[A-Z])?\b|\b20\d{2}-\d{1,2}-\d{1,2}(T[\d:]+)?\b|\b\d{1,2}/\d{1,2}(/\d{2,4})?\b|\b\d{1,2}:\d{2}\b|\b(OF|TK|PO)-\d+\b", Options)]
    private static partial Regex NotAmounts();

    [GeneratedRegex(@"^\d{1,3}(?:[.,]\d{3})+$")]
    private static partial Regex Grouped();
}
