using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AgentSupport.Agent.Tests.Fakes;
using AgentSupport.Web.Conversations;
using AgentSupport.Web.Tests.Infrastructure;
using AgentSupport.Web.Ui.Localization;
using Microsoft.EntityFrameworkCore;

namespace AgentSupport.Web.Tests.Conversations;

/// <summary>Live chats against a model that fails or costs: what the customer is told, what is stored, shown and exported.</summary>
public abstract class ChatFaultTests<TFixture>(TFixture app) : ProviderTests<TFixture>(app) where TFixture : AppFixture
{
    private static readonly CultureInfo UiCulture = CultureInfo.GetCultureInfo(UiCultures.English);

    [SkippableFact]
    public async Task A_turn_that_fails_after_opening_a_ticket_is_stored_with_its_calls_and_tells_the_ticket()
    {
        RequireDatabase();
        var customer = await App.CustomerAsync("ana");
        var conversation = await ChatClient.StartAsync(customer);
        App.Model.Enqueue(FakeReply.ToolCalls(("Tickets_create_ticket", new { subject = "Pago atrasado", description = "No llega mi pago.", category = "payout" })));
        App.Model.Fallback = FakeReply.Status(500);

        var events = await ChatClient.SendAsync(customer, conversation.Id, "Abre un ticket por mi pago");

        var error = events[^1];
        Assert.Equal("error", error.Event);
        Assert.True(error.Data.Escalated);
        var tickets = await App.WithDbAsync(db => db.Tickets.Where(t => t.CustomerId == customer.UserId).OrderBy(t => t.Id).Select(t => t.Id).ToListAsync());
        var ticket = Assert.Single(tickets);
        Assert.Contains($"abrí un ticket (TK-{ticket})", error.Data.Text);
        Assert.Contains($"(ticket TK-{ticket})", error.Data.Text);

        var stored = (await customer.Http.GetFromJsonAsync<ConversationDetail>($"/api/conversations/{conversation.Id}"))!;
        Assert.Equal(ConversationStatus.Escalated, stored.Conversation.Status);
        Assert.Equal(["user", "assistant"], stored.Messages.Select(m => m.Role));
        Assert.Equal(error.Data.Text, stored.Messages[^1].Text);
        Assert.Equal(["create_ticket", "escalate_to_human"], stored.ToolCalls.Select(c => c.Function));
        Assert.All(stored.ToolCalls, call => Assert.Equal((2, true), (call.Turn, call.Succeeded)));
        Assert.Equal((11L, 7L, "fake-model"), (stored.Messages[^1].InputTokens, stored.Messages[^1].OutputTokens, stored.Messages[^1].ModelId));
    }

    [SkippableFact]
    public async Task Token_usage_is_stored_per_turn_shown_to_admins_costed_per_day_and_exported()
    {
        RequireDatabase();
        var customer = await App.CustomerAsync("luis");
        var conversation = await ChatClient.StartAsync(customer);
        App.Model.Enqueue(FakeReply.ToolCalls(("PayoutTracker_get_payout_status", new { plate = "ABC-123-D" })), FakeReply.Text("Listo, revisé tu pago."));

        var events = await ChatClient.SendAsync(customer, conversation.Id, "¿Y mi pago?");

        var done = events[^1];
        Assert.Equal("done", done.Event);
        Assert.Null(done.Data.Text);
        Assert.Equal("Listo, revisé tu pago.", string.Concat(events.Where(e => e.Event == "delta").Select(e => e.Data.Text)));
        var admin = await App.AdminAsync();
        var stored = (await admin.Http.GetFromJsonAsync<ConversationDetail>($"/api/conversations/{conversation.Id}"))!;
        Assert.Equal((22L, 14L, "fake-model"), (stored.Messages[^1].InputTokens, stored.Messages[^1].OutputTokens, stored.Messages[^1].ModelId));
        Assert.Null(stored.Messages[0].InputTokens);

        var export = await admin.Http.GetStringAsync("/api/conversations/export.jsonl");
        var line = export.Split('\n').Single(l => l.Contains(conversation.Id.ToString(), StringComparison.Ordinal));
        var usage = JsonDocument.Parse(line).RootElement.GetProperty("meta").GetProperty("usage");
        Assert.Equal((22, 14, "fake-model"), (usage.GetProperty("input_tokens").GetInt32(), usage.GetProperty("output_tokens").GetInt32(), usage.GetProperty("model").GetString()));

        using var ui = await UiSession.SignInAsync(App, admin.Email, AppFixture.AdminPassword);
        var page = WebUtility.HtmlDecode(await ui.GetStringAsync($"/admin/conversations/{conversation.Id}"));
        Assert.Contains(UiStrings.English.TurnTokens(22, 14) + " · fake-model", page);

        var totals = await App.WithDbAsync(db => db.ConversationMessages.Where(m => m.InputTokens != null)
            .GroupBy(_ => 1).Select(g => new { Input = g.Sum(m => m.InputTokens!.Value), Output = g.Sum(m => m.OutputTokens!.Value) }).SingleAsync());
        var cost = totals.Input / 1000m * AppFixture.PricePer1KInputTokens + totals.Output / 1000m * AppFixture.PricePer1KOutputTokens;
        var dashboard = WebUtility.HtmlDecode(await ui.GetStringAsync("/admin"));
        var total = dashboard[dashboard.IndexOf("data-testid=\"token-costs-total\"", StringComparison.Ordinal)..];
        total = total[..total.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains(totals.Input.ToString("N0", UiCulture), total);
        Assert.Contains(totals.Output.ToString("N0", UiCulture), total);
        Assert.Contains(cost.ToString("N4", UiCulture), total);
        Assert.Contains(UiStrings.English.CostIn("USD"), dashboard);
    }
}

public sealed class SqliteChatFaultTests(SqliteModelAppFixture app) : ChatFaultTests<SqliteModelAppFixture>(app), IClassFixture<SqliteModelAppFixture>;

public sealed class PostgresChatFaultTests(PostgresModelAppFixture app) : ChatFaultTests<PostgresModelAppFixture>(app), IClassFixture<PostgresModelAppFixture>;
