using AgentSupport.Workbench.Cli;
using AgentSupport.Workbench.Loop.Regeneration;

namespace AgentSupport.Workbench.Loop.Runs;

/// <summary>What a running loop reports: the step it is in and, while regenerating, the conversations done.</summary>
public sealed record LoopProgress(RunStatus Step, string Description, RegenerationProgress? Conversations = null)
{
    public const string Regenerating = "Regenerating and judging conversations";

    /// <summary>Forwards a regeneration's per-conversation progress as loop progress.</summary>
    public static IProgress<RegenerationProgress> OfConversations(IProgress<LoopProgress> progress) =>
        new InlineProgress<RegenerationProgress>(p => progress.Report(new LoopProgress(RunStatus.Approved, Regenerating, p)));
}
