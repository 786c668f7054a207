namespace AgentSupport.Web.E2ETests.Infrastructure;

/// <summary>
/// The Workbench browser tests get an app of their own: a run creates and promotes prompt versions, which the other
/// browser tests (prompt administration) must not see. Run alone, so two apps never share the two cores.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class WorkbenchBrowserCollection : ICollectionFixture<BrowserAppFixture>
{
    public const string Name = "Workbench browser";
}
