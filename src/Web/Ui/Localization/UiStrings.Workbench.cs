using AgentSupport.Web.Ui.Workbench;

namespace AgentSupport.Web.Ui.Localization;

public sealed partial record UiStrings
{
    /// <summary>The Workbench pages' texts in this language.</summary>
    public WorkbenchStrings Workbench => WorkbenchStrings.For(Culture);
}
