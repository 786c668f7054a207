namespace AgentSupport.Web.E2ETests.Infrastructure;

/// <summary>The browser test classes share one app and one Chromium, and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserAppFixture>
{
    public const string Name = "Browser";
}
