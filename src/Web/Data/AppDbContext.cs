using AgentSupport.Web.Accounts;
using AgentSupport.Web.Conversations;
using AgentSupport.Web.Domain;
using AgentSupport.Web.Experiments;
using AgentSupport.Web.Privacy;
using AgentSupport.Web.Prompts;
using AgentSupport.Web.Tickets;
using AgentSupport.Web.Workbench;
using AgentSupport.Web.Workbench.Workers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AgentSupport.Web.Data;

/// <summary>
/// The application's data. Each provider has a subclass of its own so that each keeps its own
/// migrations (SQLite and PostgreSQL generate different DDL).
/// </summary>
public abstract class AppDbContext : DbContext
{
    protected AppDbContext(DbContextOptions options)
        : base(options)
    {
        // A save inside a transaction would otherwise first set a savepoint (a round trip) to roll back to on failure,
        // but no code here goes on with a transaction after a failed save: the whole transaction is rolled back.
        Database.AutoSavepointsEnabled = false;
    }

    public DbSet<User> Users => Set<User>();
    public DbSet<Ticket> Tickets => Set<Ticket>();
    public DbSet<TicketMessage> TicketMessages => Set<TicketMessage>();
    public DbSet<Conversation> Conversations => Set<Conversation>();
    public DbSet<ConversationMessage> ConversationMessages => Set<ConversationMessage>();
    public DbSet<ToolCall> ToolCalls => Set<ToolCall>();
    public DbSet<PromptAuditEntry> PromptAudit => Set<PromptAuditEntry>();
    public DbSet<Experiment> Experiments => Set<Experiment>();

    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        // Every timestamp is UTC; SQLite forgets the kind on the way back, so restore it on read.
        builder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        builder.Properties<string>().HaveConversion<ControlCharacters.Converter>();
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

        model.Entity<Conversation>(conversation =>
        {
            conversation.Property(c => c.Context).HasMaxLength(30);
            conversation.Property(c => c.Channel).HasMaxLength(30);
            conversation.Property(c => c.Language).HasMaxLength(10);
            conversation.Property(c => c.Tone).HasMaxLength(30);
            conversation.Property(c => c.PromptId).HasMaxLength(100);
            conversation.Property(c => c.Status).HasMaxLength(20);
            conversation.Property(c => c.RatingComment).HasMaxLength(2000);
            conversation.HasIndex(c => new { c.CustomerId, c.UpdatedAt });
            conversation.HasIndex(c => c.CreatedAt);
            // The retention job looks for conversations not yet anonymised by their last activity.
            conversation.HasIndex(c => new { c.AnonymisedAt, c.UpdatedAt });
            conversation.HasOne<User>().WithMany().HasForeignKey(c => c.CustomerId).OnDelete(DeleteBehavior.Restrict);
            conversation.HasOne<Ticket>().WithMany().HasForeignKey(c => c.TicketId).OnDelete(DeleteBehavior.SetNull);
            conversation.Property(c => c.ExperimentArm).HasMaxLength(20);
            // An experiment's tally counts its conversations per arm after every conversation.
            conversation.HasIndex(c => new { c.ExperimentId, c.ExperimentArm });
            conversation.HasOne<Experiment>().WithMany().HasForeignKey(c => c.ExperimentId).OnDelete(DeleteBehavior.Restrict);
            conversation.HasMany(c => c.Messages).WithOne().HasForeignKey(m => m.ConversationId).OnDelete(DeleteBehavior.Cascade);
            conversation.HasMany(c => c.ToolCalls).WithOne().HasForeignKey(t => t.ConversationId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<ConversationMessage>(message =>
        {
            message.Property(m => m.Role).HasMaxLength(20);
            message.Property(m => m.ModelId).HasMaxLength(200);
            message.HasIndex(m => new { m.ConversationId, m.Turn }).IsUnique();
            // The dashboard sums tokens per day.
            message.HasIndex(m => m.CreatedAt);
        });

        model.Entity<ToolCall>(call =>
        {
            call.Property(t => t.Plugin).HasMaxLength(100);
            call.Property(t => t.Function).HasMaxLength(100);
            call.HasIndex(t => new { t.ConversationId, t.Turn });
        });

        model.Entity<PromptAuditEntry>(entry =>
        {
            entry.Property(e => e.PromptId).HasMaxLength(100);
            entry.Property(e => e.Action).HasMaxLength(30);
            entry.Property(e => e.Label).HasMaxLength(50);
            entry.Property(e => e.Actor).HasMaxLength(256);
            entry.Property(e => e.Reason).HasMaxLength(2000);
            entry.HasIndex(e => new { e.PromptId, e.At });
        });

        model.Entity<WorkbenchRun>(run =>
        {
            run.Property(r => r.Id).HasMaxLength(64);
            run.Property(r => r.Status).HasMaxLength(30);
            run.Property(r => r.Dataset).HasMaxLength(500);
            run.Property(r => r.PromptId).HasMaxLength(100);
            run.Property(r => r.Verdict).HasMaxLength(30);
            run.Property(r => r.ModelId).HasMaxLength(200);
            run.HasIndex(r => r.CreatedAt);
        });

        model.Entity<WorkbenchRunResult>(result =>
        {
            result.Property(r => r.RunId).HasMaxLength(64);
            result.HasIndex(r => r.RunId);
            result.HasOne<WorkbenchRun>().WithMany().HasForeignKey(r => r.RunId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<TicketMessage>(message =>
        {
            message.Property(m => m.Body).HasMaxLength(TicketRules.MessageMaxLength);
            message.Property(m => m.AuthorRole).HasMaxLength(20);
        });

        model.ApplyDomainModel();
        model.ApplyConfiguration(new PrivacyAuditConfiguration());
        model.ApplyConfiguration(new ErasureRequestConfiguration());
        model.ApplyConfiguration(new ExperimentConfiguration());
        model.ApplyConfiguration(new WorkbenchDispatchConfiguration());
        model.ApplyConfiguration(new WorkbenchScenarioResultConfiguration());
    }

    /// <summary>Whether the provider runs one batch of statements as one transaction of its own.</summary>
    protected virtual bool BatchesAreAtomic => false;

    /// <summary>
    /// Saves a few changes that stand or fall together (a message, its turn's tool calls, the conversation): few enough
    /// for EF to send as one batch, which PostgreSQL runs as one implicit transaction, so the BEGIN … COMMIT EF would wrap
    /// it in only costs a round trip. SQLite runs statements one by one and keeps EF's transaction.
    /// </summary>
    public async Task SaveBatchAsync(CancellationToken ct)
    {
        var usual = Database.AutoTransactionBehavior;
        if (BatchesAreAtomic) Database.AutoTransactionBehavior = AutoTransactionBehavior.Never;
        try
        {
            await SaveChangesAsync(ct);
        }
        finally
        {
            Database.AutoTransactionBehavior = usual;
        }
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        toStore => toStore.Kind == DateTimeKind.Utc ? toStore : toStore.ToUniversalTime(),
        fromStore => DateTime.SpecifyKind(fromStore, DateTimeKind.Utc));
}

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options);

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options)
{
    protected override bool BatchesAreAtomic => true;
}
