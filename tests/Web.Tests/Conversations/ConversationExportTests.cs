using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AgentSupport.Web.Conversations;
using AgentSupport.Web.Tests.Infrastructure;

namespace AgentSupport.Web.Tests.Conversations;

public sealed class ConversationExportTests(SqliteAppFixture app) : IClassFixture<SqliteAppFixture>
{
    [Fact]
    public async Task Exported_jsonl_is_the_seed_dialect_and_matches_what_was_stored()
    {
        var customer = await app.CustomerAsync();
        var admin = await app.AdminAsync();
        var conversation = await ChatClient.StartAsync(customer, language: "en");
        await ChatClient.SendAsync(customer, conversation.Id, "I want to book an appointment for a test drive");
        await customer.Http.PostAsJsonAsync($"/api/conversations/{conversation.Id}/rating", new { csat = 4 });
        await customer.Http.PostAsync($"/api/conversations/{conversation.Id}/resolve", null);
        var stored = (await admin.Http.GetFromJsonAsync<ConversationDetail>($"/api/conversations/{conversation.Id}"))!;

        var response = await admin.Http.GetAsync("/api/conversations/export.jsonl?context=service");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(lines, l => l.Contains(conversation.Id.ToString()));

        using var json = JsonDocument.Parse(line);
        var meta = json.RootElement.GetProperty("meta");
        Assert.Equal(conversation.Id.ToString(), meta.GetProperty("conversation_id").GetString());
        Assert.Equal("service", meta.GetProperty("context").GetString());
        Assert.Equal("en", meta.GetProperty("language").GetString());
        Assert.True(meta.GetProperty("resolved").GetBoolean());
        Assert.Equal(stored.Messages.Count, meta.GetProperty("num_interactions").GetInt32());
        Assert.Equal(4, json.RootElement.GetProperty("outcomes").GetProperty("csat_estimated_1_5").GetDouble());
        var transcript = json.RootElement.GetProperty("transcript").EnumerateArray().ToList();
        Assert.Equal(stored.Messages.Select(m => m.Text), transcript.Select(t => t.GetProperty("text").GetString()));
        Assert.Equal(stored.Messages.Select(m => m.Role == "user" ? "cliente" : "agente"), transcript.Select(t => t.GetProperty("speaker").GetString()));

        var none = await admin.Http.GetAsync("/api/conversations/export.jsonl?context=credit");
        Assert.DoesNotContain(conversation.Id.ToString(), await none.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await customer.Http.GetAsync("/api/conversations/export.jsonl")).StatusCode);
    }
}
