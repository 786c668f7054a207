namespace AgentSupport.Web.Workbench;

/// <summary>
/// A Workbench run as the database keeps it: the columns an admin lists and filters by, and the whole
/// run record as JSON so a run can be reopened from the database alone.
/// </summary>
public sealed class WorkbenchRun
{
    public required string Id { get; set; }
    public required string Status { get; set; }
    public required string Dataset { get; set; }
    public required string PromptId { get; set; }
    public int BaselineVersion { get; set; }
    public int? CandidateVersion { get; set; }
    public string? Verdict { get; set; }
    public required string ModelId { get; set; }
    public int Seed { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public required string RecordJson { get; set; }
}

/// <summary>One judged conversation of a run, as the loop recorded it.</summary>
public sealed class WorkbenchRunResult
{
    public long Id { get; set; }
    public required string RunId { get; set; }
    public required string ResultJson { get; set; }
    public DateTime RecordedAt { get; set; }
}
