using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AgentSupport.Web.Accounts;
using AgentSupport.Web.Data;
using AgentSupport.Web.Infrastructure;
using AgentSupport.Web.Tests.Infrastructure;
using AgentSupport.Web.Tickets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AgentSupport.Web.Tests.Hosting;

public sealed class HostingTests(SqliteAppFixture app) : IClassFixture<SqliteAppFixture>
{
    [Fact]
    public async Task Health_is_liveness_and_ready_checks_the_database()
    {
        var live = await app.CreateClient().GetFromJsonAsync<JsonElement>("/health");
        Assert.Equal("Healthy", live.GetProperty("status").GetString());
        Assert.Empty(live.GetProperty("checks").EnumerateObject());

        var ready = await app.CreateClient().GetFromJsonAsync<JsonElement>("/health/ready");
        Assert.Equal("Healthy", ready.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task OpenApi_document_and_Scalar_ui_are_served()
    {
        var http = app.CreateClient();
        var document = await http.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/auth/login", out _));
        Assert.True(paths.TryGetProperty("/api/tickets/{id}", out _));

        var scalar = await http.GetAsync("/scalar/");
        Assert.Equal(HttpStatusCode.OK, scalar.StatusCode);
        Assert.Contains("openapi/v1.json", await scalar.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unknown_route_is_a_404_problem()
    {
        var response = await app.CreateClient().GetAsync("/api/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Demo_seed_creates_the_documented_logins_once()
    {
        var dataPath = Directory.CreateTempSubdirectory("agentsupport-demo-").FullName;
        using var demo = app.WithWebHostBuilder(b => b.UseSetting("Demo:Seed", "true").UseSetting("Storage:DataPath", dataPath));

        var admin = await LoginAsync(demo, DemoSeeder.Admin);
        var maria = await LoginAsync(demo, DemoSeeder.Maria);
        Assert.Equal(Roles.Admin, admin.User.Role);
        Assert.Equal(Roles.Customer, maria.User.Role);

        var http = demo.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", maria.AccessToken);
        var tickets = await http.GetFromJsonAsync<Page<TicketResponse>>("/api/tickets");
        Assert.Equal(2, tickets!.Total);

        // A second start on the same database does not seed again.
        using var again = app.WithWebHostBuilder(b => b.UseSetting("Demo:Seed", "true").UseSetting("Storage:DataPath", dataPath));
        http = again.CreateClient();
        var admins = await LoginAsync(again, DemoSeeder.Admin);
        http.DefaultRequestHeaders.Authorization = new("Bearer", admins.AccessToken);
        Assert.Equal(3, (await http.GetFromJsonAsync<Page<TicketResponse>>("/api/tickets"))!.Total);
    }

    [Fact]
    public void Production_refuses_to_start_without_a_signing_key()
    {
        using var production = app.WithWebHostBuilder(b => b.UseEnvironment("Production").UseSetting("Jwt:SigningKey", ""));
        var error = Assert.Throws<InvalidOperationException>(() => production.CreateClient());
        Assert.Contains("Jwt:SigningKey", error.Message);
    }

    [Fact]
    public async Task Without_a_configured_key_development_generates_one_into_the_data_folder()
    {
        var dataPath = Directory.CreateTempSubdirectory("agentsupport-key-").FullName;
        using var dev = app.WithWebHostBuilder(b => b.UseSetting("Jwt:SigningKey", "").UseSetting("Storage:DataPath", dataPath));
        var register = await dev.CreateClient().PostAsJsonAsync("/api/auth/register",
            new { email = "keyed@example.com", password = "Passw0rd!x", displayName = "K" });
        register.EnsureSuccessStatusCode();
        await LoginAsync(dev, new DemoAccount("keyed@example.com", "Passw0rd!x", "K", Roles.Customer));
        Assert.True(File.Exists(Path.Combine(dataPath, "jwt-signing.key")));
    }

    [Fact]
    public async Task Login_is_rate_limited_per_account_with_retry_after()
    {
        using var limited = app.WithWebHostBuilder(b => b.UseSetting("RateLimiting:LoginPerAccountPerMinute", "3"));
        var http = limited.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
            statuses.Add((await http.PostAsJsonAsync("/api/auth/login", new { email = "victim@example.com", password = $"guess{i}" })).StatusCode);

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
        var blocked = await http.PostAsJsonAsync("/api/auth/login", new { email = "VICTIM@example.com", password = "again" });
        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        Assert.NotNull(blocked.Headers.RetryAfter);
        Assert.Equal("application/problem+json", blocked.Content.Headers.ContentType?.MediaType);

        // Another account from the same address is still allowed.
        var other = await http.PostAsJsonAsync("/api/auth/login", new { email = "other@example.com", password = "guess" });
        Assert.Equal(HttpStatusCode.Unauthorized, other.StatusCode);
    }

    [Fact]
    public async Task Login_is_rate_limited_per_ip()
    {
        using var limited = app.WithWebHostBuilder(b => b.UseSetting("RateLimiting:LoginPerIpPerMinute", "2"));
        var http = limited.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
            statuses.Add((await http.PostAsJsonAsync("/api/auth/login", new { email = $"user{i}@example.com", password = "guess" })).StatusCode);
        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
    }

    private static async Task<LoginResponse> LoginAsync(WebApplicationFactory<Program> factory, DemoAccount account)
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = account.Email, password = account.Password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<LoginResponse>())!;
    }
}
