using AgentSupport.Web.Accounts;
using AgentSupport.Web.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AgentSupport.Web.Data;

/// <summary>
/// The application's data. Each provider has a subclass of its own so that each keeps its own
/// migrations (SQLite and PostgreSQL generate different DDL).
/// </summary>
public abstract class AppDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<User> Users => Set<User>();
    public DbSet<Ticket> Tickets => Set<Ticket>();
    public DbSet<TicketMessage> TicketMessages => Set<TicketMessage>();

    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        // Every timestamp is UTC; SQLite forgets the kind on the way back, so restore it on read.
        builder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<User>(user =>
        {
            user.HasIndex(u => u.NormalizedEmail).IsUnique();
            user.Property(u => u.Email).HasMaxLength(256);
            user.Property(u => u.NormalizedEmail).HasMaxLength(256);
            user.Property(u => u.DisplayName).HasMaxLength(100);
            user.Property(u => u.Role).HasMaxLength(20);
        });

        model.Entity<Ticket>(ticket =>
        {
            ticket.Property(t => t.Subject).HasMaxLength(TicketRules.SubjectMaxLength);
            ticket.Property(t => t.Description).HasMaxLength(TicketRules.DescriptionMaxLength);
            ticket.Property(t => t.Category).HasMaxLength(30);
            ticket.Property(t => t.Status).HasMaxLength(30);
            ticket.HasIndex(t => new { t.CustomerId, t.Status });
            ticket.HasOne(t => t.Customer).WithMany().HasForeignKey(t => t.CustomerId).OnDelete(DeleteBehavior.Restrict);
            ticket.HasMany(t => t.Messages).WithOne().HasForeignKey(m => m.TicketId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<TicketMessage>(message =>
        {
            message.Property(m => m.Body).HasMaxLength(TicketRules.MessageMaxLength);
            message.Property(m => m.AuthorRole).HasMaxLength(20);
        });
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        toStore => toStore.Kind == DateTimeKind.Utc ? toStore : toStore.ToUniversalTime(),
        fromStore => DateTime.SpecifyKind(fromStore, DateTimeKind.Utc));
}

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options);

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options);
