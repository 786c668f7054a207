namespace AgentSupport.Prompts.Templates;

/// <summary>
/// The values a template is rendered with. In templates they are <c>context</c>, <c>tone</c>,
/// <c>channel</c>, <c>language</c>, <c>customer</c> (<c>name</c>, <c>cars</c>, <c>open_tickets</c>),
/// <c>now</c>, <c>policy</c> (the version's own policy) and any prompt-specific extras.
/// </summary>
public sealed record PromptVariables
{
    /// <summary>Conversation context: buying, ask, feedback, service, credit, warranty.</summary>
    public string Context { get; init; } = "";

    /// <summary>Requested tone (amable, empático, formal, ...); empty falls back to the policy's default tone.</summary>
    public string Tone { get; init; } = "";

    /// <summary>whatsapp, webchat, email or telefono.</summary>
    public string Channel { get; init; } = "";

    /// <summary>"es" or "en"; also picks the culture for dates in the template.</summary>
    public string Language { get; init; } = "es";

    /// <summary>The signed-in customer, from the server-side session; null when there is none.</summary>
    public CustomerProfile? Customer { get; init; }

    /// <summary>The clock time the prompt is rendered for, in the customer's offset.</summary>
    public DateTimeOffset Now { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>Prompt-specific variables (persona, goal, transcript, metrics, ...), allowed per prompt id.</summary>
    public IReadOnlyDictionary<string, object?> Extra { get; init; } = new Dictionary<string, object?>();
}

/// <summary>What the prompt may know about the customer of the conversation.</summary>
public sealed record CustomerProfile(string Name, IReadOnlyList<string> Cars, IReadOnlyList<string> OpenTickets);
