using AgentSupport.Web.Conversations;
using AgentSupport.Web.Tests.Conversations;
using AgentSupport.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AgentSupport.Web.Tests.Data;

/// <summary>A batch saved without EF's own transaction on PostgreSQL still stands or falls whole.</summary>
public abstract class SaveBatchTests<TFixture>(TFixture app) : ProviderTests<TFixture>(app) where TFixture : AppFixture
{
    [SkippableFact]
    public async Task A_batch_that_fails_part_way_changes_nothing()
    {
        RequireDatabase();
        var customer = await App.CustomerAsync("irene");
        var conversation = await ChatClient.StartAsync(customer);

        var failure = await App.WithDbAsync(async db =>
        {
            var stored = await db.Conversations.SingleAsync(c => c.Id == conversation.Id);
            stored.Tone = "formal";
            // No such conversation: the second statement breaks its foreign key after the update ran.
            db.ToolCalls.Add(new ToolCall
            {
                ConversationId = Guid.NewGuid(), Turn = 2, Plugin = "Tickets", Function = "create_ticket", ArgumentsJson = "{}",
                ResultJson = "{}", Succeeded = true, CreatedAt = stored.CreatedAt,
            });
            return await Record.ExceptionAsync(() => db.SaveBatchAsync(CancellationToken.None));
        });

        Assert.IsType<DbUpdateException>(failure);
        Assert.Equal(conversation.Tone, await App.WithDbAsync(db => db.Conversations.Where(c => c.Id == conversation.Id).Select(c => c.Tone).SingleAsync()));
    }
}

public sealed class SqliteSaveBatchTests(SqliteAppFixture app) : SaveBatchTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class PostgresSaveBatchTests(PostgresAppFixture app) : SaveBatchTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
