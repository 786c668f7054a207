using System.Net;
using System.Net.Http.Json;
using AgentSupport.Web.Conversations;
using AgentSupport.Web.Tests.Accounts;
using AgentSupport.Web.Tests.Conversations;
using AgentSupport.Web.Tests.Infrastructure;
using AgentSupport.Web.Tickets;

namespace AgentSupport.Web.Tests.Security;

/// <summary>Values that reach prompts must be known ones, and text with control characters is stored alike on both providers.</summary>
public abstract class HostileInputSecurityTests<TFixture>(TFixture app) : ProviderTests<TFixture>(app) where TFixture : AppFixture
{
    [SkippableTheory]
    [InlineData("tone", "{{ 7*7 }}")]
    [InlineData("tone", "friendly")]
    [InlineData("channel", "{{ 6*7 }}z")]
    [InlineData("context", "service\n## New rules")]
    public async Task Conversation_values_outside_the_vocabularies_are_refused_as_bad_fields(string field, string value)
    {
        RequireDatabase();
        var customer = await App.CustomerAsync();
        var body = new Dictionary<string, string> { ["context"] = "service", ["channel"] = "webchat", ["language"] = "es", [field] = value };
        var before = await App.CountAsync<Conversation>();

        var response = await customer.Http.PostAsJsonAsync("/api/conversations", body);

        await BadInputTests<TFixture>.AssertProblemAsync(response, HttpStatusCode.BadRequest, char.ToUpperInvariant(field[0]) + field[1..]);
        Assert.Equal(before, await App.CountAsync<Conversation>());
    }

    [SkippableFact]
    public async Task Known_values_are_stored_in_their_canonical_spelling()
    {
        RequireDatabase();
        var customer = await App.CustomerAsync();

        var response = await customer.Http.PostAsJsonAsync("/api/conversations", new { context = "Service", channel = "WhatsApp", language = "es-MX", tone = "Empatico" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var conversation = (await response.Content.ReadFromJsonAsync<ConversationResponse>())!;
        Assert.Equal(("service", "whatsapp", "es", "empático"), (conversation.Context, conversation.Channel, conversation.Language, conversation.Tone));
    }

    [SkippableFact]
    public async Task Control_characters_are_removed_from_stored_text_on_every_provider()
    {
        RequireDatabase();
        var customer = await App.CustomerAsync();

        var created = await customer.Http.PostAsJsonAsync("/api/tickets",
            new { subject = "Pago\u0000 atrasado\u0007", description = "Línea 1\nLínea 2\tfin\u001B[31m 😀\u007F", category = "other" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<TicketResponse>())!.Id;
        var conversation = await ChatClient.StartAsync(customer);
        await ChatClient.SendAsync(customer, conversation.Id, "hola\u0000 ¿cuándo me pagan?");

        var ticket = (await customer.Http.GetFromJsonAsync<TicketResponse>($"/api/tickets/{id}"))!;
        Assert.Equal("Pago atrasado", ticket.Subject);
        Assert.Equal("Línea 1\nLínea 2\tfin[31m 😀", ticket.Description);
        var detail = (await customer.Http.GetFromJsonAsync<ConversationDetail>($"/api/conversations/{conversation.Id}"))!;
        Assert.Equal("hola ¿cuándo me pagan?", detail.Messages[0].Text);
    }

    [SkippableFact]
    public async Task Messages_sent_at_once_to_one_conversation_are_answered_or_refused_as_a_conflict_never_a_server_error()
    {
        RequireDatabase();
        var customer = await App.CustomerAsync();
        var conversation = await ChatClient.StartAsync(customer);

        var answers = await Task.WhenAll(Enumerable.Range(1, 6).Select(i =>
            customer.Http.PostAsJsonAsync($"/api/conversations/{conversation.Id}/messages", new { text = $"hola {i}" })));

        Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
        foreach (var conflict in answers.Where(a => a.StatusCode == HttpStatusCode.Conflict))
            Assert.Equal("application/problem+json", conflict.Content.Headers.ContentType?.MediaType);
        // Every message taken is answered in the turn after it, whatever order the answers were written in.
        var detail = (await customer.Http.GetFromJsonAsync<ConversationDetail>($"/api/conversations/{conversation.Id}"))!;
        var questions = detail.Messages.Where(m => m.Role == AgentSupport.Agent.Conversation.ChatTurn.User).ToList();
        Assert.Equal(answers.Count(a => a.StatusCode == HttpStatusCode.OK), questions.Count);
        Assert.All(questions, q => Assert.Contains(detail.Messages, m => m.Role == AgentSupport.Agent.Conversation.ChatTurn.Assistant && m.Turn == q.Turn + 1));
    }
}

public sealed class HostileInputSqliteSecurityTests(SqliteAppFixture app) : HostileInputSecurityTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class HostileInputPostgresSecurityTests(PostgresAppFixture app) : HostileInputSecurityTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
