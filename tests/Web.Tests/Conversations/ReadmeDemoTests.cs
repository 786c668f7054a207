using AgentSupport.Plugins.Inspections;
using AgentSupport.Web.Conversations;
using AgentSupport.Web.Domain.Inspections;
using AgentSupport.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AgentSupport.Web.Tests.Conversations;

/// <summary>The README's demo flows, typed as the README writes them, against the demo data and the offline engine.</summary>
public abstract class ReadmeDemoTests<TFixture>(TFixture app) : ProviderTests<TFixture>(app) where TFixture : AppFixture
{
    [SkippableFact]
    public async Task Marias_payout_and_inspection_move_succeed_as_the_readme_writes_them()
    {
        RequireDatabase();
        var maria = await App.CustomerAsync("maria");
        var john = await App.CustomerAsync("john");
        await ChatClient.SeedDomainAsync(App, maria.UserId, john.UserId);
        var before = await App.WithDbAsync(db => db.Set<CarInspection>().Where(i => i.CustomerId == maria.UserId && i.Stage == InspectionStage.Scheduled).Select(i => i.ScheduledAt).SingleAsync());
        var conversation = await ChatClient.StartAsync(maria);

        var asked = await ChatClient.SendAsync(maria, conversation.Id, "¿cuándo me pagan mi auto?");
        var plate = await ChatClient.SendAsync(maria, conversation.Id, "PZN-904-E");
        Assert.Contains(asked.Concat(plate), e => e.Event == "tool_result" && e.Data.Function == "get_payout_status" && e.Data.Succeeded == true);
        Assert.Contains("PZN-904-E", Answer(plate), StringComparison.Ordinal);

        var move = await ChatClient.SendAsync(maria, conversation.Id, "quiero mover mi inspección");
        var first = await ChatClient.SendAsync(maria, conversation.Id, "el primer horario libre que tengas");

        Assert.Contains(move.Concat(first), e => e.Event == "tool_result" && e.Data.Function == "reschedule_inspection" && e.Data.Succeeded == true);
        // The Versa named for the payout is no car to move: the agent takes the inspection that can move, without a word of conflict.
        Assert.DoesNotContain("conflicto", Answer(move) + Answer(first), StringComparison.OrdinalIgnoreCase);
        var after = await App.WithDbAsync(db => db.Set<CarInspection>().Where(i => i.CustomerId == maria.UserId && i.Stage == InspectionStage.Scheduled).Select(i => i.ScheduledAt).SingleAsync());
        Assert.NotEqual(before, after);
    }

    /// <summary>The reply as the customer reads it: the streamed deltas, in order.</summary>
    private static string Answer(List<(string Event, ChatStreamEvent Data)> events) =>
        string.Concat(events.Where(e => e.Event == "delta").Select(e => e.Data.Text));
}

public sealed class ReadmeDemoSqliteTests(SqliteAppFixture app) : ReadmeDemoTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class ReadmeDemoPostgresTests(PostgresAppFixture app) : ReadmeDemoTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
