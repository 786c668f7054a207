using AgentSupport.Agent.Model;
using AgentSupport.Agent.Tests.Fakes;
using AgentSupport.Agent.Tests.Support;
using Microsoft.Extensions.AI;

namespace AgentSupport.Agent.Tests.Providers;

/// <summary>Each role may have its own provider and model (<c>Model:Roles:&lt;Role&gt;</c>); the others keep the top-level one.</summary>
public sealed class ModelRoleTests : IAsyncLifetime
{
    private FakeOpenAIServer _agentServer = null!;
    private FakeOpenAIServer _judgeServer = null!;

    public async Task InitializeAsync()
    {
        _agentServer = await FakeOpenAIServer.StartAsync();
        _judgeServer = await FakeOpenAIServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _agentServer.DisposeAsync();
        await _judgeServer.DisposeAsync();
    }

    [Fact]
    public async Task A_judge_with_its_own_server_gets_the_judge_calls_and_the_agent_server_the_rest()
    {
        await using var host = AgentTestHost.ForServer(_agentServer.BaseUrl, settings: new Dictionary<string, string?>
        {
            ["Model:Roles:Judge:BaseUrl"] = _judgeServer.BaseUrl.ToString(),
            ["Model:Roles:Judge:ModelId"] = "judge-model",
        });
        _agentServer.Enqueue(FakeReply.Text("Hola"), FakeReply.Text("Soy el cliente"));
        _judgeServer.Enqueue(FakeReply.Text("{\"resolved\":true}"));
        var customer = new TestCustomer();

        await TurnResult.RunAsync(host.Agent, customer.Session(TestPrompts.CustomerAgent()), "Hola", customer.Services());
        await host.Models.CreateChatClient(ModelRoles.Simulator).GetResponseAsync([new ChatMessage(ChatRole.User, "simula")]);
        await host.Models.CreateChatClient(ModelRoles.Judge).GetResponseAsync([new ChatMessage(ChatRole.User, "califica")]);

        Assert.Equal(["fake-model", "fake-model"], _agentServer.Requests.Select(r => r.Model));
        Assert.Equal("judge-model", Assert.Single(_judgeServer.Requests).Model);
        Assert.Equal("Bearer test-key", _judgeServer.Requests[0].Headers["authorization"]);
        Assert.Equal(new ModelChoice(ModelProvider.OpenAICompatible, "judge-model", _judgeServer.BaseUrl), host.Models.ModelFor(ModelRoles.Judge));
        Assert.Equal(new ModelChoice(ModelProvider.OpenAICompatible, "fake-model", _agentServer.BaseUrl), host.Models.ModelFor(ModelRoles.Agent));
    }

    [Fact]
    public async Task A_role_on_another_provider_takes_none_of_the_top_level_key_url_or_model()
    {
        await using var host = AgentTestHost.ForServer(_agentServer.BaseUrl, settings: new Dictionary<string, string?>
        {
            ["Model:Roles:Judge:Provider"] = "Anthropic",
            ["Model:Roles:Judge:ApiKey"] = "anthropic-key",
            ["Model:Roles:Judge:ModelId"] = "claude-judge",
        });

        Assert.Equal(new ModelChoice(ModelProvider.Anthropic, "claude-judge", new Uri("https://api.anthropic.com")), host.Models.ModelFor(ModelRoles.Judge));
        Assert.Equal(ModelProvider.OpenAICompatible, host.Models.ModelFor(ModelRoles.Proposer).Provider);

        await using var withoutKey = AgentTestHost.ForServer(_agentServer.BaseUrl, settings: new Dictionary<string, string?>
        {
            ["Model:Roles:Judge:Provider"] = "Anthropic",
            ["Model:Roles:Judge:ModelId"] = "claude-judge",
        });
        var error = Assert.Throws<InvalidOperationException>(() => withoutKey.Models);
        Assert.Contains("Model:Roles:Judge:ApiKey", error.Message);
    }

    [Fact]
    public async Task A_misspelt_role_is_refused_with_the_roles_there_are()
    {
        await using var host = AgentTestHost.FromSettings(new Dictionary<string, string?> { ["Model:Roles:Judges:ModelId"] = "x" });

        var error = Assert.Throws<InvalidOperationException>(() => host.Models);

        Assert.Contains("Model:Roles:Judges", error.Message);
        Assert.Contains("agent, simulator, judge, proposer", error.Message);
    }
}
