using System.Globalization;
using AgentSupport.Web.Prompts;
using AgentSupport.Web.Ui.Localization;

namespace AgentSupport.Web.E2ETests.Ui;

public sealed class PromptAuditLabelsTests
{
    [Theory]
    [InlineData(UiCultures.English)]
    [InlineData(UiCultures.Spanish)]
    public void Every_audited_prompt_action_has_a_label(string language)
    {
        var text = UiStrings.For(CultureInfo.GetCultureInfo(language));

        Assert.All([PromptAuditActions.VersionCreated, PromptAuditActions.LabelMoved, PromptAuditActions.Rollback, PromptAuditActions.LabelRemoved],
            action => Assert.True(text.PromptAuditActions.ContainsKey(action), action));
    }
}
