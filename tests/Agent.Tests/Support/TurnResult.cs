using AgentSupport.Agent.Conversation;
using AgentSupport.Agent.Tools;
namespace AgentSupport.Agent.Tests.Support;

/// <summary>Everything one turn streamed, collected.</summary>
public sealed record TurnResult(IReadOnlyList<AgentEvent> Events)
{
    public TurnCompleted Completed => Events.OfType<TurnCompleted>().Single();

    public TurnFailed? Failed => Events.OfType<TurnFailed>().SingleOrDefault();

    public string StreamedText => string.Concat(Events.OfType<TextDelta>().Select(delta => delta.Text));

    public IReadOnlyList<ToolCallRecord> ToolCalls => Completed.ToolCalls;

    public static async Task<TurnResult> RunAsync(ICustomerAgent agent, AgentSession session, string message, IServiceProvider services)
    {
        var events = new List<AgentEvent>();
        await foreach (var item in agent.RunTurnAsync(session, message, services, CancellationToken.None))
        {
            events.Add(item);
        }

        return new TurnResult(events);
    }
}
