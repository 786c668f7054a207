using System.Text.Json;

namespace AgentSupport.Plugins.Sandbox;

/// <summary>The sandbox's state at <paramref name="TakenAt"/> (sandbox time) and the effects that led to it.</summary>
public sealed record SandboxSnapshot(DateTimeOffset TakenAt, IReadOnlyList<SandboxCustomer> Customers, IReadOnlyList<SandboxEffect> Effects)
{
    public SandboxCustomer Customer(Guid id) =>
        Customers.FirstOrDefault(c => c.Id == id) ?? throw new ArgumentException($"The scenario has no customer {id}.", nameof(id));

    public IEnumerable<SandboxEffect> EffectsOf(SandboxEffectKind kind) => Effects.Where(e => e.Kind == kind);

    /// <summary>The snapshot in the fixture's JSON dialect (snake_case), to persist with an evaluation run.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, SandboxJson.Options);
}
