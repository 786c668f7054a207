using System.Net;
using System.Text.RegularExpressions;
using AgentSupport.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Net.Http.Headers;

namespace AgentSupport.Web.Tests.Security;

/// <summary>Over HTTPS every cookie the browser UI sets is marked Secure, so no plain-HTTP request ever carries it.</summary>
public sealed partial class UiCookieSecurityTests(SqliteAppFixture app) : IClassFixture<SqliteAppFixture>
{
    [Fact]
    public async Task Antiforgery_sign_in_and_language_cookies_are_secure_over_https()
    {
        var customer = await app.CustomerAsync("cookie");
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://agentsupport.example"), AllowAutoRedirect = false, HandleCookies = false,
        });
        var jar = new Dictionary<string, SetCookieHeaderValue>();

        var form = await SendAsync(browser, jar, new HttpRequestMessage(HttpMethod.Get, "/account/login"));
        var token = AntiforgeryToken().Match(await form.Content.ReadAsStringAsync());
        Assert.True(token.Success, "the login page carries an antiforgery token");
        var login = await SendAsync(browser, jar, new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
                ["email"] = customer.Email,
                ["password"] = "Passw0rd!x",
            }),
        });
        Assert.Equal("/customer", login.Headers.Location?.OriginalString);
        await SendAsync(browser, jar, new HttpRequestMessage(HttpMethod.Get, "/culture?name=en-US&returnUrl=%2Fcustomer"));

        Assert.Contains(jar.Keys, name => name.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        Assert.Contains("AgentSupport.Auth", jar.Keys);
        Assert.Contains(".AspNetCore.Culture", jar.Keys);
        Assert.All(jar.Values, cookie => Assert.True(cookie.Secure, $"{cookie.Name} is Secure"));
        Assert.All(jar.Values, cookie => Assert.True(cookie.HttpOnly, $"{cookie.Name} is HttpOnly"));
    }

    /// <summary>Sends with the cookies received so far and keeps the ones the answer sets, as a browser would.</summary>
    private static async Task<HttpResponseMessage> SendAsync(HttpClient browser, Dictionary<string, SetCookieHeaderValue> jar, HttpRequestMessage request)
    {
        if (jar.Count > 0)
            request.Headers.Add(HeaderNames.Cookie, string.Join("; ", jar.Values.Select(c => $"{c.Name}={c.Value}")));
        var response = await browser.SendAsync(request);
        Assert.True((int)response.StatusCode < 400, $"{request.Method} {request.RequestUri} answered {(int)response.StatusCode}");
        if (response.Headers.TryGetValues(HeaderNames.SetCookie, out var values))
        {
            foreach (var cookie in SetCookieHeaderValue.ParseList(values.ToList()))
                jar[cookie.Name.ToString()] = cookie;
        }

        return response;
    }

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
