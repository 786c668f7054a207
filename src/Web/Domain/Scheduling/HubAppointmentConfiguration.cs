using AgentSupport.Plugins.Scheduling;
using AgentSupport.Web.Accounts;
using AgentSupport.Web.Domain.Hubs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AgentSupport.Web.Domain.Scheduling;

internal sealed class HubAppointmentConfiguration : IEntityTypeConfiguration<HubAppointment>
{
    public void Configure(EntityTypeBuilder<HubAppointment> appointment)
    {
        appointment.ToTable("Appointments");
        appointment.Property(a => a.HubId).HasMaxLength(50);
        appointment.Property(a => a.Type).HasConversion<EnumNameConverter<AppointmentType>>().HasMaxLength(EnumNameConverter<AppointmentType>.MaxLength);
        appointment.HasIndex(a => new { a.HubId, a.Type, a.Start }).IsUnique().HasDatabaseName("IX_Appointments_BookedSlot");
        appointment.HasIndex(a => new { a.CustomerId, a.Start });
        appointment.HasOne<ServiceHub>().WithMany().HasForeignKey(a => a.HubId).OnDelete(DeleteBehavior.Restrict);
        appointment.HasOne<User>().WithMany().HasForeignKey(a => a.CustomerId).OnDelete(DeleteBehavior.Restrict);
    }
}
