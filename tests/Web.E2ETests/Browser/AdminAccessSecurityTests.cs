using AgentSupport.Web.Data;
using AgentSupport.Web.E2ETests.Infrastructure;
using Microsoft.Playwright;

namespace AgentSupport.Web.E2ETests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class AdminAccessSecurityTests(BrowserAppFixture app)
{
    [SkippableFact]
    public async Task A_customer_opening_an_admin_page_gets_access_denied_not_the_console()
    {
        Skip.IfNot(BrowserAppFixture.BrowserAvailable, BrowserAppFixture.SkipReason);
        var page = await app.NewPageAsync("en-US");
        await page.SignInAsync(DemoSeeder.Maria.Email, DemoSeeder.Maria.Password);

        // Typed into the address bar: the server refuses before any admin content is rendered.
        var response = await page.GotoAsync("/admin");
        await page.WaitForInteractiveAsync();
        Assert.EndsWith("/account/access-denied?returnUrl=%2Fadmin", page.Url);
        Assert.DoesNotContain("Support overview", await response!.TextAsync());
        await Assertions.Expect(page.GetByTestId("access-denied")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("admin-counters")).ToHaveCountAsync(0);
        await page.ScreenshotAsync("20-customer-access-denied");

        // Reached from inside the running app: the router refuses too.
        await page.GotoInteractiveAsync("/customer");
        await page.EvaluateAsync("() => Blazor.navigateTo('/admin')");
        await Assertions.Expect(page.GetByTestId("access-denied")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("admin-counters")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task A_visitor_is_sent_to_sign_in_and_back_to_the_page_afterwards()
    {
        Skip.IfNot(BrowserAppFixture.BrowserAvailable, BrowserAppFixture.SkipReason);
        var page = await app.NewPageAsync("en-US");

        await page.GotoAsync("/admin");
        await page.WaitForURLAsync("**/account/login?returnUrl=%2Fadmin");
        await page.WaitForInteractiveAsync();
        await page.Locator("#login-email").FillAsync(DemoSeeder.Admin.Email);
        await page.Locator("#login-password").FillAsync("wrong-password-1");
        await page.GetByTestId("sign-in-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("form-error")).ToContainTextAsync("The email or the password is not right.");
        Assert.Contains("returnUrl=%2Fadmin", page.Url);
        await page.WaitForInteractiveAsync();

        await page.Locator("#login-email").FillAsync(DemoSeeder.Admin.Email);
        await page.Locator("#login-password").FillAsync(DemoSeeder.Admin.Password);
        await page.GetByTestId("sign-in-submit").ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/admin"));
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("admin-counters")).ToBeVisibleAsync();
        await page.ScreenshotAsync("21-admin-dashboard");
        await page.Context.CloseAsync();
    }
}
