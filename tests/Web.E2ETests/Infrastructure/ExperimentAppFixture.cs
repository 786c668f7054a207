namespace AgentSupport.Web.E2ETests.Infrastructure;

/// <summary>The app of <see cref="BrowserAppFixture"/> for the experiments page alone: its extra customers and experiments never reach other tests' counts.</summary>
public sealed class ExperimentAppFixture : BrowserAppFixture;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ExperimentBrowserCollection : ICollectionFixture<ExperimentAppFixture>
{
    public const string Name = "Experiments browser";
}
