namespace AgentSupport.Prompts.Validation;

/// <summary>A prompt version was rejected; nothing was written. The HTTP API maps it to 422 with the problems.</summary>
public sealed class PromptValidationException(IReadOnlyList<PromptProblem> problems)
    : Exception("The prompt is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<PromptProblem> Problems { get; } = problems;
}
