namespace AgentSupport.Prompts.Storage;

/// <summary>A store operation that cannot be done in the current state (unreadable labels.json, nothing to roll back to, lock timeout).</summary>
public class PromptStoreException(string message, Exception? inner = null) : Exception(message, inner);
