using System.Globalization;
using AgentSupport.Plugins.Inspections;
using AgentSupport.Plugins.Offers;
using AgentSupport.Plugins.Payouts;
using AgentSupport.Web.Ui.Chat;

namespace AgentSupport.Web.E2ETests.Ui;

public sealed class ChatSuggestionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 18, 0, 0, TimeSpan.Zero);
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-MX");
    private static readonly OwnedCar Cx5 = new("MLR-527-C", "Mazda", "CX-5", 2020, 58_400);

    private static readonly Offer VersaSold = new("OF-1", new OfferTerms("PZN-904-E", "Nissan", "Versa", 2019, 71_300, CarCondition.Good, 150_000m,
        Now.AddDays(-30), Now.AddDays(-29)), AcceptedAt: Now.AddDays(-29));

    private static readonly Offer Cx5Open = new("OF-2", new OfferTerms("MLR-527-C", "Mazda", "CX-5", 2020, 58_400, CarCondition.Good, 310_000m,
        Now.AddHours(-3), Now.AddHours(21)));

    private static readonly Inspection Cx5Inspection = new("IN-1", "MLR-527-C", "santa-fe", new DateTimeOffset(2026, 12, 9, 10, 0, 0, TimeSpan.FromHours(-6)),
        InspectionStage.Scheduled, []);

    private static readonly Payout VersaPayout = new("PY-1", "PZN-904-E", 150_000m, PayoutStage.PendingDocuments, Now.AddDays(-20));

    [Fact]
    public void A_pending_payout_a_scheduled_inspection_and_an_open_offer_become_actions_naming_the_car()
    {
        var account = new CustomerAccount([Cx5], [VersaSold, Cx5Open], [Cx5Inspection], [VersaPayout]);

        var suggestions = ChatSuggestions.For(account, Now, MessengerStrings.Spanish, Spanish);

        Assert.Equal(
            ["¿Cuándo llega el pago de mi Versa?", "Inspección de mi CX-5 (9 dic)", "Ver la oferta por mi CX-5"],
            suggestions.Select(s => s.Label));
        Assert.Contains("PZN-904-E", suggestions[0].Message);
        Assert.Contains("MLR-527-C", suggestions[1].Message);
    }

    [Fact]
    public void An_account_with_nothing_pending_still_gets_three_general_actions()
    {
        var paid = VersaPayout with { Stage = PayoutStage.Transferred };
        var expired = Cx5Open with { Terms = Cx5Open.Terms with { ExpiresAt = Now.AddHours(-1) } };
        var done = Cx5Inspection with { Stage = InspectionStage.Completed };

        var suggestions = ChatSuggestions.For(new CustomerAccount([Cx5], [expired], [done], [paid]), Now, MessengerStrings.English, CultureInfo.GetCultureInfo("en-US"));

        Assert.Equal(ChatSuggestions.Fewest, suggestions.Count);
        Assert.Equal(MessengerStrings.English.DocumentsLabel, suggestions[0].Label);
    }

    [Fact]
    public void An_inspection_in_another_year_shows_its_year()
    {
        var nextYear = Cx5Inspection with { ScheduledAt = new DateTimeOffset(2027, 1, 8, 10, 0, 0, TimeSpan.FromHours(-6)) };

        var suggestions = ChatSuggestions.For(new CustomerAccount([Cx5], [], [nextYear], []), Now, MessengerStrings.Spanish, Spanish);

        Assert.Equal("Inspección de mi CX-5 (8 ene 2027)", suggestions[0].Label);
    }

    [Fact]
    public void There_are_never_more_than_four()
    {
        var account = new CustomerAccount([Cx5], [VersaSold, Cx5Open], [Cx5Inspection], [VersaPayout]);

        Assert.InRange(ChatSuggestions.For(account, Now, MessengerStrings.English, CultureInfo.GetCultureInfo("en-US")).Count, ChatSuggestions.Fewest, ChatSuggestions.Most);
    }
}
