using AgentSupport.Agent.Offline.Understanding;

namespace AgentSupport.Agent.Tests.Offline;

public sealed class FactExtractorTests
{
    private static readonly DateTimeOffset Tuesday = new(2025, 10, 28, 10, 0, 0, TimeSpan.FromHours(-6));

    [Theory]
    [InlineData("mi auto es ABC-123-D", "ABC-123-D")]
    [InlineData("placas abc123d por favor", "ABC123D")]
    [InlineData("el JTA-5180", "JTA-5180")]
    [InlineData("con 2019 y 80 mil km", null)]
    [InlineData("la oferta OF-1001", null)]
    public void Reads_plates_as_typed(string text, string? plate) => Assert.Equal(plate, Facts(text).Plate);

    [Theory]
    [InlineData("el 30 de octubre", "2025-10-30")]
    [InlineData("mañana", "2025-10-29")]
    [InlineData("en la mañana", null)]
    [InlineData("pasado mañana", "2025-10-30")]
    [InlineData("el martes", "2025-11-04")]
    [InlineData("el 2/11", "2025-11-02")]
    [InlineData("no el lunes, mejor el miércoles 5 de noviembre", "2025-11-05")]
    [InlineData("2025-12-01", "2025-12-01")]
    [InlineData("el 3 de enero", "2026-01-03")]
    public void Reads_dates_from_the_conversations_clock(string text, string? date) =>
        Assert.Equal(date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Facts(text).Date);

    [Theory]
    [InlineData("en", "on November 3rd", "2025-11-03")]
    [InlineData("en", "next Friday", "2025-10-31")]
    [InlineData("en", "11/2", "2025-11-02")]
    public void Reads_english_dates(string language, string text, string date) =>
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), FactExtractor.Extract([text], Tuesday, language).Date);

    [Theory]
    [InlineData("a las 10", "10:00")]
    [InlineData("a las 4", "16:00")]
    [InlineData("16:30", "16:30")]
    [InlineData("at 9 am", "09:00")]
    [InlineData("at 3pm", "15:00")]
    [InlineData("friday at noon", "12:00")]
    [InlineData("10 is good", "10:00")]
    [InlineData("a las 9 porfa", "09:00")]
    public void Reads_times(string text, string time) => Assert.Equal(TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture), Facts(text).Time);

    [Fact]
    public void Reads_labelled_amounts_terms_km_and_years()
    {
        var facts = Facts("Gano 32 mil al mes, el auto cuesta $289,000, daría 60,000 de enganche a 48 meses; es un Versa 2019 con 80 mil km");

        Assert.Equal(32_000m, facts.MonthlyIncome);
        Assert.Equal(289_000m, facts.CarPrice);
        Assert.Equal(60_000m, facts.DownPayment);
        Assert.Equal(48, facts.TermMonths);
        Assert.Equal(2019, facts.Year);
        Assert.Equal(80_000, facts.Km);
    }

    [Theory]
    [InlineData("es", "un auto de 289,000 pesos: doy el 20% de enganche")]
    [InlineData("es", "el auto cuesta $289,000 y el enganche del 20%")]
    [InlineData("en", "a car of 289,000 pesos with 20% down")]
    [InlineData("en", "the car costs 289,000 and I'd put 20 percent as down payment")]
    public void Reads_a_down_payment_given_as_a_share_of_the_price(string language, string text)
    {
        var facts = FactExtractor.Extract([text], Tuesday, language);

        Assert.Equal(20m, facts.DownPaymentPercent);
        Assert.Null(facts.DownPayment);
        Assert.Equal(57_800m, facts.DownPaymentAmount);
    }

    [Fact]
    public void A_rate_is_no_down_payment_and_a_later_amount_replaces_a_share()
    {
        Assert.Null(Facts("el auto cuesta 289,000 y la tasa del 14.9% me parece alta").DownPaymentAmount);

        var facts = FactExtractor.Extract(["el auto cuesta 289,000, doy el 20% de enganche", "mejor doy 70,000 de enganche"], Tuesday, "es");

        Assert.Equal(70_000m, facts.DownPaymentAmount);
        Assert.Null(facts.DownPaymentPercent);
    }

    [Theory]
    [InlineData("Ya mandé mi estado de cuenta", true)]
    [InlineData("Quiero que quede registrado mi comprobante de domicilio", true)]
    [InlineData("Quiero registrar mi INE", true)]
    [InlineData("I want my proof of address recorded", true)]
    [InlineData("I sent my bank statement yesterday", true)]
    [InlineData("Ya la envie, es mi INE", true)]
    [InlineData("¿Qué documentos me faltan?", false)]
    [InlineData("Quiero que me mande la factura", false)]
    [InlineData("Which documents are missing?", false)]
    public void Tells_a_document_sent_or_to_record_from_a_question_about_documents(string text, bool submitted) =>
        Assert.Equal(submitted, Facts(text).SubmittedDocument);

    [Theory]
    [InlineData("la caja de cambios truena", "transmission")]
    [InlineData("tengo una falla eléctrica", "electrical")]
    [InlineData("the A/C stopped cooling", "air_conditioning")]
    [InlineData("el motor hace ruido", "engine")]
    public void Reads_the_failing_part(string text, string component) => Assert.Equal(component, Facts(text).Component);

    [Theory]
    [InlineData("Good morning, it is in good condition", "good")]
    [InlineData("Good morning, I want to sell my car", null)]
    [InlineData("Bueno, está en excelente estado", "excellent")]
    [InlineData("está en mal estado", "poor")]
    [InlineData("buenas condiciones", "good")]
    [InlineData("buenas tardes, quiero vender mi carro", null)]
    [InlineData("its in great shape", "excellent")]
    public void Reads_the_cars_condition_but_not_greetings(string text, string? condition) =>
        Assert.Equal(condition, FactExtractor.Extract([text], Tuesday, "en").Condition);

    [Fact]
    public void A_later_message_replaces_an_earlier_fact()
    {
        var facts = FactExtractor.Extract(["mi placa es ABC-123-D", "perdón, es la XYZ-987-A"], Tuesday, "es");

        Assert.Equal("XYZ-987-A", facts.Plate);
    }

    [Theory]
    [InlineData("un carro de 200 mil dando 40 de enganche a 2 años, gano 25 mil", 200_000, 40_000, 25_000, 24)]
    [InlineData("a 300k car if i put 30k down, 4 years, income 50 grand a month", 300_000, 30_000, 50_000, 48)]
    [InlineData("una camioneta de 420,000, tengo ahorrados 100,000, gano 60,000 al mes, 60 meses", 420_000, 100_000, 60_000, 60)]
    public void Reads_amounts_said_without_their_thousands_and_terms_in_years(string text, int price, int down, int income, int term)
    {
        var facts = Facts(text);

        Assert.Equal((price, down, income, term), ((int)facts.CarPrice!, (int)facts.DownPayment!, (int)facts.MonthlyIncome!, facts.TermMonths!.Value));
    }

    [Fact]
    public void A_cars_age_in_years_is_no_term() => Assert.Null(Facts("un auto de 3 años, precio 250 mil").TermMonths);

    private static ConversationFacts Facts(string text) => FactExtractor.Extract([text], Tuesday, "es");
}
