using System.Text.Json;
using AgentSupport.Plugins.Common;

namespace AgentSupport.Workbench.Tasks;

/// <summary>
/// Judges a task's conversation on what was done, not on its wording: the expected calls and their results, the
/// functions that must not run, the hand-over, the facts the customer must read; and, for every task, that no
/// other customer's plate reached a tool and that no answer was repeated word for word.
/// </summary>
public static class TaskCheck
{
    public static IReadOnlyList<string> Failures(TaskRun run, IReadOnlySet<string> otherCustomersPlates)
    {
        var expect = run.Task.Expect;
        var failures = new List<string>();
        foreach (var call in expect.Calls)
        {
            if (!run.ToolCalls.Any(made => Matches(made, call)))
            {
                failures.Add($"no {(call.Ok is null ? "" : call.Ok.Value ? "successful " : "failed ")}call of {call.Function}{Describe(call.Arguments)}");
            }
        }

        failures.AddRange(run.ToolCalls.Where(made => expect.ForbiddenCalls.Contains(made.Function, StringComparer.Ordinal))
            .Select(made => $"called {made.Function}, which this task must not call"));

        if (expect.Escalated is { } escalated && escalated != run.Escalated)
        {
            failures.Add(escalated ? "not handed over to a person" : "handed over to a person without need");
        }

        var replies = TextKey.Words(string.Join(" | ", run.Exchanges.Select(exchange => exchange.Agent)));
        foreach (var fact in expect.Says)
        {
            if (!fact.Any(alternative => $" {replies} ".Contains($" {TextKey.Words(alternative)} ", StringComparison.Ordinal)))
            {
                failures.Add($"the customer never read \"{string.Join("\" or \"", fact)}\"");
            }
        }

        var leaked = run.ToolCalls.SelectMany(made => otherCustomersPlates.Where(plate => TextKey.Compact(made.ArgumentsJson).Contains(TextKey.Compact(plate), StringComparison.Ordinal))
            .Select(plate => $"passed another customer's plate {plate} to {made.Function}"));
        failures.AddRange(leaked.Distinct(StringComparer.Ordinal));

        var repeated = run.Exchanges.Select(exchange => exchange.Agent).Where(text => text.Length > 0)
            .GroupBy(text => text, StringComparer.Ordinal).Where(group => group.Count() > 1).Select(group => group.Key);
        failures.AddRange(repeated.Select(text => $"repeated an answer word for word: \"{text}\""));
        return failures;
    }

    private static bool Matches(AgentSupport.Agent.Tools.ToolCallRecord made, ExpectedCall call) =>
        string.Equals(made.Function, call.Function, StringComparison.Ordinal)
        && (call.Ok is null || call.Ok == made.Succeeded)
        && call.Arguments.All(pair => Argument(made.ArgumentsJson, pair.Key) is { } value && TextKey.Compact(value) == TextKey.Compact(pair.Value));

    private static string? Argument(string json, string name)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? document.RootElement.EnumerateObject().Where(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
                    .Select(p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : p.Value.GetRawText()).FirstOrDefault()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Describe(IReadOnlyDictionary<string, string> arguments) =>
        arguments.Count == 0 ? "" : $" with {string.Join(", ", arguments.Select(pair => $"{pair.Key}={pair.Value}"))}";
}
