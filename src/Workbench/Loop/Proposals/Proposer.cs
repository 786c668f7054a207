using AgentSupport.Agent.Conversation;
using AgentSupport.Agent.Model;
using AgentSupport.Prompts.Templates;
using Microsoft.Extensions.AI;

namespace AgentSupport.Workbench.Loop.Proposals;

/// <summary>
/// Asks the proposer model for the five-part proposal. The reply is validated; an invalid or cut-off one is sent
/// back to the model with the problems in the same conversation, and after the last attempt the failure is raised
/// with every reply and problem, never swallowed.
/// </summary>
public sealed class Proposer(IChatClient chat, ProposerOptions? options = null)
{
    private readonly ProposerOptions _options = options ?? new ProposerOptions();

    /// <exception cref="ProposalFailedException">No attempt gave a valid proposal.</exception>
    /// <exception cref="TimeoutException">A call took longer than <see cref="ProposerOptions.CallTimeout"/>.</exception>
    public async Task<ProposalOutcome> ProposeAsync(
        PromptVersion proposerPrompt, ProposerInputs inputs, ProposalValidator validator, CancellationToken cancellationToken = default)
    {
        var variables = inputs.ToVariables(_options.Language);
        var english = _options.Language == "en";
        List<ChatMessage> messages =
        [
            new(ChatRole.System, proposerPrompt.Render(variables)),
            new(ChatRole.User, english
                ? "Analyse the data above and return the proposal as one JSON object."
                : "Analiza los datos anteriores y devuelve la propuesta como un solo objeto JSON."),
        ];
        var chatOptions = new ChatOptions
        {
            ResponseFormat = ChatResponseFormat.Json,
            MaxOutputTokens = proposerPrompt.Policy.MaxOutputTokens ?? _options.MaxOutputTokens,
            Temperature = proposerPrompt.Policy.Temperature is { } t ? (float)t : null,
        }.WithHints(ModelRoles.Proposer, proposerPrompt.Policy, variables);

        var attempts = new List<ProposalAttempt>();
        var usage = new UsageDetails();
        for (var attempt = 1; attempt <= _options.MaxAttempts; attempt++)
        {
            var response = await CallAsync(messages, chatOptions, cancellationToken);
            if (response.Usage is { } used)
            {
                usage.Add(used);
            }

            var reply = response.Text;
            var validation = validator.Validate(reply, cutOff: response.FinishReason == ChatFinishReason.Length);
            attempts.Add(new ProposalAttempt(attempt, reply, validation.Errors));
            if (validation.IsValid)
            {
                return new ProposalOutcome(validation.Proposal!, validation.Response!, attempts, TokenUsage.From(usage));
            }

            messages.Add(new ChatMessage(ChatRole.Assistant, reply));
            messages.Add(new ChatMessage(ChatRole.User,
                "Your previous answer cannot be used:\n- " + string.Join("\n- ", validation.Errors)
                + "\nReturn only the corrected, complete JSON object with the five keys, and no other text."));
        }

        throw new ProposalFailedException(attempts);
    }

    private async Task<ChatResponse> CallAsync(List<ChatMessage> messages, ChatOptions chatOptions, CancellationToken cancellationToken)
    {
        using var call = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        call.CancelAfter(_options.CallTimeout);
        try
        {
            return await chat.GetStreamingResponseAsync(messages, chatOptions, call.Token).ToChatResponseAsync(call.Token);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The proposer did not answer within {_options.CallTimeout}.", ex);
        }
    }
}
