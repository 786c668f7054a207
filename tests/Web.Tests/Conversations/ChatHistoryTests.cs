using System.Text.Json;
using AgentSupport.Agent.Tests.Fakes;
using AgentSupport.Web.Tests.Infrastructure;

namespace AgentSupport.Web.Tests.Conversations;

/// <summary>What the model is shown of the stored conversation on the next turn.</summary>
public abstract class ChatHistoryTests<TFixture>(TFixture app) : ProviderTests<TFixture>(app) where TFixture : AppFixture
{
    [SkippableFact]
    public async Task The_next_turn_replays_each_answer_after_the_tool_calls_of_its_own_turn()
    {
        RequireDatabase();
        var customer = await App.CustomerAsync("marta");
        var conversation = await ChatClient.StartAsync(customer);
        App.Model.Enqueue(
            FakeReply.ToolCalls(("PayoutTracker_get_payout_status", new { plate = "ABC-123-D" })), FakeReply.Text("Tu pago va en camino."),
            FakeReply.Text("Con gusto."),
            FakeReply.Text("Hasta luego."));
        await ChatClient.SendAsync(customer, conversation.Id, "¿Y mi pago?");
        await ChatClient.SendAsync(customer, conversation.Id, "Gracias");
        var before = App.Model.Requests.Count;

        await ChatClient.SendAsync(customer, conversation.Id, "Adiós");

        var messages = App.Model.Requests[before].Body.GetProperty("messages").EnumerateArray().Skip(1).Select(Describe).ToList();
        Assert.Equal(
            [
                "user: ¿Y mi pago?",
                "assistant calls PayoutTracker_get_payout_status",
                "tool",
                "assistant: Tu pago va en camino.",
                "user: Gracias",
                "assistant: Con gusto.",
                "user: Adiós",
            ],
            messages);
    }

    private static string Describe(JsonElement message)
    {
        var role = message.GetProperty("role").GetString();
        if (message.TryGetProperty("tool_calls", out var calls) && calls.ValueKind == JsonValueKind.Array)
        {
            return $"{role} calls {string.Join(", ", calls.EnumerateArray().Select(c => c.GetProperty("function").GetProperty("name").GetString()))}";
        }
        return role == "tool" ? role : $"{role}: {message.GetProperty("content").GetString()}";
    }
}

public sealed class SqliteChatHistoryTests(SqliteModelAppFixture app) : ChatHistoryTests<SqliteModelAppFixture>(app), IClassFixture<SqliteModelAppFixture>;

public sealed class PostgresChatHistoryTests(PostgresModelAppFixture app) : ChatHistoryTests<PostgresModelAppFixture>(app), IClassFixture<PostgresModelAppFixture>;
