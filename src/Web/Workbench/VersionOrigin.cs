using AgentSupport.Workbench.Loop.Comparison;
using AgentSupport.Workbench.Loop.Runs;

namespace AgentSupport.Web.Workbench;

/// <summary>The Workbench run that produced a prompt version as its candidate, with that run's verdict and decision.</summary>
public sealed record VersionOrigin(int Version, string RunId, Verdict? Verdict, IReadOnlyList<string> TradeOffs, bool Rejected)
{
    /// <summary>
    /// The origin of every version a run of <paramref name="promptId"/> made. The run records are the source of truth, so
    /// a version carries its rejection without a label of its own (labels point at one version each).
    /// </summary>
    public static IReadOnlyDictionary<int, VersionOrigin> Of(string promptId, IEnumerable<RunRecord> runs) =>
        // An example run's candidate was a version of a copy of the prompts, not of these.
        runs.Where(r => r.Parameters.PromptId == promptId && r.Prompts.Candidate is not null && !r.Parameters.Example)
            .GroupBy(r => r.Prompts.Candidate!.Value)
            .ToDictionary(
                g => g.Key,
                g => g.OrderByDescending(r => r.CreatedAt).Select(r => new VersionOrigin(
                    g.Key, r.Id, r.Comparison?.Verdict, r.Comparison?.TradeOffs ?? [], r.Status == RunStatus.Rejected)).First());
}
