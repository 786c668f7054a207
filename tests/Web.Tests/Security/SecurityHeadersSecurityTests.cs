using System.Net;
using AgentSupport.Web.Infrastructure;
using AgentSupport.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AgentSupport.Web.Tests.Security;

/// <summary>Every answer carries the headers that keep browsers strict; the API reference can be switched off.</summary>
public sealed class SecurityHeadersSecurityTests(SqliteAppFixture app) : IClassFixture<SqliteAppFixture>
{
    private static readonly WebApplicationFactoryClientOptions Https = new() { BaseAddress = new Uri("https://agentsupport.example"), AllowAutoRedirect = false };

    [Theory]
    [InlineData("/account/login")]
    [InlineData("/api/tickets")]
    [InlineData("/health")]
    public async Task Pages_and_api_answers_carry_nosniff_referrer_policy_and_frame_options(string path)
    {
        var response = await app.CreateClient(Https).GetAsync(path);

        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", string.Join(",", response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("SAMEORIGIN", string.Join(",", response.Headers.GetValues("X-Frame-Options")));
        Assert.True(response.Headers.Contains("Strict-Transport-Security"), "HSTS outside Development over HTTPS");
    }

    [Fact]
    public async Task Development_sends_no_hsts()
    {
        using var development = app.WithWebHostBuilder(b => b.UseEnvironment("Development"));

        var response = await development.CreateClient(Https).GetAsync("/health");

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task The_api_reference_is_served_unless_switched_off()
    {
        using var off = app.WithWebHostBuilder(b => b.UseSetting(SecurityHeaders.DocumentationSetting, "false"));

        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/openapi/v1.json")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await off.CreateClient().GetAsync("/openapi/v1.json")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await off.CreateClient().GetAsync("/scalar")).StatusCode);
    }
}
