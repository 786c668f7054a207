using AgentSupport.Plugins.Inspections;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AgentSupport.Web.Domain.Inspections;

internal sealed class CarInspectionFindingConfiguration : IEntityTypeConfiguration<CarInspectionFinding>
{
    public void Configure(EntityTypeBuilder<CarInspectionFinding> finding)
    {
        finding.ToTable("InspectionFindings");
        finding.Property(f => f.Component).HasMaxLength(100);
        finding.Property(f => f.Note).HasMaxLength(1000);
        finding.Property(f => f.Severity).HasConversion<EnumNameConverter<FindingSeverity>>().HasMaxLength(EnumNameConverter<FindingSeverity>.MaxLength);
        // Read back whole, never compared in SQL (SQLite stores decimals as TEXT).
        finding.Property(f => f.EstimatedRepairMxn).HasPrecision(12, 2);
    }
}
