using System.Text.Json;
using AgentSupport.Agent.Tests.Fakes;
using AgentSupport.Web.Conversations;
using AgentSupport.Web.Domain.Cars;
using AgentSupport.Web.Tickets;
using AgentSupport.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AgentSupport.Web.Tests.Conversations;

/// <summary>What a turn stores, and what the model is shown of it on the next turn.</summary>
public abstract class ChatTurnStorageTests<TFixture>(TFixture app) : ProviderTests<TFixture>(app) where TFixture : AppFixture
{
    [SkippableFact]
    public async Task Of_two_messages_for_the_same_turn_one_is_stored_and_the_other_changes_nothing()
    {
        RequireDatabase();
        var customer = await App.CustomerAsync("sofia");
        var conversation = await ChatClient.StartAsync(customer);
        await using var first = App.Services.CreateAsyncScope();
        await using var second = App.Services.CreateAsyncScope();
        var (firstChat, secondChat) = (first.ServiceProvider.GetRequiredService<ChatService>(), second.ServiceProvider.GetRequiredService<ChatService>());
        var firstWritable = (await firstChat.FindWritableAsync(customer.UserId, conversation.Id, CancellationToken.None)).Conversation!;
        var secondWritable = (await secondChat.FindWritableAsync(customer.UserId, conversation.Id, CancellationToken.None)).Conversation!;

        var stored = await firstChat.AddCustomerMessageAsync(firstWritable, "¿Y mi pago?", CancellationToken.None);
        var lost = await secondChat.AddCustomerMessageAsync(secondWritable, "¿Me oyen?", CancellationToken.None);

        Assert.NotNull(stored);
        Assert.Null(lost);
        var (messages, updatedAt) = await App.WithDbAsync(async db => (
            await db.ConversationMessages.Where(m => m.ConversationId == conversation.Id).Select(m => m.Text).ToListAsync(),
            await db.Conversations.Where(c => c.Id == conversation.Id).Select(c => c.UpdatedAt).SingleAsync()));
        Assert.Equal(["¿Y mi pago?"], messages);
        Assert.Equal(stored.CreatedAt, updatedAt, TimeSpan.FromTicks(10));
    }

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

    [SkippableFact]
    public async Task The_prompt_names_the_customers_own_cars_and_five_latest_open_tickets_only()
    {
        RequireDatabase();
        var customer = await App.CustomerAsync("lucia");
        var other = await App.CustomerAsync("pablo");
        var at = new DateTime(2026, 3, 4, 5, 6, 7, DateTimeKind.Utc);
        Ticket Ticket(Guid owner, string subject, string status, int minutes) => new()
        {
            CustomerId = owner, Subject = subject, Description = "-", Category = "general", Status = status,
            CreatedAt = at, UpdatedAt = at.AddMinutes(minutes),
        };
        var newest = Enumerable.Range(1, 4).Select(n => Ticket(customer.UserId, $"Aviso {n}", TicketStatus.WaitingOnCustomer, 10 + n)).ToList();
        var (open, sixth, closed) = (Ticket(customer.UserId, "Pago pendiente", TicketStatus.Open, 2),
            Ticket(customer.UserId, "Cita movida", TicketStatus.InProgress, 1), Ticket(customer.UserId, "Factura", TicketStatus.Closed, 30));
        await App.WithDbAsync(db =>
        {
            db.AddRange(
                new Car { Plate = "LUC-101-A", Make = "Mazda", Model = "3", Year = 2019, OwnerId = customer.UserId },
                new Car { Plate = "PAB-202-B", Make = "Kia", Model = "Rio", Year = 2020, OwnerId = other.UserId });
            db.AddRange([open, sixth, closed, .. newest, Ticket(other.UserId, "Ajeno", TicketStatus.Open, 40)]);
            return db.SaveChangesAsync();
        });
        var conversation = await ChatClient.StartAsync(customer);
        App.Model.Enqueue(FakeReply.Text("Claro."));
        var before = App.Model.Requests.Count;

        await ChatClient.SendAsync(customer, conversation.Id, "Hola");

        var prompt = App.Model.Requests[before].Body.GetProperty("messages")[0].GetProperty("content").GetString()!;
        Assert.Contains("Mazda 3 2019 (LUC-101-A)", prompt);
        Assert.Contains(string.Join("; ", newest.AsEnumerable().Reverse().Append(open).Select(t => $"TK-{t.Id} {t.Subject}")), prompt);
        Assert.DoesNotContain(sixth.Subject, prompt);
        Assert.DoesNotContain("Factura", prompt);
        Assert.DoesNotContain("PAB-202-B", prompt);
        Assert.DoesNotContain("Ajeno", prompt);
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

public sealed class SqliteChatTurnStorageTests(SqliteModelAppFixture app) : ChatTurnStorageTests<SqliteModelAppFixture>(app), IClassFixture<SqliteModelAppFixture>;

public sealed class PostgresChatTurnStorageTests(PostgresModelAppFixture app) : ChatTurnStorageTests<PostgresModelAppFixture>(app), IClassFixture<PostgresModelAppFixture>;
