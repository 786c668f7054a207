using AgentSupport.Web.Ui.Experiments;

namespace AgentSupport.Web.Ui.Localization;

public sealed partial record UiStrings
{
    /// <summary>The experiments page's texts in this language.</summary>
    public ExperimentStrings Experiments => ExperimentStrings.For(Culture);
}
