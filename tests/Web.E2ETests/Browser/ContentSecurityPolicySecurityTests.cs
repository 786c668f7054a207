using AgentSupport.Web.Data;
using AgentSupport.Web.E2ETests.Infrastructure;
using Microsoft.Playwright;

namespace AgentSupport.Web.E2ETests.Browser;

/// <summary>
/// The pages work under their Content-Security-Policy: Blazor's circuit connects over its WebSocket, MudBlazor draws and
/// reacts, and Chromium reports no violation on any customer or admin page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicySecurityTests(BrowserAppFixture app)
{
    [SkippableTheory]
    [InlineData("es-MX")]
    [InlineData("en-US")]
    public async Task Customer_and_admin_pages_run_interactive_under_the_policy_with_no_violation(string locale)
    {
        Skip.IfNot(BrowserAppFixture.BrowserAvailable, BrowserAppFixture.SkipReason);
        var page = await app.NewPageAsync(locale);
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) violations.Add(message.Text);
        };
        // The event reaches the page even for violations Chromium does not log (and is what report-uri would send).
        await page.Context.AddInitScriptAsync("""
            document.addEventListener('securitypolicyviolation', e =>
                console.error('Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI));
            """);
        var circuits = new List<string>();
        page.WebSocket += (_, socket) => circuits.Add(socket.Url);
        var policies = new List<string?>();
        page.Response += (_, response) =>
        {
            // Redirects (after a sign-in form post) carry no page.
            if (response.Request.ResourceType == "document" && response.Status == 200) policies.Add(response.Headers.GetValueOrDefault("content-security-policy"));
        };

        // A customer: sign in (a form post under form-action), the dashboard, a chat answered over the circuit.
        await page.SignInAsync(DemoSeeder.Maria.Email, DemoSeeder.Maria.Password);
        await page.GotoInteractiveAsync("/chat");
        await ChatSteps.AskAsync(page, locale == "es-MX" ? "¿Cuándo me pagan? Placa PZN-904-E" : "When do I get paid? Plate PZN-904-E");
        await page.GotoInteractiveAsync("/customer/tickets/new");
        await page.GetByTestId("ticket-category").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item").First).ToBeVisibleAsync();
        await page.Context.ClearCookiesAsync();

        // An admin: charts, tables, the Workbench's upload and the prompt editor.
        await page.SignInAsync(DemoSeeder.Admin.Email, DemoSeeder.Admin.Password);
        await page.GetByTestId("by-context").Locator("svg").First.WaitForAsync();
        await page.GotoInteractiveAsync("/admin/conversations");
        await page.GotoInteractiveAsync("/admin/tickets");
        await page.GotoInteractiveAsync("/admin/workbench");
        await page.WaitForFunctionAsync("() => document.querySelector('input[type=file]')?._blazorInputFileNextFileId !== undefined");
        await page.GotoInteractiveAsync("/admin/prompts/customer-agent");

        Assert.Empty(violations);
        Assert.Contains(circuits, url => url.StartsWith(app.BaseUrl.Replace("http://", "ws://", StringComparison.Ordinal) + "/_blazor", StringComparison.Ordinal));
        Assert.NotEmpty(policies);
        Assert.All(policies, policy => Assert.Contains("default-src 'self'", policy ?? "", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }
}
