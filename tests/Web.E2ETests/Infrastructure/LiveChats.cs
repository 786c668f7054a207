using AgentSupport.Web.Conversations;
using AgentSupport.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AgentSupport.Web.E2ETests.Infrastructure;

/// <summary>Conversations held through the app's own chat service, as a customer's browser would, to give the console data.</summary>
public static class LiveChats
{
    public static async Task<Guid> HoldAsync(
        IServiceProvider services, string customerEmail, string context, string channel, string language,
        IReadOnlyList<string> messages, int? csat = null, bool resolve = false)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var chat = scope.ServiceProvider.GetRequiredService<ChatService>();
        var customer = await db.Users.SingleAsync(u => u.Email == customerEmail);

        var conversation = await chat.StartAsync(customer.Id, new StartConversation(null, context, channel, language, Tone: null), CancellationToken.None);
        foreach (var message in messages)
        {
            var writable = (await chat.FindWritableAsync(customer.Id, conversation.Id, CancellationToken.None)).Conversation!;
            var question = (await chat.AddCustomerMessageAsync(writable, message, CancellationToken.None))!;
            await foreach (var _ in chat.RunAgentTurnAsync(writable, question, CancellationToken.None))
            {
            }
        }
        if (csat is { } stars) await chat.RateAsync(conversation, stars, comment: null, CancellationToken.None);
        if (resolve) await chat.ResolveAsync(conversation, CancellationToken.None);
        return conversation.Id;
    }
}
