using System.Globalization;
using AgentSupport.Web.Conversations;
using AgentSupport.Web.Tickets;
using AgentSupport.Web.Ui.Forms;
using AgentSupport.Web.Ui.Localization;

namespace AgentSupport.Web.E2ETests.Ui;

public sealed class UiStringsTests
{
    public static TheoryData<string> Languages => [UiCultures.English, UiCultures.Spanish];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_stored_vocabulary_value_has_a_label(string language)
    {
        var text = UiStrings.For(CultureInfo.GetCultureInfo(language));

        Assert.All(TicketStatus.All, status => Assert.True(text.TicketStatuses.ContainsKey(status), status));
        Assert.All(TicketCategories.All, category => Assert.True(text.Categories.ContainsKey(category), category));
        Assert.All([ConversationStatus.Open, ConversationStatus.Escalated, ConversationStatus.Resolved],
            status => Assert.True(text.ConversationStatuses.ContainsKey(status), status));
        Assert.All(RequestRules.Options<StartConversationRequest>(nameof(StartConversationRequest.Context)),
            context => Assert.True(text.Contexts.ContainsKey(context), context));
        Assert.All(RequestRules.Options<StartConversationRequest>(nameof(StartConversationRequest.Channel)),
            channel => Assert.True(text.Channels.ContainsKey(channel), channel));
        Assert.All(UiCultures.All.Select(UiCultures.LanguageOf), ui => Assert.True(text.LanguageNames.ContainsKey(ui), ui));
    }

    [Theory]
    [InlineData("es", UiCultures.Spanish)]
    [InlineData("es-MX", UiCultures.Spanish)]
    [InlineData("es-ES", UiCultures.Spanish)]
    [InlineData("en-US", UiCultures.English)]
    [InlineData("fr-FR", UiCultures.English)]
    public void Regional_cultures_read_their_language_and_others_read_english(string culture, string expected)
    {
        Assert.Equal(expected, UiStrings.For(CultureInfo.GetCultureInfo(culture)).Culture);
    }

    [Fact]
    public void The_two_languages_differ_where_people_read_them()
    {
        Assert.NotEqual(UiStrings.English.SignIn, UiStrings.Spanish.SignIn);
        Assert.NotEqual(UiStrings.English.TalkToPersonRequest, UiStrings.Spanish.TalkToPersonRequest);
        Assert.Equal("Hola, Ana", UiStrings.Spanish.Hello("Ana"));
    }
}
