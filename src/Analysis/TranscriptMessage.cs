namespace AgentSupport.Workbench.Analysis;

/// <summary>One transcript message: the speaker as the data names it (cliente/agente, user/assistant) and its text.</summary>
public sealed record TranscriptMessage(string Speaker, string Text)
{
    /// <summary>Customer messages are the only ones matched for intents (exact names, docs/design.md, "Conversation files").</summary>
    public bool IsCustomer => Speaker is "cliente" or "user";
}
