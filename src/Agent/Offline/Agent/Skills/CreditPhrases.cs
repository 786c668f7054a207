namespace AgentSupport.Agent.Offline.Agent.Skills;

/// <summary>How <see cref="CreditSkill"/> words a loan simulation. Sentences take amounts and percentages already worded.</summary>
internal sealed record CreditPhrases
{
    public required string Capability { get; init; }

    /// <summary>The data a simulation still needs, as listed in <see cref="Need"/>.</summary>
    public required string Income { get; init; }

    public required string Price { get; init; }

    public required string DownPayment { get; init; }

    /// <summary>Asks for the data still missing, listed.</summary>
    public required Func<string, string> Need { get; init; }

    /// <summary>Lead-in, down payment share, term in months, risk band, annual rate, monthly payment, total paid.</summary>
    public required Func<string, string, int, string, string, string, string, string> PreQualified { get; init; }

    public required string OutOfRange { get; init; }

    /// <summary>What failed when the simulation could not be served.</summary>
    public required string TheSimulation { get; init; }

    /// <summary>The minimum down payment, the car's price.</summary>
    public required Func<string, string, string> BelowMinimumDown { get; init; }

    /// <summary>The smallest and largest amounts financed, the amount this request would finance.</summary>
    public required Func<string, string, string, string> FinancedOutOfRange { get; init; }

    /// <summary>The monthly payment, the down payment that would qualify.</summary>
    public required Func<string, string, string> OverIncomeShare { get; init; }

    private static readonly CreditPhrases Spanish = new()
    {
        Capability = "simular un crédito",
        Income = "tu ingreso mensual neto",
        Price = "el precio del auto",
        DownPayment = "cuánto darías de enganche",
        Need = missing => $"Con gusto simulo tu crédito. Necesito {missing}.",
        PreQualified = (lead, down, term, band, rate, monthly, total) =>
            $"{lead} Con {down} de enganche y plazo de {term} meses, te precalificas en la banda {band}: tasa anual de {rate}, mensualidad de {monthly} y un total de {total}. Es una precalificación; la aprobación final requiere revisar tu historial de crédito.",
        OutOfRange = "Para simular necesito un enganche de al menos 10% del precio, un plazo de 12 a 72 meses y un monto a financiar entre $50,000 y $1,500,000. ¿Ajustamos los datos?",
        TheSimulation = "la simulación",
        BelowMinimumDown = (minimum, price) =>
            $"Con ese enganche no alcanzas la precalificación: el enganche mínimo es el 10% del precio, es decir {minimum} para un auto de {price}. ¿Quieres simular con un enganche de al menos esa cantidad?",
        FinancedOutOfRange = (least, most, requested) => $"Financiamos montos entre {least} y {most}, y esta solicitud financiaría {requested}. ¿Ajustamos el enganche o el precio?",
        OverIncomeShare = (payment, down) =>
            $"Con esos números la mensualidad sería de {payment}, más del 35% de tu ingreso. Te precalificarías con un enganche de al menos {down}, un plazo más largo o un auto más económico. ¿Simulamos otra opción?",
    };

    public static Phrasebook<CreditPhrases> Book { get; } = new(
        Spanish,
        Spanish with
        {
            Income = "su ingreso mensual neto",
            DownPayment = "cuánto daría de enganche",
            Need = missing => $"Con gusto simulo su crédito. Necesito {missing}.",
            PreQualified = (lead, down, term, band, rate, monthly, total) =>
                $"{lead} Con {down} de enganche y plazo de {term} meses, usted se precalifica en la banda {band}: tasa anual de {rate}, mensualidad de {monthly} y un total de {total}. Es una precalificación; la aprobación final requiere revisar su historial de crédito.",
            BelowMinimumDown = (minimum, price) =>
                $"Con ese enganche no alcanza la precalificación: el enganche mínimo es el 10% del precio, es decir {minimum} para un auto de {price}. ¿Desea simular con un enganche de al menos esa cantidad?",
            OverIncomeShare = (payment, down) =>
                $"Con esos números la mensualidad sería de {payment}, más del 35% de su ingreso. Se precalificaría con un enganche de al menos {down}, un plazo más largo o un auto más económico. ¿Simulamos otra opción?",
        },
        new()
        {
            Capability = "simulating a car loan",
            Income = "your net monthly income",
            Price = "the price of the car",
            DownPayment = "how much you would put down",
            Need = missing => $"I'd be glad to simulate your loan. I need {missing}.",
            PreQualified = (lead, down, term, band, rate, monthly, total) =>
                $"{lead} With a {down} down payment over {term} months, you pre-qualify in band {band}: {rate} a year, a monthly payment of {monthly} and {total} in total. This is a pre-qualification; final approval needs a credit bureau check.",
            OutOfRange = "To simulate I need a down payment of at least 10% of the price, a term of 12 to 72 months and a financed amount between MXN 50,000 and 1,500,000. Shall we adjust the numbers?",
            TheSimulation = "the simulation",
            BelowMinimumDown = (minimum, price) =>
                $"With that down payment you don't pre-qualify: the minimum down payment is 10% of the price, that is {minimum} for a car of {price}. Shall I simulate it with at least that much down?",
            FinancedOutOfRange = (least, most, requested) => $"We finance between {least} and {most}, and this request would finance {requested}. Shall we adjust the down payment or the price?",
            OverIncomeShare = (payment, down) =>
                $"With those numbers the monthly payment would be {payment}, more than 35% of your income. You would pre-qualify with a down payment of at least {down}, a longer term or a cheaper car. Shall we try another option?",
        });
}
