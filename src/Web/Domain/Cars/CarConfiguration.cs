using AgentSupport.Web.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AgentSupport.Web.Domain.Cars;

internal sealed class CarConfiguration : IEntityTypeConfiguration<Car>
{
    public void Configure(EntityTypeBuilder<Car> car)
    {
        car.ToTable("Cars");
        car.Property(c => c.Plate).HasMaxLength(20);
        car.Property(c => c.PlateKey).HasMaxLength(20);
        car.Property(c => c.Make).HasMaxLength(50);
        car.Property(c => c.Model).HasMaxLength(50);
        car.HasIndex(c => c.PlateKey).IsUnique();
        car.HasIndex(c => c.OwnerId);
        car.HasOne<User>().WithMany().HasForeignKey(c => c.OwnerId).OnDelete(DeleteBehavior.Restrict);
    }
}
