using System.Net.Http.Json;
using System.Text.Json;
using AgentSupport.Web.Conversations;
using AgentSupport.Web.Domain;
using AgentSupport.Web.Tests.Infrastructure;

namespace AgentSupport.Web.Tests.Conversations;

/// <summary>Drives the chat API as a browser would: starts conversations and reads the event stream.</summary>
public static class ChatClient
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<ConversationResponse> StartAsync(SignedInClient customer, string language = "es")
    {
        var response = await customer.Http.PostAsJsonAsync("/api/conversations", new { context = "service", channel = "webchat", language });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ConversationResponse>())!;
    }

    /// <summary>Sends a message and returns the server-sent events of the answer, in order.</summary>
    public static async Task<List<(string Event, ChatStreamEvent Data)>> SendAsync(SignedInClient customer, Guid conversationId, string text)
    {
        var response = await customer.Http.PostAsJsonAsync($"/api/conversations/{conversationId}/messages", new { text });
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);

        var events = new List<(string, ChatStreamEvent)>();
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        string? name = null;
        while (await reader.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line[7..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
                events.Add((name ?? "message", JsonSerializer.Deserialize<ChatStreamEvent>(line[6..], Json)!));
        }
        return events;
    }

    /// <summary>Gives two customers the demo's cars, payouts, inspections and the rest (plates are unique, so once per database).</summary>
    public static Task SeedDomainAsync(AppFixture app, Guid first, Guid second) =>
        app.WithDbAsync(async db =>
        {
            DemoDomainSeeder.AddTo(db, first, second, DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });
}
