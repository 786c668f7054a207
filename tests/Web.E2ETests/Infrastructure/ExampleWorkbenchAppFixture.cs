namespace AgentSupport.Web.E2ETests.Infrastructure;

/// <summary>The app of <see cref="BrowserAppFixture"/> as a demo install starts: with the Workbench's example dataset and run.</summary>
public sealed class ExampleWorkbenchAppFixture : BrowserAppFixture
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["Demo:WorkbenchExample"] = "true" };
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ExampleWorkbenchCollection : ICollectionFixture<ExampleWorkbenchAppFixture>
{
    public const string Name = "Workbench example on first start";
}
