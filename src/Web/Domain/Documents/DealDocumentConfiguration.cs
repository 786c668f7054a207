using AgentSupport.Plugins.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AgentSupport.Web.Domain.Documents;

internal sealed class DealDocumentConfiguration : IEntityTypeConfiguration<DealDocument>
{
    public void Configure(EntityTypeBuilder<DealDocument> document)
    {
        document.ToTable("DealDocuments");
        document.Property(d => d.Kind).HasConversion<EnumNameConverter<DocumentKind>>().HasMaxLength(EnumNameConverter<DocumentKind>.MaxLength);
        document.HasIndex(d => new { d.DealId, d.Kind }).IsUnique();
    }
}
