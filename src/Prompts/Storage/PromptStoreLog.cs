using AgentSupport.Prompts.Validation;
using Microsoft.Extensions.Logging;

namespace AgentSupport.Prompts.Storage;

internal static partial class PromptStoreLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Recorded prompt version {PromptId} v{Version} found on disk")]
    public static partial void Adopted(ILogger logger, string promptId, int version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Prompt problem: {Problem}")]
    public static partial void Problem(ILogger logger, PromptProblem problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not record the new versions of {PromptId}")]
    public static partial void AdoptionFailed(ILogger logger, Exception exception, string promptId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reloading the prompts folder failed")]
    public static partial void ReloadFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "A prompt store change handler failed for {Kind} of {PromptId}")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, PromptStoreChangeKind kind, string promptId);
}
