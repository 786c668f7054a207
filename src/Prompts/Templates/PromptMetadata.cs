namespace AgentSupport.Prompts.Templates;

/// <summary>The front matter of one prompt version.</summary>
public sealed record PromptMetadata
{
    public required string Id { get; init; }
    public required int Version { get; init; }
    public required string Description { get; init; }
    public required string Author { get; init; }
    public required DateOnly Created { get; init; }

    /// <summary>The version this one was derived from; null for a first version.</summary>
    public int? Parent { get; init; }

    public PromptPolicy Policy { get; init; } = new();
}
