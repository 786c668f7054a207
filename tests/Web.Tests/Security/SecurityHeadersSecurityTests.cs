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

    [Theory]
    [InlineData("/account/login")]
    [InlineData("/no-such-page")]
    public async Task Html_pages_carry_a_same_origin_content_security_policy_whose_nonce_is_the_import_maps(string path)
    {
        var client = app.CreateClient(Https);

        var first = await client.GetAsync(path);
        var second = await client.GetAsync(path);

        var policy = Assert.Single(first.Headers.GetValues("Content-Security-Policy"));
        var directives = policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d.Split(' ')[1..]);
        Assert.Equal(["'self'"], directives["default-src"]);
        Assert.Equal(["'self'"], directives["connect-src"]);
        Assert.Equal(["'none'"], directives["object-src"]);
        Assert.Equal(["'self'"], directives["frame-ancestors"]);
        var nonce = Assert.Single(directives["script-src"], s => s.StartsWith("'nonce-", StringComparison.Ordinal))[7..^1];
        Assert.DoesNotContain("'unsafe-inline'", directives["script-src"]);
        Assert.DoesNotContain("'unsafe-eval'", directives["script-src"]);
        var html = await first.Content.ReadAsStringAsync();
        Assert.Contains($"<script type=\"importmap\" nonce=\"{nonce}\"", html, StringComparison.Ordinal);
        // Every other script is a file of the app's own.
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(html, "<script(?![^>]*\\bsrc=)[^>]*>"));
        Assert.NotEqual(policy, Assert.Single(second.Headers.GetValues("Content-Security-Policy")));
    }

    [Fact]
    public async Task Api_answers_carry_no_page_policy()
    {
        var response = await app.CreateClient(Https).GetAsync("/health");

        Assert.False(response.Headers.Contains("Content-Security-Policy"));
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
