using AgentSupport.Web.Ui.Privacy;

namespace AgentSupport.Web.Ui.Localization;

public sealed partial record UiStrings
{
    /// <summary>The personal-data pages' texts in this language.</summary>
    public PrivacyStrings Privacy => PrivacyStrings.For(Culture);
}
