using AgentSupport.Agent.Model;
using AgentSupport.Agent.Tests.Fakes;
using AgentSupport.Agent.Tests.OpenAIPath;
using AgentSupport.Agent.Tests.Support;

namespace AgentSupport.Agent.Tests.Providers;

/// <summary>
/// Gemini and Ollama through their OpenAI-compatible endpoints, configured as the README says (<c>OpenAI__BaseUrl</c>),
/// against the fake server mounted at each one's path.
/// </summary>
public sealed class OpenAICompatibleEndpointTests : FakeServerTests
{
    [Fact]
    public async Task Gemini_is_called_at_its_v1beta_openai_path_with_its_key_and_model()
    {
        await using var host = AgentTestHost.FromSettings(new Dictionary<string, string?>
        {
            ["OpenAI:ApiKey"] = "gemini-key",
            ["OpenAI:BaseUrl"] = new Uri(Server.Root, "v1beta/openai/").ToString(),
            ["OpenAI:Model"] = "gemini-2.5-flash",
            ["Model:MaxRetries"] = "0",
        });

        var turn = await TurnAsync(host);

        Assert.Equal(ModelProvider.OpenAICompatible, host.Models.Provider);
        var request = Server.Requests.Single();
        Assert.Equal("/v1beta/openai/chat/completions", request.Path);
        Assert.Equal(("gemini-2.5-flash", "Bearer gemini-key"), (request.Model, request.Headers["authorization"]));
        Assert.Equal("Hola desde el modelo.", turn.Completed.Text);
    }

    [Fact]
    public async Task Ollama_is_called_at_its_v1_path_without_a_key()
    {
        await using var host = AgentTestHost.FromSettings(new Dictionary<string, string?>
        {
            ["Model:Provider"] = "OpenAICompatible",
            ["OpenAI:BaseUrl"] = new Uri(Server.Root, "v1/").ToString(),
            ["OpenAI:Model"] = "llama3.2",
            ["Model:MaxRetries"] = "0",
        });

        var turn = await TurnAsync(host);

        var request = Server.Requests.Single();
        Assert.Equal("/v1/chat/completions", request.Path);
        Assert.Equal("llama3.2", request.Model);
        Assert.Equal("Hola desde el modelo.", turn.Completed.Text);
    }

    private async Task<TurnResult> TurnAsync(AgentTestHost host)
    {
        var customer = new TestCustomer();
        Server.Enqueue(FakeReply.Text("Hola desde el modelo."));
        var turn = await TurnResult.RunAsync(host.Agent, customer.Session(TestPrompts.CustomerAgent()), "Hola", customer.Services());
        Assert.Null(turn.Failed);
        return turn;
    }
}
