using System.Net.Http.Json;
using AgentSupport.Web.Conversations;
using AgentSupport.Web.Privacy;
using AgentSupport.Web.Tests.Conversations;
using AgentSupport.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace AgentSupport.Web.Tests.Privacy;

/// <summary>
/// The daily retention job on a clock that moves only when the test moves it: a conversation 31 days without activity
/// is anonymised (texts redacted, customer unlinked, metrics kept, audited); one 11 days old is left alone.
/// </summary>
public abstract class RetentionPrivacyTests<TFixture>(TFixture app) : ProviderTests<TFixture>(app) where TFixture : AppFixture, IMovableClock
{
    private const string Clabe = "002180012345678906";
    private const string Phone = "55 1234 5678";
    private static readonly string Said = $"Mi CLABE es {Clabe} y mi celular {Phone}, el auto es PZN-904-E";

    [SkippableFact]
    public async Task Conversations_past_the_limit_are_anonymised_by_the_daily_job_and_newer_ones_are_left_alone()
    {
        RequireDatabase();
        var customer = await App.CustomerAsync();
        var admin = await App.AdminAsync();
        var old = await ChatClient.StartAsync(customer, language: "es");
        await ChatClient.SendAsync(customer, old.Id, Said);
        (await customer.Http.PostAsJsonAsync($"/api/conversations/{old.Id}/rating", new { csat = 4, comment = $"Llámenme al {Phone}" })).EnsureSuccessStatusCode();
        await App.WithDbAsync(db =>
        {
            db.ToolCalls.Add(new ToolCall
            {
                ConversationId = old.Id, Turn = 2, Plugin = "PayoutTracker", Function = "get_payout_status",
                ArgumentsJson = """{"plate":"PZN-904-E"}""", ResultJson = $$"""{"clabe":"{{Clabe}}","amount_mxn":245000}""", Succeeded = true,
            });
            return db.SaveChangesAsync();
        });
        var before = await SnapshotAsync(old.Id);

        App.Clock.Advance(TimeSpan.FromDays(20));
        var recent = await ChatClient.StartAsync(customer, language: "es");
        await ChatClient.SendAsync(customer, recent.Id, Said);

        await MoveOnUntilAnonymisedAsync(old.Id);

        var after = await SnapshotAsync(old.Id);
        Assert.Null(after.Conversation.CustomerId);
        Assert.NotNull(after.Conversation.AnonymisedAt);
        Assert.Equal(before.Conversation.Status, after.Conversation.Status);
        Assert.Equal(before.Conversation.Csat, after.Conversation.Csat);
        Assert.Equal(before.Conversation.UpdatedAt, after.Conversation.UpdatedAt);
        Assert.Equal(before.Messages.Select(m => (m.Turn, m.Role, m.InputTokens, m.OutputTokens, m.CreatedAt)),
            after.Messages.Select(m => (m.Turn, m.Role, m.InputTokens, m.OutputTokens, m.CreatedAt)));
        Assert.Equal("Mi CLABE es [CLABE] y mi celular [PHONE], el auto es PZN-904-E", after.Messages[0].Text);
        Assert.Equal("Llámenme al [PHONE]", after.Conversation.RatingComment);
        var call = Assert.Single(after.Calls);
        Assert.Equal("""{"plate":"PZN-904-E"}""", call.ArgumentsJson);
        Assert.Equal("""{"clabe":"[CLABE]","amount_mxn":245000}""", call.ResultJson);
        Assert.Equal(before.Calls.Select(c => (c.Plugin, c.Function, c.Succeeded)), after.Calls.Select(c => (c.Plugin, c.Function, c.Succeeded)));

        var kept = await SnapshotAsync(recent.Id);
        Assert.Equal(customer.UserId, kept.Conversation.CustomerId);
        Assert.Null(kept.Conversation.AnonymisedAt);
        Assert.Equal(Said, kept.Messages[0].Text);

        var own = await customer.Http.GetFromJsonAsync<AgentSupport.Web.Infrastructure.Page<ConversationResponse>>("/api/conversations");
        Assert.Equal([recent.Id], own!.Items.Select(c => c.Id));
        var audit = (await admin.Http.GetFromJsonAsync<List<PrivacyAuditResponse>>($"/api/privacy/audit?action={PrivacyActions.Retention}"))!;
        var entry = Assert.Single(audit);
        Assert.Equal(PrivacyAudit.SystemActor, entry.Actor);
        Assert.StartsWith("1 conversations without activity since ", entry.Subject);
        Assert.EndsWith("(30 days)", entry.Subject);
    }

    /// <summary>
    /// Moves the clock to 31 days after the first conversation and waits for the job's run; the job runs on its own
    /// thread, so if its daily tick had not been armed when the clock moved, the next day's tick does it.
    /// </summary>
    private async Task MoveOnUntilAnonymisedAsync(Guid id)
    {
        App.Clock.Advance(TimeSpan.FromDays(11));
        for (var extraDays = 0; extraDays < 5; extraDays++)
        {
            for (var wait = 0; wait < 100; wait++)
            {
                if (await App.WithDbAsync(db => db.Conversations.AnyAsync(c => c.Id == id && c.AnonymisedAt != null))) return;
                await Task.Delay(100);
            }
            App.Clock.Advance(TimeSpan.FromDays(1));
        }
        Assert.Fail("the retention job never anonymised the conversation");
    }

    private Task<Snapshot> SnapshotAsync(Guid id) =>
        App.WithDbAsync(async db => new Snapshot(
            await db.Conversations.AsNoTracking().SingleAsync(c => c.Id == id),
            await db.ConversationMessages.AsNoTracking().Where(m => m.ConversationId == id).OrderBy(m => m.Turn).ToListAsync(),
            await db.ToolCalls.AsNoTracking().Where(t => t.ConversationId == id).OrderBy(t => t.Id).ToListAsync()));

    private sealed record Snapshot(Conversation Conversation, List<ConversationMessage> Messages, List<ToolCall> Calls);
}

/// <summary>A fixture whose app runs on <see cref="Clock"/>.</summary>
public interface IMovableClock
{
    FakeTimeProvider Clock { get; }
}

/// <summary>Retention of 30 days, on a clock pinned at a known instant; tokens outlive the clock's jumps.</summary>
internal static class RetentionHost
{
    public static readonly DateTimeOffset Start = new(2030, 3, 5, 18, 0, 0, TimeSpan.Zero);

    public static IEnumerable<KeyValuePair<string, string?>> Settings =>
        [new("Privacy:RetentionDays", "30"), new("Jwt:LifetimeMinutes", "100000")];

    public static void UseClock(IWebHostBuilder builder, TimeProvider clock) =>
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton(clock)));
}

public sealed class SqliteRetentionFixture : SqliteAppFixture, IMovableClock
{
    public FakeTimeProvider Clock { get; } = new(RetentionHost.Start);

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings => RetentionHost.Settings;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        RetentionHost.UseClock(builder, Clock);
    }
}

public sealed class PostgresRetentionFixture : PostgresAppFixture, IMovableClock
{
    public FakeTimeProvider Clock { get; } = new(RetentionHost.Start);

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings => RetentionHost.Settings;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        RetentionHost.UseClock(builder, Clock);
    }
}

public sealed class RetentionSqlitePrivacyTests(SqliteRetentionFixture app) : RetentionPrivacyTests<SqliteRetentionFixture>(app), IClassFixture<SqliteRetentionFixture>;

public sealed class RetentionPostgresPrivacyTests(PostgresRetentionFixture app) : RetentionPrivacyTests<PostgresRetentionFixture>(app), IClassFixture<PostgresRetentionFixture>;
