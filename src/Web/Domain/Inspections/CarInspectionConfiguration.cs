using AgentSupport.Plugins.Inspections;
using AgentSupport.Plugins.Offers;
using AgentSupport.Web.Accounts;
using AgentSupport.Web.Domain.Hubs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AgentSupport.Web.Domain.Inspections;

internal sealed class CarInspectionConfiguration : IEntityTypeConfiguration<CarInspection>
{
    public void Configure(EntityTypeBuilder<CarInspection> inspection)
    {
        inspection.ToTable("Inspections");
        inspection.Property(i => i.HubId).HasMaxLength(50);
        inspection.Property(i => i.Stage).HasConversion<EnumNameConverter<InspectionStage>>().HasMaxLength(EnumNameConverter<InspectionStage>.MaxLength);
        inspection.Property(i => i.ConditionGrade).HasConversion<EnumNameConverter<CarCondition>>().HasMaxLength(EnumNameConverter<CarCondition>.MaxLength);

        // The workshop slot an inspection holds; a cancelled one gives it back. The filter is plain SQL
        // that both providers accept, and its literal is the stored name of InspectionStage.Cancelled.
        inspection.HasIndex(i => new { i.HubId, i.ScheduledAt })
            .IsUnique()
            .HasFilter($"\"Stage\" <> '{EnumNames<InspectionStage>.NameOf(InspectionStage.Cancelled)}'")
            .HasDatabaseName("IX_Inspections_HeldSlot");
        inspection.HasIndex(i => i.CustomerId);

        inspection.HasOne(i => i.Car).WithMany().HasForeignKey(i => i.CarId).OnDelete(DeleteBehavior.Restrict);
        inspection.HasOne<ServiceHub>().WithMany().HasForeignKey(i => i.HubId).OnDelete(DeleteBehavior.Restrict);
        inspection.HasOne<User>().WithMany().HasForeignKey(i => i.CustomerId).OnDelete(DeleteBehavior.Restrict);
        inspection.HasMany(i => i.Findings).WithOne().HasForeignKey(f => f.InspectionId).OnDelete(DeleteBehavior.Cascade);
    }
}
