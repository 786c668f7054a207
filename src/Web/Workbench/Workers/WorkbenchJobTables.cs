using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AgentSupport.Web.Workbench.Workers;

/// <summary>
/// One hand-out of a run's conversations to the workers: the prompt versions they hold them with (their text, so a
/// worker needs no copy of the coordinator's prompt folder), and whether the run was cancelled since.
/// </summary>
public sealed class WorkbenchDispatch
{
    public Guid Id { get; set; }
    public required string RunId { get; set; }
    public required string PromptsJson { get; set; }
    public bool Cancelled { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>
/// Both arms of one scenario of a run, as a worker held them. The key is the run and the scenario's index, and rows are
/// only ever inserted if absent, so a scenario held twice (a job retried after its worker died) is stored once.
/// </summary>
public sealed class WorkbenchScenarioResult
{
    public required string RunId { get; set; }
    public int ScenarioIndex { get; set; }
    public required string BaselineJson { get; set; }
    public required string CandidateJson { get; set; }
    public required string Worker { get; set; }
    public DateTime FinishedAt { get; set; }
}

public sealed class WorkbenchDispatchConfiguration : IEntityTypeConfiguration<WorkbenchDispatch>
{
    public void Configure(EntityTypeBuilder<WorkbenchDispatch> dispatch)
    {
        dispatch.Property(d => d.RunId).HasMaxLength(64);
        dispatch.HasIndex(d => d.RunId);
        dispatch.HasOne<WorkbenchRun>().WithMany().HasForeignKey(d => d.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class WorkbenchScenarioResultConfiguration : IEntityTypeConfiguration<WorkbenchScenarioResult>
{
    public void Configure(EntityTypeBuilder<WorkbenchScenarioResult> result)
    {
        result.HasKey(r => new { r.RunId, r.ScenarioIndex });
        result.Property(r => r.RunId).HasMaxLength(64);
        result.Property(r => r.Worker).HasMaxLength(200);
        result.HasOne<WorkbenchRun>().WithMany().HasForeignKey(r => r.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}
