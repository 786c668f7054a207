using AgentSupport.Web.Components.Pages.Chat;
using AgentSupport.Web.Conversations;
using Bunit;
using Microsoft.AspNetCore.Components;

namespace AgentSupport.Web.E2ETests.Components;

public sealed class RatingPanelTests : UiTestContext
{
    private readonly List<RateRequest> _ratings = [];

    [Fact]
    public async Task Sending_without_stars_asks_for_them_and_rates_nothing()
    {
        var panel = RenderPanel();

        await panel.Find("[data-testid=rating-submit]").ClickAsync(new());

        Assert.Contains(Strings.ChooseStars, panel.Markup);
        Assert.Empty(_ratings);
    }

    [Fact]
    public async Task Chosen_stars_and_comment_are_sent_as_one_rating()
    {
        var panel = RenderPanel();

        await panel.FindAll(".mud-rating-item")[3].ClickAsync(new());
        await panel.Find("#rating-comment").ChangeAsync(new ChangeEventArgs { Value = "  Muy claro  " });
        await panel.Find("[data-testid=rating-submit]").ClickAsync(new());

        Assert.Equal([new RateRequest(4, "Muy claro")], _ratings);
        Assert.DoesNotContain(Strings.ChooseStars, panel.Markup);
    }

    [Fact]
    public async Task Blank_comment_is_sent_as_no_comment()
    {
        var panel = RenderPanel();

        await panel.FindAll(".mud-rating-item")[0].ClickAsync(new());
        await panel.Find("#rating-comment").ChangeAsync(new ChangeEventArgs { Value = "   " });
        await panel.Find("[data-testid=rating-submit]").ClickAsync(new());

        Assert.Equal([new RateRequest(1, null)], _ratings);
    }

    [Fact]
    public void A_rated_conversation_shows_its_rating_and_thanks()
    {
        var panel = RenderPanel(rated: 5);

        Assert.Contains(Strings.ThanksForRating, panel.Markup);
        Assert.Empty(panel.FindAll("[data-testid=rating-submit]"));
    }

    private IRenderedComponent<RatingPanel> RenderPanel(int? rated = null) =>
        Render<RatingPanel>(parameters => parameters
            .Add(p => p.Rated, rated)
            .Add(p => p.OnRate, (RateRequest rating) => _ratings.Add(rating)));
}
