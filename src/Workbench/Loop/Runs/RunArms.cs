using AgentSupport.Workbench.Analysis;
using AgentSupport.Workbench.Loop.Comparison;
using AgentSupport.Workbench.Loop.Regeneration;

namespace AgentSupport.Workbench.Loop.Runs;

/// <summary>A run's results split into its two arms, in scenario order, as analysis inputs and as comparison arms.</summary>
public sealed record RunArms(IReadOnlyList<ConversationInput> Baseline, IReadOnlyList<ConversationInput> Candidate, int BaselineFailed, int CandidateFailed)
{
    public static RunArms From(RunRecord run, IReadOnlyList<ConversationResult> results)
    {
        var byKey = results.ToDictionary(r => r.Key);
        IReadOnlyList<ConversationResult> Arm(Arm arm) =>
            run.Scenarios.Select(s => byKey.GetValueOrDefault((s.Id, arm))).OfType<ConversationResult>().ToArray();
        var scenarios = run.Scenarios.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var (baseline, candidate) = (Arm(Regeneration.Arm.Baseline), Arm(Regeneration.Arm.Candidate));
        return new RunArms(
            baseline.Select(r => RegeneratedConversations.ToInput(r, scenarios[r.ScenarioId])).ToArray(),
            candidate.Select(r => RegeneratedConversations.ToInput(r, scenarios[r.ScenarioId])).ToArray(),
            baseline.Count(r => r.Failed),
            candidate.Count(r => r.Failed));
    }

    public async Task<(ComparisonArm Baseline, ComparisonArm Candidate)> AnalyseAsync(
        ConversationAnalyzer analyzer, RunRecord run, Action<ConversationRecord>? onBaseline = null, Action<ConversationRecord>? onCandidate = null, CancellationToken cancellationToken = default)
    {
        var prompt = run.Parameters.PromptId;
        var baseline = await ComparisonArm.FromConversationsAsync(analyzer, $"baseline ({prompt} v{run.Prompts.Baseline})", Baseline, onBaseline, cancellationToken);
        var candidate = await ComparisonArm.FromConversationsAsync(analyzer, $"candidate ({prompt} v{run.Prompts.Candidate})", Candidate, onCandidate, cancellationToken);
        return (baseline with { Failed = BaselineFailed }, candidate with { Failed = CandidateFailed });
    }
}
