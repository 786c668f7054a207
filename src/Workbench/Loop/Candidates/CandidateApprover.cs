using AgentSupport.Prompts;
using AgentSupport.Prompts.Storage;
using AgentSupport.Prompts.Templates;
using AgentSupport.Prompts.Validation;
using AgentSupport.Workbench.Loop.Proposals;

namespace AgentSupport.Workbench.Loop.Candidates;

/// <summary>
/// Approval: the (possibly edited) prompt changes become a new immutable version of the agent prompt, derived from
/// the baseline version, and the <c>candidate</c> label moves to it. Both steps go through the store, which validates
/// the version and audits the label move.
/// </summary>
public sealed class CandidateApprover(FilePromptStore store)
{
    private const int MaxDescriptionLength = 160;

    /// <exception cref="PromptValidationException">The changes do not make a valid version; nothing was written.</exception>
    public PromptVersion Approve(string promptId, int baselineVersion, PromptChanges changes, string approvedBy, string? reason = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(approvedBy);
        var parent = store.Get(promptId, baselineVersion);
        var draft = CandidateComposer.Compose(parent, changes, store.Validator);
        if (!draft.IsValid)
        {
            throw new PromptValidationException(draft.Problems);
        }

        var version = store.CreateVersion(promptId, new PromptEdit
        {
            Author = approvedBy,
            Parent = parent.Number,
            Body = draft.Body,
            Policy = draft.Policy,
            Description = Describe(changes.Rationale, parent.Number),
        });
        store.MoveLabel(promptId, PromptLabels.Candidate, version.Number, by: approvedBy, reason: reason ?? $"approved Workbench proposal on version {parent.Number}");
        return version;
    }

    private static string Describe(string rationale, int parent)
    {
        var firstLine = rationale.Split('\n', 2)[0].Trim();
        var text = $"Workbench candidate from v{parent}: {firstLine}";
        return text.Length <= MaxDescriptionLength ? text : text[..(MaxDescriptionLength - 1)] + "…";
    }
}
