namespace AgentSupport.Workbench.Loop.Runs;

/// <summary>Run statuses in words, for messages.</summary>
public static class RunStatusText
{
    public static string Describe(this RunStatus status) => status switch
    {
        RunStatus.Created => "created",
        RunStatus.AwaitingApproval => "awaiting approval",
        RunStatus.Approved => "approved",
        RunStatus.Regenerated => "regenerated",
        RunStatus.Compared => "compared",
        RunStatus.Promoted => "promoted",
        RunStatus.Rejected => "rejected",
        _ => "failed",
    };
}
