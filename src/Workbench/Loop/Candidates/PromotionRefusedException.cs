using AgentSupport.Workbench.Loop.Comparison;

namespace AgentSupport.Workbench.Loop.Candidates;

/// <summary>Promotion of a candidate the comparison did not find better, without force.</summary>
public sealed class PromotionRefusedException(Verdict verdict)
    : InvalidOperationException($"The comparison verdict is '{verdict switch { Verdict.Worse => "worse", _ => "no difference" }}', not 'better'; the candidate is not promoted. Force it with a reason to promote anyway.")
{
    public Verdict Verdict { get; } = verdict;
}
