using AgentSupport.Agent.Offline.Understanding;

namespace AgentSupport.Agent.Tests.Offline;

/// <summary>The recognisers composed: each kind of fact is tested with its own recogniser under Offline/Facts.</summary>
public sealed class FactExtractorTests
{
    private static readonly DateTimeOffset Tuesday = new(2025, 10, 28, 10, 0, 0, TimeSpan.FromHours(-6));

    [Fact]
    public void One_message_gives_every_kind_of_fact_it_names()
    {
        var facts = FactExtractor.Extract(["mi ABC-123-D en excelente estado: la transmisión falla con 80 mil km, prueba de manejo el jueves a las 10 en Santa Fe, acepto la OF-1001, ya mandé mi INE"], Tuesday, "es");

        Assert.Equal(new ConversationFacts
        {
            Plate = "ABC-123-D",
            Condition = "excellent",
            Component = "transmission",
            Km = 80_000,
            AppointmentType = "test_drive",
            Date = new DateOnly(2025, 10, 30),
            Time = new TimeOnly(10, 0),
            PlaceText = "Santa Fe",
            OfferId = "OF-1001",
            WantsToAcceptOffer = true,
            DocumentKind = "official_id",
            SubmittedDocument = true,
        }, facts);
    }

    [Fact]
    public void A_message_that_names_nothing_gives_no_facts() => Assert.Equal(new ConversationFacts(), FactExtractor.Extract(["hola, qué tal?"], Tuesday, "es"));

    [Fact]
    public void A_later_message_replaces_an_earlier_fact_and_keeps_the_others()
    {
        var facts = FactExtractor.Extract(["mi placa es ABC-123-D, el motor falla", "perdón, es la XYZ-987-A"], Tuesday, "es");

        Assert.Equal(("XYZ-987-A", "engine"), (facts.Plate, facts.Component));
    }

    [Fact]
    public void A_later_amount_replaces_an_earlier_share()
    {
        var facts = FactExtractor.Extract(["el auto cuesta 289,000, doy el 20% de enganche", "mejor doy 70,000 de enganche"], Tuesday, "es");

        Assert.Equal(70_000m, facts.DownPaymentAmount);
        Assert.Null(facts.DownPaymentPercent);
    }

    [Fact]
    public void Relative_dates_count_from_the_conversations_clock() =>
        Assert.Equal(new DateOnly(2025, 10, 29), FactExtractor.Extract(["mañana"], Tuesday, "es").Date);
}
