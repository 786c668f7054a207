using AgentSupport.Prompts.Templates;
namespace AgentSupport.Prompts.Storage;

/// <summary>
/// A new version described as changes to a parent version: whatever is null is taken from the parent.
/// The parent defaults to the production version.
/// </summary>
public sealed record PromptEdit
{
    public required string Author { get; init; }

    public int? Parent { get; init; }

    public string? Body { get; init; }

    public string? Description { get; init; }

    public PromptPolicy? Policy { get; init; }
}
