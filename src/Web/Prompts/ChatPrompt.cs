namespace AgentSupport.Web.Prompts;

public static class ChatPrompt
{
    /// <summary>The prompt that serves live customer conversations.</summary>
    public const string AgentPromptId = "customer-agent";
}
