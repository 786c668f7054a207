using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AgentSupport.Web.Experiments;

public sealed class ExperimentConfiguration : IEntityTypeConfiguration<Experiment>
{
    public void Configure(EntityTypeBuilder<Experiment> experiment)
    {
        experiment.Property(e => e.PromptId).HasMaxLength(100);
        experiment.Property(e => e.Status).HasMaxLength(20);
        experiment.Property(e => e.StartedBy).HasMaxLength(256);
        experiment.Property(e => e.StoppedBy).HasMaxLength(256);
        experiment.Property(e => e.StopReason).HasMaxLength(2000);
        experiment.Property(e => e.Outcome).HasMaxLength(30);
        experiment.Property(e => e.OutcomeMetric).HasMaxLength(30);
        experiment.Ignore(e => e.IsRunning);
        // At most one running experiment per prompt, decided by the database when two admins start one at once.
        experiment.HasIndex(e => e.PromptId).IsUnique().HasFilter("\"Status\" = 'running'").HasDatabaseName("IX_Experiments_PromptId_Running");
        experiment.HasIndex(e => e.StartedAt);
    }
}
