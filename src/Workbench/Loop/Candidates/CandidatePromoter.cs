using AgentSupport.Prompts;
using AgentSupport.Prompts.Storage;
using AgentSupport.Workbench.Loop.Comparison;

namespace AgentSupport.Workbench.Loop.Candidates;

/// <summary>
/// Promotion and rejection of a compared candidate. Promotion moves <c>production</c> to the candidate when the
/// comparison said "better", when it said "better, with a trade-off" and the trade-off was confirmed, or when forced
/// with a reason; it is a compare-and-swap on the production version the
/// candidate was compared against, so a verdict against a baseline that has since changed cannot promote.
/// </summary>
public sealed class CandidatePromoter(FilePromptStore store)
{
    /// <param name="comparedProduction">The production version when the comparison ran (null when the prompt had none).</param>
    /// <param name="tradeOffs">The metrics a "better, with a trade-off" verdict gives up, named in the audit trail.</param>
    /// <param name="acceptTradeOff">The admin confirmed the trade-off of a "better, with a trade-off" verdict.</param>
    /// <exception cref="PromotionRefusedException">The verdict does not allow the promotion as asked.</exception>
    /// <exception cref="LabelConflictException">Production has moved since the comparison.</exception>
    public PromptStoreChange Promote(
        string promptId, int candidateVersion, int? comparedProduction, Verdict verdict, string by, bool force = false, string? reason = null,
        IReadOnlyList<string>? tradeOffs = null, bool acceptTradeOff = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        if (verdict == Verdict.BetterWithTradeOff && acceptTradeOff && !force)
        {
            return store.MoveLabel(
                promptId, PromptLabels.Production, candidateVersion, comparedProduction, by,
                string.IsNullOrWhiteSpace(reason)
                    ? $"Workbench comparison: candidate v{candidateVersion} is better than v{comparedProduction}, accepting a trade-off on {string.Join(", ", tradeOffs ?? [])}"
                    : reason);
        }

        if (verdict != Verdict.Better)
        {
            if (!force)
            {
                throw new PromotionRefusedException(verdict, tradeOffs ?? []);
            }

            if (string.IsNullOrWhiteSpace(reason))
            {
                throw new ArgumentException("Forcing the promotion of a candidate that was not found better needs a reason, for the audit trail.", nameof(reason));
            }
        }

        return store.MoveLabel(
            promptId, PromptLabels.Production, candidateVersion, comparedProduction, by,
            reason ?? $"Workbench comparison: candidate v{candidateVersion} is better than v{comparedProduction}");
    }

    /// <summary>Removes the <c>candidate</c> label from the rejected version; the version itself stays, as every version does.</summary>
    public PromptStoreChange Reject(string promptId, int candidateVersion, string by, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return store.RemoveLabel(promptId, PromptLabels.Candidate, candidateVersion, by, reason);
    }
}
