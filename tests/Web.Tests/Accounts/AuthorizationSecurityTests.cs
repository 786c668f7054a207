using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text;
using AgentSupport.Web.Tests.Infrastructure;
using AgentSupport.Web.Tests.Tickets;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AgentSupport.Web.Tests.Accounts;

public abstract class AuthorizationSecurityTests<TFixture>(TFixture app) : ProviderTests<TFixture>(app) where TFixture : AppFixture
{
    [SkippableFact]
    public async Task No_token_is_401_problem()
    {
        RequireDatabase();
        var response = await App.CreateClient().GetAsync("/api/tickets");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [SkippableTheory]
    [InlineData("tampered")]
    [InlineData("expired")]
    [InlineData("wrong-issuer")]
    [InlineData("wrong-audience")]
    [InlineData("wrong-key")]
    public async Task Invalid_tokens_are_401(string defect)
    {
        RequireDatabase();
        var customer = await App.CustomerAsync();
        var token = defect switch
        {
            "tampered" => Tamper(customer.Token),
            "expired" => Forge(customer.UserId, expires: DateTime.UtcNow.AddMinutes(-10)),
            "wrong-issuer" => Forge(customer.UserId, issuer: "someone-else"),
            "wrong-audience" => Forge(customer.UserId, audience: "someone-else"),
            _ => Forge(customer.UserId, key: "another-signing-key-that-is-long-enough-!!"),
        };
        var http = App.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/auth/me")).StatusCode);
        // The same forging code with nothing wrong is accepted, so each 401 above is the defect's doing.
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Forge(customer.UserId));
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/auth/me")).StatusCode);
    }

    [SkippableFact]
    public async Task Customer_cannot_read_or_write_another_customers_ticket()
    {
        RequireDatabase();
        var alice = await App.CustomerAsync("alice");
        var bob = await App.CustomerAsync("bob");
        var ticket = await TicketFlowTests<TFixture>.CreateTicketAsync(alice, "Alice's private ticket");
        var messagesBefore = await App.CountAsync<AgentSupport.Web.Tickets.TicketMessage>();

        var responses = new[]
        {
            await bob.Http.GetAsync($"/api/tickets/{ticket.Id}"),
            await bob.Http.GetAsync($"/api/tickets/{ticket.Id}/messages"),
            await bob.Http.PostAsJsonAsync($"/api/tickets/{ticket.Id}/messages", new { body = "hi" }),
            await bob.Http.PutAsJsonAsync($"/api/tickets/{ticket.Id}/status", new { status = "closed" }),
        };
        foreach (var response in responses)
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain("Alice's private ticket", await response.Content.ReadAsStringAsync());
        }
        Assert.Equal(messagesBefore, await App.CountAsync<AgentSupport.Web.Tickets.TicketMessage>());
        var list = await bob.Http.GetFromJsonAsync<AgentSupport.Web.Infrastructure.Page<AgentSupport.Web.Tickets.TicketResponse>>("/api/tickets");
        Assert.Empty(list!.Items);
    }

    [SkippableFact]
    public async Task Customer_on_admin_only_action_is_403()
    {
        RequireDatabase();
        var customer = await App.CustomerAsync();
        var ticket = await TicketFlowTests<TFixture>.CreateTicketAsync(customer, "Mine");
        var response = await customer.Http.PutAsJsonAsync($"/api/tickets/{ticket.Id}/status", new { status = "in_progress" });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static string Tamper(string token)
    {
        var parts = token.Split('.');
        var payload = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[1])).Replace("\"customer\"", "\"admin\"");
        return $"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}";
    }

    private static string Forge(Guid userId, string issuer = "AgentSupport", string audience = "AgentSupport",
        DateTime? expires = null, string key = AppFixture.TestSigningKey)
    {
        var expiry = expires ?? DateTime.UtcNow.AddMinutes(5);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = expiry.AddMinutes(-20),
            NotBefore = expiry.AddMinutes(-20),
            Expires = expiry,
            Subject = new ClaimsIdentity([new Claim("sub", userId.ToString()), new Claim("role", "customer"), new Claim("name", "x")]),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256),
        });
    }
}

public sealed class AuthorizationSecuritySqliteTests(SqliteAppFixture app) : AuthorizationSecurityTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class AuthorizationSecurityPostgresTests(PostgresAppFixture app) : AuthorizationSecurityTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
