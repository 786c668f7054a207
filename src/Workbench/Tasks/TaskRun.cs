using AgentSupport.Agent.Tools;

namespace AgentSupport.Workbench.Tasks;

/// <summary>What happened in one task's conversation, and the criteria it failed (none: a success).</summary>
public sealed record TaskRun(TaskScenario Task, IReadOnlyList<(string Customer, string Agent)> Exchanges, IReadOnlyList<ToolCallRecord> ToolCalls, bool Escalated)
{
    public IReadOnlyList<string> Failures { get; init; } = [];

    public bool Succeeded => Failures.Count == 0;

    /// <summary>The conversation, its tool calls and what failed, for a reader who wants to know why.</summary>
    public override string ToString()
    {
        var lines = new List<string> { $"[{Task.Set}] {Task.Id} ({Task.Language}, {Task.Category}): {(Succeeded ? "ok" : "FAILED")}" };
        var calls = 0;
        foreach (var (customer, agent) in Exchanges)
        {
            lines.Add($"  customer: {customer}");
            lines.Add($"  agent:    {agent}");
        }

        lines.AddRange(ToolCalls.Select(call => $"  #{++calls} {call.Plugin}.{call.Function} {call.ArgumentsJson} -> {(call.Succeeded ? "ok" : "FAILED " + call.ResultJson)}"));
        lines.AddRange(Failures.Select(failure => $"  ✗ {failure}"));
        return string.Join(Environment.NewLine, lines);
    }
}
