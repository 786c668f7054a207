using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using AgentSupport.Agent;
using AgentSupport.Agent.Conversation;
using AgentSupport.Web.Data;
using AgentSupport.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AgentSupport.Web.Tests.Conversations;

/// <summary>
/// The agent is told the time as a customer in Mexico City reads it, and what a conversation stores is stamped by
/// the app's clock, not the machine's: on a pinned clock at 17:29 UTC (11:29 in Mexico City) of a single-digit day.
/// </summary>
public sealed class ChatClockTests(ChatClockTests.PinnedClockFixture app) : IClassFixture<ChatClockTests.PinnedClockFixture>
{
    private static readonly DateTimeOffset Pinned = new(2030, 3, 5, 17, 29, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_chat_prompt_renders_mexico_city_time_not_utc()
    {
        var customer = await app.CustomerAsync();
        var conversation = await ChatClient.StartAsync(customer);
        await ChatClient.SendAsync(customer, conversation.Id, "hola");

        var session = app.Sessions[conversation.Id];
        Assert.Equal(TimeSpan.FromHours(-6), session.Variables.Now.Offset);
        Assert.Equal(Pinned, session.Variables.Now);
        var prompt = session.Prompt.Render(session.Variables);
        var spanish = CultureInfo.GetCultureInfo("es-MX");
        Assert.Contains(Pinned.ToOffset(TimeSpan.FromHours(-6)).ToString("dddd", spanish), prompt);
        Assert.Contains(", 11:29", prompt);
        Assert.DoesNotContain("17:29", prompt);
    }

    [Fact]
    public async Task Stored_messages_carry_the_app_clock_time()
    {
        var customer = await app.CustomerAsync();
        var conversation = await ChatClient.StartAsync(customer);
        await ChatClient.SendAsync(customer, conversation.Id, "hola");

        var stamps = await app.WithDbAsync(db => db.ConversationMessages.AsNoTracking()
            .Where(m => m.ConversationId == conversation.Id).Select(m => m.CreatedAt).ToListAsync());
        Assert.NotEmpty(stamps);
        Assert.All(stamps, at => Assert.Equal(Pinned.UtcDateTime, at));
        var user = await app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == customer.UserId));
        Assert.Equal(Pinned.UtcDateTime, user.CreatedAt);
    }

    public sealed class PinnedClockFixture : AppFixture
    {
        public ConcurrentDictionary<Guid, AgentSession> Sessions { get; } = new();

        protected override IEnumerable<KeyValuePair<string, string?>> DatabaseSettings =>
            [new("Database:Provider", DatabaseExtensions.Sqlite)];

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services =>
            {
                services.Replace(ServiceDescriptor.Singleton<TimeProvider>(new StillClock(Pinned)));
                services.AddSingleton<CustomerAgent>();
                services.Replace(ServiceDescriptor.Singleton<ICustomerAgent>(sp => new RecordingAgent(sp.GetRequiredService<CustomerAgent>(), Sessions)));
            });
        }
    }

    private sealed class StillClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private sealed class RecordingAgent(ICustomerAgent inner, ConcurrentDictionary<Guid, AgentSession> sessions) : ICustomerAgent
    {
        public async IAsyncEnumerable<AgentEvent> RunTurnAsync(
            AgentSession session, string customerMessage, IServiceProvider services, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            sessions[session.ConversationId] = session;
            await foreach (var item in inner.RunTurnAsync(session, customerMessage, services, cancellationToken))
            {
                yield return item;
            }
        }
    }
}
