using System.Security.Cryptography;
using System.Text;
using AgentSupport.Agent.Conversation;
using AgentSupport.Agent.Tools;
using AgentSupport.Plugins.Sandbox;
using AgentSupport.Prompts.Templates;
using AgentSupport.Workbench.Loop.Regeneration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AgentSupport.Workbench.Tasks;

/// <summary>
/// Plays each task's customer turns to the real <see cref="ICustomerAgent"/> (whatever model it is configured with)
/// whose real plugins act on a fresh sandbox of the suite's fixture, records the tool calls and the replies, and
/// checks the task's criteria.
/// </summary>
public sealed class TaskRunner(ICustomerAgent agent, ILoggerFactory loggerFactory)
{
    public async Task<TaskReport> RunAsync(TaskSuite suite, PromptVersion agentPrompt, IEnumerable<TaskScenario> tasks, IProgress<TaskRun>? progress = null, CancellationToken cancellationToken = default)
    {
        var runs = new List<TaskRun>();
        foreach (var task in tasks)
        {
            var run = await RunAsync(suite, agentPrompt, task, cancellationToken);
            runs.Add(run);
            progress?.Report(run);
        }

        return new TaskReport(runs);
    }

    public async Task<TaskRun> RunAsync(TaskSuite suite, PromptVersion agentPrompt, TaskScenario task, CancellationToken cancellationToken = default)
    {
        var sandbox = new InMemorySandbox(suite.Fixture);
        var customer = suite.CustomerOf(task);
        var context = sandbox.ContextFor(customer.Id, $"task-{task.Id}");
        await using var container = new ServiceCollection()
            .AddSingleton(loggerFactory)
            .AddSingleton(typeof(ILogger<>), typeof(Logger<>))
            .AddPluginSandbox(sandbox)
            .AddSingleton(context)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await using var scope = container.CreateAsyncScope();

        var variables = new PromptVariables
        {
            Context = "service",
            Channel = "webchat",
            Language = task.Language,
            Customer = ConversationSimulator.Profile(suite.Fixture, customer.Id),
            Now = suite.Fixture.Now,
        };
        var conversationId = new Guid(MD5.HashData(Encoding.UTF8.GetBytes($"task/{task.Id}")));
        var history = new List<ChatTurn>();
        var exchanges = new List<(string, string)>();
        var calls = new List<ToolCallRecord>();
        var escalated = false;
        foreach (var message in task.Turns)
        {
            var session = new AgentSession(conversationId, context, agentPrompt, variables, history.ToArray(), Seed: 1);
            var (text, turnCalls, turnEscalated) = await TurnAsync(session, message, scope.ServiceProvider, cancellationToken);
            escalated |= turnEscalated;
            calls.AddRange(turnCalls);
            exchanges.Add((message, text));
            history.Add(ChatTurn.FromUser(message));
            history.Add(ChatTurn.FromAssistant(text, turnCalls));
        }

        var run = new TaskRun(task, exchanges, calls, escalated);
        return run with { Failures = TaskCheck.Failures(run, suite.OtherCustomersPlates(task)) };
    }

    /// <summary>One agent turn; a failed turn is what the customer read, and counts against the task through its criteria.</summary>
    private async Task<(string Text, IReadOnlyList<ToolCallRecord> Calls, bool Escalated)> TurnAsync(
        AgentSession session, string message, IServiceProvider services, CancellationToken cancellationToken)
    {
        var calls = new List<ToolCallRecord>();
        await foreach (var item in agent.RunTurnAsync(session, message, services, cancellationToken))
        {
            switch (item)
            {
                case ToolCallCompleted completed:
                    calls.Add(completed.Call);
                    break;
                case TurnCompleted completed:
                    return (completed.Text, completed.ToolCalls, completed.Escalated);
                case TurnFailed failed:
                    return (failed.CustomerMessage, calls, false);
            }
        }

        return ("", calls, false);
    }
}
