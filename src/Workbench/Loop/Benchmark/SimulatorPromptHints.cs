using AgentSupport.Agent.Model;
using AgentSupport.Prompts.Templates;
using Microsoft.Extensions.AI;

namespace AgentSupport.Workbench.Loop.Benchmark;

/// <summary>
/// Gives back to a simulated customer's call the hints the Offline engine gets in process: <see cref="ModelHints"/>
/// never cross HTTP, and without its goal the engine's customer asks something vague and leaves after one answer,
/// which would make every benchmarked conversation shorter than real ones and call no tools. The goal, persona and
/// language are read from the rendered <c>customer-simulator</c> prompt's own lines; other roles are left to the
/// engine, which recognises them from the messages.
/// </summary>
internal static class SimulatorPromptHints
{
    private const string GoalLine = "- Your goal: ";
    private const string PersonaLine = "- Persona: ";
    private const string LanguageLine = "- Language: ";

    public static ChatOptions Restore(IReadOnlyList<ChatMessage> messages, ChatOptions options)
    {
        if (options.Tools is { Count: > 0 } || messages.FirstOrDefault(m => m.Role == ChatRole.System) is not { } system)
        {
            return options;
        }

        var lines = system.Text.Split('\n').Select(line => line.Trim()).ToArray();
        if (Value(lines, GoalLine) is not { } goal)
        {
            return options;
        }

        var variables = new PromptVariables
        {
            Language = Value(lines, LanguageLine)?.StartsWith("English", StringComparison.Ordinal) == true ? "en" : "es",
            Extra = new Dictionary<string, object?>(StringComparer.Ordinal) { ["goal"] = goal, ["persona"] = Value(lines, PersonaLine) },
        };
        return options.WithHints(ModelRoles.Simulator, variables: variables);
    }

    private static string? Value(string[] lines, string prefix) =>
        lines.FirstOrDefault(line => line.StartsWith(prefix, StringComparison.Ordinal))?[prefix.Length..].Trim();
}
