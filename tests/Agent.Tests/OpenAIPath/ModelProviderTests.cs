using AgentSupport.Agent.Model;
using AgentSupport.Agent.Offline;
using AgentSupport.Agent.Tests.Fakes;
using AgentSupport.Agent.Tests.Support;
using Microsoft.Extensions.AI;

namespace AgentSupport.Agent.Tests.OpenAIPath;

public sealed class ModelProviderTests : FakeServerTests
{
    [Fact]
    public async Task Without_a_key_the_offline_engine_is_the_model()
    {
        await using var host = AgentTestHost.Offline();

        Assert.Equal(ModelProvider.Offline, host.Models.Provider);
        Assert.IsType<OfflineChatClient>(host.ChatClient);
        Assert.Equal(ModelOptions.OfflineModelId, host.Models.ModelId);
    }

    [Theory]
    [InlineData(null, null, ModelProvider.OpenAI, "gpt-5-nano-2025-08-07")]
    [InlineData("http://127.0.0.1:1/v1", "local-model", ModelProvider.OpenAICompatible, "local-model")]
    public async Task A_key_picks_openai_or_the_compatible_server_at_the_base_url(string? baseUrl, string? model, ModelProvider provider, string modelId)
    {
        await using var host = AgentTestHost.FromSettings(new Dictionary<string, string?> { ["OpenAI:ApiKey"] = "k", ["OpenAI:BaseUrl"] = baseUrl, ["OpenAI:Model"] = model });

        Assert.Equal((provider, modelId), (host.Models.Provider, host.Models.ModelId));
    }

    [Fact]
    public async Task Azure_openai_is_called_on_its_v1_path_with_the_deployment_and_an_api_key_header()
    {
        await using var host = AgentTestHost.FromSettings(new Dictionary<string, string?>
        {
            ["Model:Endpoint"] = Server.Root.ToString(),
            ["Model:Deployment"] = "support-gpt",
            ["Model:ApiKey"] = "azure-key",
            ["Model:MaxRetries"] = "0",
        });
        Server.Enqueue(FakeReply.Text("hola"));

        var response = await host.ChatClient.GetResponseAsync([new ChatMessage(ChatRole.User, "hola")]);

        Assert.Equal(ModelProvider.AzureOpenAI, host.Models.Provider);
        Assert.Equal("hola", response.Text);
        var request = Server.Requests.Single();
        Assert.Equal("/openai/v1/chat/completions", request.Path);
        Assert.Equal("support-gpt", request.Model);
        Assert.Equal("azure-key", request.Headers["api-key"]);
    }

    [Fact]
    public async Task An_incomplete_configuration_is_refused_with_the_setting_to_fix()
    {
        await using var host = AgentTestHost.FromSettings(new Dictionary<string, string?> { ["Model:Provider"] = "AzureOpenAI", ["Model:Endpoint"] = "https://contoso.openai.azure.com/", ["Model:ApiKey"] = "k" });

        var error = Assert.Throws<InvalidOperationException>(() => host.Models);

        Assert.Contains("Model:Deployment", error.Message);
    }

    [Theory]
    [InlineData("gpt-5-nano-2025-08-07", false)]
    [InlineData("fake-model", true)]
    public async Task Temperatures_reach_only_models_that_take_them(string model, bool sent)
    {
        await using var host = AgentTestHost.ForServer(Server.BaseUrl, model: model);
        Server.Enqueue(FakeReply.Text("ok"));

        await host.ChatClient.GetResponseAsync([new ChatMessage(ChatRole.User, "hola")], new ChatOptions { Temperature = 0.3f });

        Assert.Equal(sent, Server.Requests.Single().Body.TryGetProperty("temperature", out _));
    }
}
