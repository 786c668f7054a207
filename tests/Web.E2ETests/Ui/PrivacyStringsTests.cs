using AgentSupport.Web.Privacy;
using AgentSupport.Web.Ui.Localization;
using AgentSupport.Web.Ui.Privacy;

namespace AgentSupport.Web.E2ETests.Ui;

public sealed class PrivacyStringsTests
{
    public static TheoryData<string> Languages => [UiCultures.English, UiCultures.Spanish];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_audited_action_and_erasure_status_has_a_name_in_each_language(string culture)
    {
        var text = PrivacyStrings.For(culture);

        Assert.All(PrivacyActions.All, action => Assert.True(text.Actions.ContainsKey(action), $"{culture}: {action}"));
        Assert.All(ErasureStatus.All, status => Assert.True(text.Statuses.ContainsKey(status), $"{culture}: {status}"));
    }

    [Fact]
    public void The_console_texts_lead_to_the_privacy_texts_of_the_same_language()
    {
        Assert.Same(PrivacyStrings.Spanish, UiStrings.Spanish.Privacy);
        Assert.Same(PrivacyStrings.English, UiStrings.English.Privacy);
        Assert.Equal("Borrado aprobado", UiStrings.Spanish.Privacy.ActionName(PrivacyActions.ErasureApproved));
    }
}
