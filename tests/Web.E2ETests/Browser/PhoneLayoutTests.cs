using AgentSupport.Web.Data;
using AgentSupport.Web.E2ETests.Infrastructure;

namespace AgentSupport.Web.E2ETests.Browser;

/// <summary>The sign-in at 390×844, as a customer on a phone meets it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneLayoutTests(BrowserAppFixture app)
{
    [SkippableFact]
    public async Task Sign_in_fits_the_phone_and_a_wrong_password_keeps_the_email()
    {
        Skip.IfNot(BrowserAppFixture.BrowserAvailable, BrowserAppFixture.SkipReason);
        var page = await app.NewPageAsync("es-MX", width: 390, height: 844);

        await page.GotoInteractiveAsync("/account/login");
        var signIn = page.Locator(".mud-appbar").GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Iniciar sesión" });
        // One line of text is less than twice the font size high; two lines are more.
        var measured = await signIn.EvaluateAsync<double[]>(
            "e => { const label = e.querySelector('.mud-button-label'); return [label.getBoundingClientRect().height, parseFloat(getComputedStyle(label).fontSize)]; }");
        var (height, fontSize) = (measured[0], measured[1]);
        Assert.True(height < 2 * fontSize, $"“Iniciar sesión” wraps in the app bar ({height}px high at {fontSize}px).");

        await page.Locator("#login-email").FillAsync(DemoSeeder.Maria.Email);
        await page.Locator("#login-password").FillAsync("NotHerPassword1");
        await page.GetByTestId("sign-in-submit").ClickAsync();
        await page.WaitForURLAsync("**/account/login?error=*");
        await page.WaitForInteractiveAsync();

        await Microsoft.Playwright.Assertions.Expect(page.GetByTestId("form-error")).ToBeVisibleAsync();
        await Microsoft.Playwright.Assertions.Expect(page.Locator("#login-email")).ToHaveValueAsync(DemoSeeder.Maria.Email);
        await Microsoft.Playwright.Assertions.Expect(page.Locator("#login-password")).ToHaveValueAsync("");
        Assert.DoesNotContain("maria", page.Url, StringComparison.OrdinalIgnoreCase);
        await page.ScreenshotAsync("44-phone-wrong-password");
        await page.Context.CloseAsync();
    }
}
