using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AgentSupport.Web.Tests.Infrastructure;

/// <summary>
/// A browser without a browser: signs in through the login form (antiforgery token and cookie included) and
/// reads pages as the server prerenders them, data loaded.
/// </summary>
public static partial class UiSession
{
    public static async Task<HttpClient> SignInAsync(AppFixture app, string email, string password)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var form = await client.GetStringAsync("/account/login");
        var token = AntiforgeryToken().Match(form);
        Assert.True(token.Success, "the login page carries an antiforgery token");
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
            ["email"] = email,
            ["password"] = password,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("error", response.Headers.Location?.ToString() ?? "", StringComparison.OrdinalIgnoreCase);
        return client;
    }

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
