using AgentSupport.Workbench.Loop.Comparison;

namespace AgentSupport.Workbench.Loop.Candidates;

/// <summary>Promotion of a candidate the comparison did not find better, without force or the trade-off confirmed.</summary>
public sealed class PromotionRefusedException(Verdict verdict, IReadOnlyList<string> tradeOffs)
    : InvalidOperationException(verdict == Verdict.BetterWithTradeOff
        ? $"The comparison verdict is 'better, with a trade-off on {string.Join(", ", tradeOffs)}'; confirm the trade-off to promote the candidate."
        : $"The comparison verdict is '{verdict switch { Verdict.Worse => "worse", Verdict.Inconclusive => "inconclusive", _ => "no difference" }}', not 'better'; the candidate is not promoted. Force it with a reason to promote anyway.")
{
    public Verdict Verdict { get; } = verdict;

    public IReadOnlyList<string> TradeOffs { get; } = tradeOffs;
}
