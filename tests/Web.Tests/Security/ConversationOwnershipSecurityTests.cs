using System.Net;
using System.Net.Http.Json;
using AgentSupport.Web.Conversations;
using AgentSupport.Web.Tests.Conversations;
using AgentSupport.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AgentSupport.Web.Tests.Security;

/// <summary>Only the customer whose conversation it is resolves it; an admin reads it, another customer does not see it.</summary>
public abstract class ConversationOwnershipSecurityTests<TFixture>(TFixture app) : ProviderTests<TFixture>(app) where TFixture : AppFixture
{
    [SkippableFact]
    public async Task Only_the_owner_resolves_a_conversation()
    {
        RequireDatabase();
        var owner = await App.CustomerAsync("owner");
        var stranger = await App.CustomerAsync("stranger");
        var admin = await App.AdminAsync();
        var conversation = await ChatClient.StartAsync(owner);

        var byStranger = await stranger.Http.PostAsync($"/api/conversations/{conversation.Id}/resolve", null);
        var byAdmin = await admin.Http.PostAsync($"/api/conversations/{conversation.Id}/resolve", null);
        var adminReads = await admin.Http.GetAsync($"/api/conversations/{conversation.Id}");
        var stillOpen = await App.WithDbAsync(db => db.Conversations.AsNoTracking().SingleAsync(c => c.Id == conversation.Id));
        var byOwner = await owner.Http.PostAsync($"/api/conversations/{conversation.Id}/resolve", null);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.OK), (byStranger.StatusCode, byAdmin.StatusCode, adminReads.StatusCode));
        Assert.NotEqual("resolved", stillOpen.Status);
        Assert.Equal(HttpStatusCode.OK, byOwner.StatusCode);
        Assert.Equal("resolved", (await byOwner.Content.ReadFromJsonAsync<ConversationResponse>())!.Status);
    }
}

public sealed class ConversationOwnershipSqliteSecurityTests(SqliteAppFixture app) : ConversationOwnershipSecurityTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class ConversationOwnershipPostgresSecurityTests(PostgresAppFixture app) : ConversationOwnershipSecurityTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
