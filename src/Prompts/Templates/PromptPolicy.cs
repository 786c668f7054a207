namespace AgentSupport.Prompts.Templates;

/// <summary>
/// The behaviour knobs a prompt version carries in its front matter. They travel with the text so a
/// promotion or rollback changes wording and behaviour together.
/// </summary>
public sealed record PromptPolicy
{
    public const int DefaultMaxTurns = 6;
    public const int DefaultEscalateAfterFailedTools = 2;

    /// <summary>Tool (plugin) names the agent may call with this version. Empty means no tools.</summary>
    public IReadOnlyList<string> EnabledTools { get; init; } = [];

    /// <summary>Turn budget for one conversation.</summary>
    public int MaxTurns { get; init; } = DefaultMaxTurns;

    /// <summary>Failed tool calls after which the agent hands the conversation to a human.</summary>
    public int EscalateAfterFailedTools { get; init; } = DefaultEscalateAfterFailedTools;

    /// <summary>Tone used when the conversation does not ask for one.</summary>
    public string? DefaultTone { get; init; }

    /// <summary>Languages the template is written for; validation renders it once per language.</summary>
    public IReadOnlyList<string> Languages { get; init; } = ["es", "en"];

    /// <summary>Marker the model writes to end a simulated conversation (customer simulator).</summary>
    public string? StopMarker { get; init; }

    /// <summary>Whether the model must answer with JSON (judge, proposer) or free text.</summary>
    public PromptResponseFormat ResponseFormat { get; init; } = PromptResponseFormat.Text;

    /// <summary>Sampling temperature the prompt was written for; null leaves it to the caller.</summary>
    public double? Temperature { get; init; }

    /// <summary>Output cap of one reply of the role this prompt serves; null leaves the role's configured default.</summary>
    public int? MaxOutputTokens { get; init; }

    public bool IsToolEnabled(string toolName) => EnabledTools.Contains(toolName, StringComparer.Ordinal);
}

public enum PromptResponseFormat
{
    Text,
    Json,
}
