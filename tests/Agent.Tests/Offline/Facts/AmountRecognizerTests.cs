using AgentSupport.Agent.Offline.Understanding.Facts;

namespace AgentSupport.Agent.Tests.Offline.Facts;

public sealed class AmountRecognizerTests
{
    [Fact]
    public void Reads_labelled_amounts_terms_km_and_years()
    {
        var facts = new AmountRecognizer().Read("Gano 32 mil al mes, el auto cuesta $289,000, daría 60,000 de enganche a 48 meses; es un Versa 2019 con 80 mil km");

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
        var facts = new AmountRecognizer().Read(text, language);

        Assert.Equal(20m, facts.DownPaymentPercent);
        Assert.Null(facts.DownPayment);
        Assert.Equal(57_800m, facts.DownPaymentAmount);
    }

    [Fact]
    public void A_rate_is_no_down_payment() => Assert.Null(new AmountRecognizer().Read("el auto cuesta 289,000 y la tasa del 14.9% me parece alta").DownPaymentAmount);

    [Theory]
    [InlineData("un carro de 200 mil dando 40 de enganche a 2 años, gano 25 mil", 200_000, 40_000, 25_000, 24)]
    [InlineData("a 300k car if i put 30k down, 4 years, income 50 grand a month", 300_000, 30_000, 50_000, 48)]
    [InlineData("una camioneta de 420,000, tengo ahorrados 100,000, gano 60,000 al mes, 60 meses", 420_000, 100_000, 60_000, 60)]
    public void Reads_amounts_said_without_their_thousands_and_terms_in_years(string text, int price, int down, int income, int term)
    {
        var facts = new AmountRecognizer().Read(text);

        Assert.Equal((price, down, income, term), ((int)facts.CarPrice!, (int)facts.DownPayment!, (int)facts.MonthlyIncome!, facts.TermMonths!.Value));
    }

    [Fact]
    public void A_cars_age_in_years_is_no_term() => Assert.Null(new AmountRecognizer().Read("un auto de 3 años, precio 250 mil").TermMonths);

    [Fact]
    public void Digits_of_plates_dates_times_and_ids_are_no_amounts()
    {
        var facts = new AmountRecognizer().Read("mi placa es ABC-123-D, la oferta OF-1001, el 2025-11-03 a las 10:30");

        Assert.Equal(new AmountRecognizer().Read("nada"), facts);
    }
}
