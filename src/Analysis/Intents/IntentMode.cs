namespace AgentSupport.Workbench.Analysis.Intents;

/// <summary>Which pattern set of the intent configuration to use.</summary>
public enum IntentMode
{
    /// <summary>Whole-word patterns: "solicita" is no "cita".</summary>
    Words,

    /// <summary>The older system's patterns, without word boundaries, for comparison with its reports.</summary>
    Seed,
}
