using AgentSupport.Plugins.Sandbox;
using AgentSupport.Workbench.Loop.Regeneration;

namespace AgentSupport.Workbench.Loop.Judging;

/// <summary>
/// Checks a scenario's expectation against what really happened, as tau-bench checks the final database state: the
/// sandbox's effects for state changes, the recorded tool calls for questions. The agent's words count for nothing here.
/// </summary>
public static class ExpectationCheck
{
    public static (bool Met, string Detail) Check(Scenario scenario, SimulatedConversation conversation)
    {
        var expectation = scenario.Expectation;
        if (expectation.Effect is { } kind)
        {
            var effect = conversation.Sandbox.EffectsOf(kind).FirstOrDefault(e =>
                e.CustomerId == scenario.CustomerId
                && (expectation.Reference is null || string.Equals(e.Reference, expectation.Reference, StringComparison.OrdinalIgnoreCase)));
            return effect is null
                ? (false, $"the sandbox shows no {Name(kind)}{(expectation.Reference is null ? "" : $" for {expectation.Reference}")}")
                : (true, $"{Name(kind)} {effect.Reference}{(effect.Detail is null ? "" : $" ({effect.Detail})")}");
        }

        if (expectation.Plugin is { } plugin)
        {
            var calls = conversation.Transcript.SelectMany(t => t.ToolCalls)
                .Where(c => c.Plugin == plugin && (expectation.Function is null || c.Function == expectation.Function))
                .ToArray();
            var call = $"{plugin}.{expectation.Function ?? "*"}";
            return calls.Any(c => c.Succeeded)
                ? (true, $"{call} answered")
                : (false, calls.Length == 0 ? $"{call} was never called" : $"{call} failed {calls.Length} time(s)");
        }

        return (true, "the scenario expects no state change or lookup");
    }

    private static string Name(SandboxEffectKind kind) => kind switch
    {
        SandboxEffectKind.OfferMade => "offer quoted",
        SandboxEffectKind.OfferAccepted => "offer accepted",
        SandboxEffectKind.InspectionMoved => "inspection moved",
        SandboxEffectKind.DocumentRecorded => "document recorded",
        SandboxEffectKind.ClaimOpened => "warranty claim opened",
        SandboxEffectKind.AppointmentBooked => "appointment booked",
        SandboxEffectKind.TicketCreated => "ticket created",
        SandboxEffectKind.TicketNoteAdded => "ticket note added",
        _ => "escalation",
    };
}
