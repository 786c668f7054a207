using System.Net;
using System.Net.Http.Json;
using AgentSupport.Web.Conversations;
using AgentSupport.Web.Domain.Payouts;
using AgentSupport.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AgentSupport.Web.Tests.Conversations;

public abstract class ChatApiTests<TFixture>(TFixture app) : ProviderTests<TFixture>(app) where TFixture : AppFixture
{
    [SkippableFact]
    public async Task A_streamed_conversation_calls_a_plugin_over_real_records_and_is_stored()
    {
        RequireDatabase();
        var maria = await App.CustomerAsync("maria");
        var john = await App.CustomerAsync("john");
        await ChatClient.SeedDomainAsync(App, maria.UserId, john.UserId);
        var plate = await App.WithDbAsync(db => db.Set<SellerPayout>().Where(p => p.CustomerId == maria.UserId).Select(p => p.Car!.Plate).SingleAsync());

        var conversation = await ChatClient.StartAsync(maria);
        var first = await ChatClient.SendAsync(maria, conversation.Id, "Hola, ¿cuándo me pagan mi auto?");
        Assert.True(first.Count(e => e.Event == "delta") > 1, "the answer streams in several pieces");
        Assert.Equal("done", first[^1].Event);
        Assert.Null(first[^1].Data.Text);

        var second = await ChatClient.SendAsync(maria, conversation.Id, $"La placa es {plate}");
        Assert.Equal("done", second[^1].Event);
        // María has one payout, so the agent may look it up as soon as she asks (the plate is optional) or once she gives the plate.
        Assert.Contains(first.Concat(second), e => e.Event == "tool" && e.Data.Plugin == "PayoutTracker");
        Assert.Contains(first.Concat(second), e => e.Event == "tool_result" && e.Data.Succeeded == true);

        var stored = await maria.Http.GetFromJsonAsync<ConversationDetail>($"/api/conversations/{conversation.Id}");
        Assert.Equal(["user", "assistant", "user", "assistant"], stored!.Messages.Select(m => m.Role));
        Assert.Equal(string.Concat(second.Where(e => e.Event == "delta").Select(e => e.Data.Text)), stored.Messages[^1].Text);
        var calls = stored.ToolCalls.Where(c => c.Plugin == "PayoutTracker").ToList();
        Assert.NotEmpty(calls);
        Assert.All(calls, call => Assert.Contains(call.Turn, new[] { 2, 4 }));
        Assert.Contains(calls, call => call.ResultJson.Contains("\"ok\":true", StringComparison.OrdinalIgnoreCase));
        Assert.All(calls.Where(call => call.Turn == 4), call => Assert.Contains(plate.Replace("-", ""), call.ArgumentsJson.Replace("-", "")));

        var rated = await maria.Http.PostAsJsonAsync($"/api/conversations/{conversation.Id}/rating", new { csat = 5, comment = "Rápido" });
        Assert.Equal(5, (await rated.Content.ReadFromJsonAsync<ConversationResponse>())!.Csat);
        var resolved = await maria.Http.PostAsync($"/api/conversations/{conversation.Id}/resolve", null);
        Assert.Equal(ConversationStatus.Resolved, (await resolved.Content.ReadFromJsonAsync<ConversationResponse>())!.Status);
        var afterResolved = await maria.Http.PostAsJsonAsync($"/api/conversations/{conversation.Id}/messages", new { text = "one more thing" });
        Assert.Equal(HttpStatusCode.Conflict, afterResolved.StatusCode);
    }

    [SkippableFact]
    public async Task Another_customers_conversation_is_404_to_read_and_to_write()
    {
        RequireDatabase();
        var alice = await App.CustomerAsync("alice");
        var bob = await App.CustomerAsync("bob");
        var conversation = await ChatClient.StartAsync(alice);
        await ChatClient.SendAsync(alice, conversation.Id, "Hola, quiero agendar una cita");
        var messagesBefore = await App.CountAsync<ConversationMessage>();

        Assert.Equal(HttpStatusCode.NotFound, (await bob.Http.GetAsync($"/api/conversations/{conversation.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bob.Http.PostAsJsonAsync($"/api/conversations/{conversation.Id}/messages", new { text = "hola" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bob.Http.PostAsJsonAsync($"/api/conversations/{conversation.Id}/rating", new { csat = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bob.Http.PostAsync($"/api/conversations/{conversation.Id}/resolve", null)).StatusCode);
        Assert.Equal(messagesBefore, await App.CountAsync<ConversationMessage>());
        var list = await bob.Http.GetFromJsonAsync<AgentSupport.Web.Infrastructure.Page<ConversationResponse>>("/api/conversations");
        Assert.Empty(list!.Items);
    }

    [SkippableFact]
    public async Task Bad_chat_input_is_a_problem_and_stores_nothing()
    {
        RequireDatabase();
        var customer = await App.CustomerAsync();
        var conversation = await ChatClient.StartAsync(customer);
        var before = await App.CountAsync<ConversationMessage>();

        var empty = await customer.Http.PostAsJsonAsync($"/api/conversations/{conversation.Id}/messages", new { text = "" });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var rating = await customer.Http.PostAsJsonAsync($"/api/conversations/{conversation.Id}/rating", new { csat = 9 });
        Assert.Equal(HttpStatusCode.BadRequest, rating.StatusCode);
        var start = await customer.Http.PostAsJsonAsync("/api/conversations", new { context = "space", channel = "fax", language = "fr" });
        Assert.Equal(HttpStatusCode.BadRequest, start.StatusCode);
        Assert.Equal(before, await App.CountAsync<ConversationMessage>());
    }
}

public sealed class ChatApiSqliteTests(SqliteAppFixture app) : ChatApiTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class ChatApiPostgresTests(PostgresAppFixture app) : ChatApiTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
