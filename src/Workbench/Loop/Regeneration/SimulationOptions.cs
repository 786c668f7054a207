namespace AgentSupport.Workbench.Loop.Regeneration;

/// <summary>How regenerated conversations are held.</summary>
public sealed record SimulationOptions
{
    public const string DefaultStopMarker = "[[END]]";

    /// <summary>Customer messages allowed past the simulator prompt's own budget before the conversation is cut.</summary>
    public const int CustomerMessagesBeyondBudget = 1;

    /// <summary>A customer message is short; this caps a model that starts writing both sides.</summary>
    public const int CustomerMessageTokens = 600;

    /// <summary>Sampling temperature, 0 to 1.5, for the agent and the simulated customer; null keeps each prompt's own.</summary>
    public float? Temperature { get; init; }

    /// <summary>Limit for one simulator or judge call (the agent's turn has its own limit).</summary>
    public TimeSpan CallTimeout { get; init; } = TimeSpan.FromSeconds(120);

    public void Validate()
    {
        if (Temperature is { } t && (t < 0 || t > 1.5 || float.IsNaN(t)))
        {
            throw new ArgumentOutOfRangeException(nameof(Temperature), Temperature, "Temperature must be 0 to 1.5.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(CallTimeout, TimeSpan.Zero);
    }
}
