using AgentSupport.Agent.Offline;
using AgentSupport.Agent.Offline.Agent;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace AgentSupport.Agent.Tests.Offline.TenthPlugin;

/// <summary>
/// docs/adding-a-plugin.md, proven: a plugin class, one skill and its corpus lines are all the offline engine needs to
/// understand a new request, call the new plugin through a real kernel and answer from its result.
/// </summary>
public sealed class TenthPluginTests
{
    [Theory]
    [InlineData("oigan se me descompuso el coche en la carretera, necesito grua", "la grúa TOW-001 llega")]
    [InlineData("car broke down on the highway, can u send a tow truck", "tow truck TOW-001 will be there")]
    public async Task A_tenth_plugin_works_offline_end_to_end(string message, string expected)
    {
        var plugin = new RoadsideAssistancePlugin();
        var kernel = KernelWith(plugin, new OfflineChatClient([new RoadsideSkill()]));
        var history = new ChatHistory();
        history.AddUserMessage(message);

        var reply = await kernel.GetRequiredService<IChatCompletionService>().GetChatMessageContentAsync(
            history, new PromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.Auto() }, kernel);

        Assert.Single(plugin.Requests);
        Assert.Contains(expected, reply.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_its_skill_the_engine_does_not_call_the_plugin()
    {
        var plugin = new RoadsideAssistancePlugin();
        var kernel = KernelWith(plugin, new OfflineChatClient());
        var history = new ChatHistory();
        history.AddUserMessage("car broke down on the highway, can u send a tow truck");

        await kernel.GetRequiredService<IChatCompletionService>().GetChatMessageContentAsync(
            history, new PromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.Auto() }, kernel);

        Assert.Empty(plugin.Requests);
    }

    [Fact]
    public void A_skill_whose_intent_another_skill_serves_is_refused()
    {
        var twin = new RoadsideSkill();

        Assert.Throws<InvalidOperationException>(() => new OfflineAgent([twin, new RoadsideSkill()]));
    }

    private static Kernel KernelWith(RoadsideAssistancePlugin plugin, IChatClient model)
    {
        var builder = Kernel.CreateBuilder();
        builder.Services.AddSingleton(new ChatClientBuilder(model).UseKernelFunctionInvocation().Build().AsChatCompletionService());
        builder.Plugins.AddFromObject(plugin, RoadsideAssistancePlugin.Name);
        return builder.Build();
    }
}
