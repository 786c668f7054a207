namespace AgentSupport.Web.E2ETests.Infrastructure;

/// <summary>
/// The messenger's browser tests run the app on a streaming model (the OpenAI-compatible fake server), so they get an
/// app of their own; run alone, so two apps never share the two cores.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MessengerBrowserCollection : ICollectionFixture<MessengerAppFixture>
{
    public const string Name = "Messenger browser";
}
