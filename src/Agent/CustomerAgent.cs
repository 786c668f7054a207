using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading.Channels;
using AgentSupport.Agent.Conversation;
using AgentSupport.Agent.Model;
using AgentSupport.Agent.Telemetry;
using AgentSupport.Agent.Tools;
using AgentSupport.Plugins;
using AgentSupport.Plugins.Catalog;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

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

    private readonly ModelClientFactory _models;
    private readonly IChatClient _model;
    private readonly CustomerAgentOptions _options;
    private readonly ILogger<CustomerAgent> _logger;

    public CustomerAgent(ModelClientFactory models, IOptions<CustomerAgentOptions> options, ILogger<CustomerAgent> logger)
    {
        _models = models;
        _model = models.CreateChatClient(ModelRoles.Agent);
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
        using var span = AgentSupportTelemetry.Source.StartActivity(AgentSupportTelemetry.AgentTurnSpan)
            ?.SetTag(AgentSupportTelemetry.ConversationIdTag, session.ConversationId);
        var policy = session.Prompt.Policy;
        var recorder = new ToolCallRecorder(
            events, ConversationHistory.FailedToolCalls(session.History), policy.EscalateAfterFailedTools, ConversationHistory.WasEscalated(session.History));
        var kernel = new Kernel();
        var usage = new UsageDetails();
        var actsForTheCustomer = false;
        try
        {
            EnsureSameCustomer(session, services);
            actsForTheCustomer = true;
            var completed = await RunTurnCoreAsync(session, customerMessage, services, kernel, recorder, usage, events, turnToken);
            Report(span, "completed", completed.Usage);
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
            var failed = await FailAsync(session, services, kernel, recorder, usage, reason, actsForTheCustomer, callerToken);
            span?.SetStatus(ActivityStatusCode.Error, reason);
            Report(span, "failed", failed.Usage);
            events.TryWrite(failed);
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
        Kernel kernel,
        ToolCallRecorder recorder,
        UsageDetails usage,
        ChannelWriter<AgentEvent> events,
        CancellationToken cancellationToken)
    {
        var policy = session.Prompt.Policy;
        var language = ConversationLanguage.Normalize(session.Variables.Language);
        if (TurnBudget.IsSpent(policy, session.History))
        {
            if (!recorder.Escalated)
            {
                await EscalateAsync(kernel, services, recorder, $"The conversation went past the prompt's budget of {policy.MaxTurns} customer turns.", cancellationToken);
            }

            var handOff = CustomerMessages.TurnBudgetHandOff(language);
            WriteInChunks(events, handOff);
            return new TurnCompleted(handOff, recorder.Calls, Escalated: true, Usage: null);
        }

        // Built only for a turn that offers them to the model: a turn past the budget hands over without them.
        kernel.Plugins.AddEnabled(policy.EnabledTools, services);
        kernel.AutoFunctionInvocationFilters.Add(recorder);
        var history = ConversationHistory.Build(session.Prompt.Render(session.Variables), session.History, customerMessage, _options.HistoryTokenBudget);
        ToolCallGuardChatClient? guard = null;
        var chat = _models.CreateChatCompletionService(_model, inner => guard = new ToolCallGuardChatClient(inner, recorder));
        var text = new StringBuilder();
        await foreach (var chunk in chat.GetStreamingChatMessageContentsAsync(history, ExecutionSettings(session), kernel, cancellationToken))
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

        var schemaBytes = guard?.ToolSchemaBytes ?? 0;
        _logger.LogDebug("Turn of conversation {ConversationId} offered {ToolSchemaBytes} bytes of tool schemas", session.ConversationId, schemaBytes);
        if (recorder.EscalationDue)
        {
            var ticket = await EscalateAsync(kernel, services, recorder, $"{recorder.FailedCalls} tool calls failed in this conversation.", cancellationToken);
            var handOff = (text.Length > 0 ? "\n\n" : "") + CustomerMessages.FailedToolsHandOff(language, ticket, recorder.Escalated);
            text.Append(handOff);
            WriteInChunks(events, handOff);
        }

        return new TurnCompleted(text.ToString(), recorder.Calls, recorder.Escalated, TokenUsage.From(usage), schemaBytes);
    }

    /// <summary>
    /// What a failed turn leaves: the calls it made stay recorded, the conversation is handed to a person once
    /// (when the agent may act for the customer and nobody has it yet), and the customer is told exactly that.
    /// </summary>
    private async Task<TurnFailed> FailAsync(
        AgentSession session, IServiceProvider services, Kernel kernel, ToolCallRecorder recorder, UsageDetails usage, string reason, bool actsForTheCustomer, CancellationToken callerToken)
    {
        var alreadyEscalated = recorder.Escalated;
        string? ticket = null;
        if (actsForTheCustomer && !alreadyEscalated)
        {
            // The turn's own time may be what ran out; the hand-over gets a short time of its own.
            using var escalation = CancellationTokenSource.CreateLinkedTokenSource(callerToken);
            escalation.CancelAfter(_options.EscalationTimeout);
            ticket = await EscalateAsync(kernel, services, recorder, $"The agent could not answer the customer: {reason}", escalation.Token);
        }

        var language = ConversationLanguage.Normalize(session.Variables.Language);
        var message = CustomerMessages.Unavailable(language, CompletedActions.Describe(recorder.Calls.Where(call => !Escalation.IsEscalation(call)), language), ticket, alreadyEscalated);
        return new TurnFailed(message, reason, recorder.Calls, recorder.Escalated, TokenUsage.From(usage));
    }

    private static void Report(Activity? span, string outcome, TokenUsage? usage)
    {
        span?.SetTag(AgentSupportTelemetry.OutcomeTag, outcome);
        AgentSupportTelemetry.TurnFinished(outcome);
        AgentSupportTelemetry.TokensUsed(span, ModelRoles.Agent, usage);
    }

    private PromptExecutionSettings ExecutionSettings(AgentSession session)
    {
        var settings = new PromptExecutionSettings
        {
            FunctionChoiceBehavior = FunctionChoiceBehavior.Auto(),
            ExtensionData = new Dictionary<string, object>
            {
                ["seed"] = (long)session.Seed,
                ["max_tokens"] = session.Prompt.Policy.MaxOutputTokens ?? _options.MaxOutputTokens,
            },
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
    /// <returns>The escalated ticket's number; null when the hand-over failed.</returns>
    private async Task<string?> EscalateAsync(Kernel kernel, IServiceProvider services, ToolCallRecorder recorder, string reason, CancellationToken cancellationToken)
    {
        var tickets = kernel.Plugins.TryGetPlugin(Escalation.PluginName, out var enabled)
            ? enabled
            : PluginCatalog.Find(Escalation.PluginName)!.CreatePlugin(services);
        var function = tickets[Escalation.FunctionName];
        var arguments = new KernelArguments { ["reason"] = reason };
        var argumentsJson = ToolJson.Arguments(arguments);
        using var span = recorder.Started(Escalation.PluginName, Escalation.FunctionName);
        var clock = Stopwatch.StartNew();
        try
        {
            var result = await function.InvokeAsync(kernel, arguments, cancellationToken);
            var json = ToolJson.Serialize(result.GetValue<object>());
            var call = new ToolCallRecord(Escalation.PluginName, Escalation.FunctionName, argumentsJson, json, !ToolJson.IsFailure(json), clock.Elapsed);
            recorder.Record(call, span);
            return call.Succeeded ? ToolJson.Reference(json) : null;
        }
        catch (Exception exception)
        {
            _logger.LogError(exception, "Escalation failed");
            recorder.Record(new ToolCallRecord(Escalation.PluginName, Escalation.FunctionName, argumentsJson, ToolJson.Error(ToolFailures.Describe(exception, Escalation.FunctionName)), false, clock.Elapsed), span);
            return null;
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
