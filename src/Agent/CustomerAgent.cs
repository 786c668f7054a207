using System.Runtime.CompilerServices;
using System.Text;
using System.Threading.Channels;
using AgentSupport.Agent.Model;
using AgentSupport.Agent.Tools;
using AgentSupport.Plugins;
using AgentSupport.Plugins.Catalog;
using AgentSupport.Prompts;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace AgentSupport.Agent;

/// <summary>
/// The customer-service agent. Each turn gets its own <see cref="Kernel"/> holding only the plugins the
/// prompt's policy enables, built from the caller's services (so the ports and the customer identity are
/// the caller's), the rendered system prompt, and automatic function calling. The policy's turn budget
/// and failed-tool limit are enforced here, whatever the model does.
/// </summary>
public sealed class CustomerAgent : ICustomerAgent
{
    private const int HandOffChunkWords = 4;

    private readonly IChatCompletionService _chat;
    private readonly CustomerAgentOptions _options;
    private readonly ILogger<CustomerAgent> _logger;

    public CustomerAgent(ModelClientFactory models, IOptions<CustomerAgentOptions> options, ILogger<CustomerAgent> logger)
    {
        _chat = models.CreateChatCompletionService();
        _options = options.Value;
        _logger = logger;
    }

    public async IAsyncEnumerable<AgentEvent> RunTurnAsync(
        AgentSession session,
        string customerMessage,
        IServiceProvider services,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(customerMessage);
        ArgumentNullException.ThrowIfNull(services);

        var events = Channel.CreateUnbounded<AgentEvent>(new UnboundedChannelOptions { SingleReader = true });
        using var turn = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        turn.CancelAfter(_options.TurnTimeout);
        var producer = RunAsync(session, customerMessage, services, events.Writer, turn.Token, cancellationToken);
        try
        {
            await foreach (var item in events.Reader.ReadAllAsync(cancellationToken))
            {
                yield return item;
            }
        }
        finally
        {
            // The caller may stop reading early; the turn must not run on unobserved.
            await turn.CancelAsync();
            await producer;
        }
    }

    private async Task RunAsync(
        AgentSession session,
        string customerMessage,
        IServiceProvider services,
        ChannelWriter<AgentEvent> events,
        CancellationToken turnToken,
        CancellationToken callerToken)
    {
        var language = ConversationLanguage.Normalize(session.Variables.Language);
        try
        {
            var recorder = new ToolCallRecorder(events);
            var completed = await RunTurnCoreAsync(session, customerMessage, services, recorder, events, turnToken);
            events.TryWrite(completed);
        }
        catch (OperationCanceledException) when (callerToken.IsCancellationRequested)
        {
            // The caller stopped the turn; nobody is left to tell.
        }
        catch (Exception exception)
        {
            var reason = turnToken.IsCancellationRequested
                ? $"The turn did not finish within {_options.TurnTimeout}."
                : $"{exception.GetType().Name}: {exception.Message}";
            _logger.LogError(exception, "Turn of conversation {ConversationId} failed: {Reason}", session.ConversationId, reason);
            events.TryWrite(new TurnFailed(CustomerMessages.Unavailable(language), reason));
        }
        finally
        {
            events.TryComplete();
        }
    }

    private async Task<TurnCompleted> RunTurnCoreAsync(
        AgentSession session,
        string customerMessage,
        IServiceProvider services,
        ToolCallRecorder recorder,
        ChannelWriter<AgentEvent> events,
        CancellationToken cancellationToken)
    {
        EnsureSameCustomer(session, services);
        var policy = session.Prompt.Policy;
        var language = ConversationLanguage.Normalize(session.Variables.Language);
        var alreadyEscalated = ConversationHistory.WasEscalated(session.History);

        var kernel = new Kernel();
        kernel.Plugins.AddEnabled(policy.EnabledTools, services);
        kernel.AutoFunctionInvocationFilters.Add(recorder);

        if (ConversationHistory.CustomerTurns(session.History) + 1 > policy.MaxTurns)
        {
            if (!alreadyEscalated)
            {
                await EscalateAsync(kernel, services, recorder, $"The conversation went past the prompt's budget of {policy.MaxTurns} customer turns.", cancellationToken);
            }

            var handOff = CustomerMessages.TurnBudgetHandOff(language);
            WriteInChunks(events, handOff);
            return new TurnCompleted(handOff, recorder.Calls, Escalated: true, Usage: null);
        }

        var history = ConversationHistory.Build(session.Prompt.Render(session.Variables), session.History, customerMessage);
        var settings = ExecutionSettings(session);
        var text = new StringBuilder();
        var usage = new UsageDetails();
        await foreach (var chunk in _chat.GetStreamingChatMessageContentsAsync(history, settings, kernel, cancellationToken))
        {
            if (!string.IsNullOrEmpty(chunk.Content))
            {
                text.Append(chunk.Content);
                events.TryWrite(new TextDelta(chunk.Content));
            }

            if (chunk.Metadata?.TryGetValue(UsageReportingChatClient.UsageKey, out var reported) == true && reported is UsageDetails details)
            {
                usage.Add(details);
            }
        }

        var escalated = alreadyEscalated || recorder.Calls.Any(Escalation.IsEscalation);
        var failed = ConversationHistory.FailedToolCalls(session.History) + recorder.Calls.Count(call => !call.Succeeded);
        if (!escalated && policy.EscalateAfterFailedTools > 0 && failed >= policy.EscalateAfterFailedTools)
        {
            await EscalateAsync(kernel, services, recorder, $"{failed} tool calls failed in this conversation.", cancellationToken);
            var handOff = (text.Length > 0 ? "\n\n" : "") + CustomerMessages.FailedToolsHandOff(language);
            text.Append(handOff);
            WriteInChunks(events, handOff);
            escalated = true;
        }

        TokenUsage? tokens = usage.InputTokenCount is null && usage.OutputTokenCount is null
            ? null
            : new TokenUsage(usage.InputTokenCount ?? 0, usage.OutputTokenCount ?? 0);
        return new TurnCompleted(text.ToString(), recorder.Calls, escalated, tokens);
    }

    private static PromptExecutionSettings ExecutionSettings(AgentSession session)
    {
        var settings = new PromptExecutionSettings
        {
            FunctionChoiceBehavior = FunctionChoiceBehavior.Auto(),
            ExtensionData = new Dictionary<string, object> { ["seed"] = (long)session.Seed },
        };
        if ((session.Temperature ?? session.Prompt.Policy.Temperature) is { } temperature)
        {
            settings.ExtensionData["temperature"] = (float)temperature;
        }

        return settings.WithHints(ModelRoles.Agent, session.Prompt.Policy, session.Variables);
    }

    /// <summary>
    /// Hands the conversation to a person through the Tickets plugin, enabled or not: the hand-off is the
    /// agent's duty, not a tool the prompt may withhold.
    /// </summary>
    private async Task EscalateAsync(Kernel kernel, IServiceProvider services, ToolCallRecorder recorder, string reason, CancellationToken cancellationToken)
    {
        var tickets = kernel.Plugins.TryGetPlugin(Escalation.PluginName, out var enabled)
            ? enabled
            : PluginCatalog.Find(Escalation.PluginName)!.CreatePlugin(services);
        var function = tickets[Escalation.FunctionName];
        var arguments = new KernelArguments { ["reason"] = reason };
        var argumentsJson = ToolJson.Arguments(arguments);
        recorder.Started(Escalation.PluginName, Escalation.FunctionName);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            var result = await function.InvokeAsync(kernel, arguments, cancellationToken);
            var json = ToolJson.Serialize(result.GetValue<object>());
            recorder.Record(new ToolCallRecord(Escalation.PluginName, Escalation.FunctionName, argumentsJson, json, !ToolJson.IsFailure(json), clock.Elapsed));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _logger.LogError(exception, "Escalation failed");
            recorder.Record(new ToolCallRecord(Escalation.PluginName, Escalation.FunctionName, argumentsJson, ToolJson.Error(exception), false, clock.Elapsed));
        }
    }

    private static void EnsureSameCustomer(AgentSession session, IServiceProvider services)
    {
        var scoped = services.GetService<CustomerContext>()
            ?? throw new InvalidOperationException("The services given to the agent hold no CustomerContext; the host must register the conversation's customer in its scope.");
        if (scoped.CustomerId != session.Customer.CustomerId)
        {
            throw new InvalidOperationException("The services given to the agent belong to another customer than the session.");
        }
    }

    private static void WriteInChunks(ChannelWriter<AgentEvent> events, string text)
    {
        foreach (var chunk in TextChunks.Split(text, HandOffChunkWords))
        {
            events.TryWrite(new TextDelta(chunk));
        }
    }
}
