using System.Security.Cryptography;
using System.Text;
using AgentSupport.Agent.Conversation;
using AgentSupport.Agent.Model;
using AgentSupport.Agent.Telemetry;
using AgentSupport.Plugins.Sandbox;
using AgentSupport.Plugins.Tickets;
using AgentSupport.Prompts.Templates;
using AgentSupport.Workbench.Conversations;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AgentSupport.Workbench.Loop.Regeneration;

/// <summary>
/// Holds one conversation of a scenario: the simulated customer (<c>customer-simulator</c> prompt, ended by its stop
/// marker) talks to the real <see cref="ICustomerAgent"/>, whose plugins act on a fresh sandbox built from the fixture
/// for this conversation alone, in a service scope holding the sandbox's ports and the scenario customer's context.
/// </summary>
public sealed class ConversationSimulator(
    ICustomerAgent agent,
    IChatClient simulatorModel,
    SandboxScenario fixture,
    ILoggerFactory loggerFactory,
    SimulationOptions options)
{
    private readonly SimulationOptions _options = Validated(options);

    /// <exception cref="ConversationFailedException">The agent's turn or a simulator call failed or timed out.</exception>
    public async Task<SimulatedConversation> RunAsync(Scenario scenario, PromptVersion agentPrompt, PromptVersion simulatorPrompt, CancellationToken cancellationToken)
    {
        var sandbox = new InMemorySandbox(fixture);
        var customer = sandbox.ContextFor(scenario.CustomerId, scenario.Id);
        await using var container = new ServiceCollection()
            .AddSingleton(loggerFactory)
            .AddSingleton(typeof(ILogger<>), typeof(Logger<>))
            .AddPluginSandbox(sandbox)
            .AddSingleton(customer)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await using var scope = container.CreateAsyncScope();

        var profile = Profile(fixture, scenario.CustomerId);
        var agentVariables = new PromptVariables
        {
            Context = scenario.Context,
            Tone = scenario.Tone,
            Channel = scenario.Channel,
            Language = scenario.Language,
            Customer = profile,
            Now = fixture.Now,
        };
        var simulatorVariables = agentVariables with
        {
            // The requested tone is the agent's; the customer's manner comes from the persona.
            Tone = "",
            Extra = new Dictionary<string, object?>(StringComparer.Ordinal) { ["persona"] = scenario.Persona, ["goal"] = scenario.Goal },
        };
        var simulatorSystem = simulatorPrompt.Render(simulatorVariables);
        var stopMarker = simulatorPrompt.Policy.StopMarker ?? SimulationOptions.DefaultStopMarker;
        var maxCustomerMessages = simulatorPrompt.Policy.MaxTurns + SimulationOptions.CustomerMessagesBeyondBudget;

        var clock = new ConversationClock(fixture.Now, scenario.Channel);
        var transcript = new List<TranscriptTurn>();
        var history = new List<ChatTurn>();
        TokenUsage? usage = null;
        var customerEnded = false;
        var escalated = false;
        try
        {
            while (!customerEnded && history.Count(t => t.IsUser) < maxCustomerMessages)
            {
                var (reply, used) = await SimulateCustomerAsync(simulatorSystem, simulatorPrompt.Policy, simulatorVariables, transcript, scenario, cancellationToken);
                usage = TokenCounts.Add(usage, used);
                var message = reply.Replace(stopMarker, "", StringComparison.Ordinal).Trim();
                customerEnded = reply.Contains(stopMarker, StringComparison.Ordinal);
                if (message.Length == 0)
                {
                    if (customerEnded && history.Count > 0)
                    {
                        break;
                    }

                    throw new ConversationFailedException($"The simulated customer wrote nothing at turn {transcript.Count + 1}.");
                }

                transcript.Add(new TranscriptTurn(transcript.Count + 1, SeedMessage.Customer, message, clock.CustomerWrites(message)));
                if (customerEnded)
                {
                    break;
                }

                var session = new AgentSession(ConversationIdOf(scenario), customer, agentPrompt, agentVariables, history.ToArray(), scenario.Seed, _options.Temperature);
                var turn = await RunAgentTurnAsync(session, message, scope.ServiceProvider, cancellationToken);
                usage = TokenCounts.Add(usage, turn.Usage);
                escalated |= turn.Escalated;
                history.Add(ChatTurn.FromUser(message));
                history.Add(ChatTurn.FromAssistant(turn.Text, turn.ToolCalls));
                transcript.Add(new TranscriptTurn(transcript.Count + 1, SeedMessage.Agent, turn.Text, clock.AgentAnswers(turn.Text, turn.ToolCalls.Count))
                {
                    ToolCalls = turn.ToolCalls,
                    Escalated = escalated,
                });
            }
        }
        catch (ConversationFailedException ex)
        {
            throw new ConversationFailedException(ex.Message, ex.InnerException) { Partial = transcript, PartialDurationSec = clock.ElapsedSec };
        }

        return new SimulatedConversation(transcript, customerEnded, clock.ElapsedSec, sandbox.Snapshot(), usage);
    }

    private static SimulationOptions Validated(SimulationOptions options)
    {
        options.Validate();
        return options;
    }

    /// <summary>What the prompts may know of the scenario's customer: name, cars and open tickets from the fixture.</summary>
    public static CustomerProfile Profile(SandboxScenario fixture, Guid customerId)
    {
        var customer = fixture.Customers.Single(c => c.Id == customerId);
        return new CustomerProfile(
            customer.DisplayName,
            customer.Cars.Select(car => $"{car.Make} {car.Model} {car.Year} ({car.Plate})").ToArray(),
            customer.Tickets.Where(t => t.Status != TicketStatus.Closed).Select(t => $"{t.Number}: {t.Request.Subject}").ToArray());
    }

    /// <summary>The same id in both arms, so the conversation-keyed randomness of a model is paired too.</summary>
    public static Guid ConversationIdOf(Scenario scenario) =>
        new(MD5.HashData(Encoding.UTF8.GetBytes($"{scenario.Id}/{scenario.Seed}")));

    private async Task<(string Reply, TokenUsage? Usage)> SimulateCustomerAsync(
        string system, PromptPolicy policy, PromptVariables variables, IReadOnlyList<TranscriptTurn> transcript, Scenario scenario, CancellationToken cancellationToken)
    {
        // The simulator is the customer: its own messages are the assistant's, the agent's are the user's.
        var messages = new List<ChatMessage> { new(ChatRole.System, system) };
        messages.Add(new ChatMessage(ChatRole.User, scenario.Language == "en"
            ? "(The chat opens. Write your first message as the customer.)"
            : "(Se abre el chat. Escribe tu primer mensaje como cliente.)"));
        messages.AddRange(transcript.Select(t => new ChatMessage(t.Speaker == SeedMessage.Customer ? ChatRole.Assistant : ChatRole.User, t.Text)));
        var chatOptions = new ChatOptions
        {
            Temperature = _options.Temperature ?? (policy.Temperature is { } t ? (float)t : null),
            Seed = scenario.Seed,
            MaxOutputTokens = policy.MaxOutputTokens ?? SimulationOptions.CustomerMessageTokens,
        }.WithHints(ModelRoles.Simulator, policy, variables);

        using var call = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        call.CancelAfter(_options.CallTimeout);
        try
        {
            var response = await simulatorModel.GetResponseAsync(messages, chatOptions, call.Token);
            var usage = TokenCounts.Of(response.Usage);
            AgentSupportTelemetry.TokensUsed(null, ModelRoles.Simulator, usage);
            return (response.Text, usage);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ConversationFailedException($"The simulated customer did not answer within {_options.CallTimeout}.", ex);
        }
    }

    private async Task<TurnCompleted> RunAgentTurnAsync(AgentSession session, string message, IServiceProvider services, CancellationToken cancellationToken)
    {
        await foreach (var item in agent.RunTurnAsync(session, message, services, cancellationToken))
        {
            switch (item)
            {
                case TurnCompleted completed:
                    return completed;
                case TurnFailed failed:
                    throw new ConversationFailedException($"The agent's turn failed: {failed.Reason}");
            }
        }

        throw new ConversationFailedException("The agent's turn ended without a result.");
    }
}
