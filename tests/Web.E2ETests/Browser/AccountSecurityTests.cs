using AgentSupport.Web.Data;
using AgentSupport.Web.E2ETests.Infrastructure;
using Microsoft.Playwright;

namespace AgentSupport.Web.E2ETests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class AccountSecurityTests(BrowserAppFixture app)
{
    [SkippableFact]
    public async Task The_sign_in_form_refuses_a_post_without_its_antiforgery_token()
    {
        Skip.IfNot(BrowserAppFixture.BrowserAvailable, BrowserAppFixture.SkipReason);
        var page = await app.NewPageAsync("en-US");

        var response = await page.APIRequest.PostAsync("/account/login", new()
        {
            Form = page.APIRequest.CreateFormData().Set("email", DemoSeeder.Maria.Email).Set("password", DemoSeeder.Maria.Password),
            MaxRedirects = 0,
        });

        Assert.Equal(400, response.Status);
        Assert.DoesNotContain(response.Headers, h => h.Key == "set-cookie" && h.Value.Contains("AgentSupport.Auth"));
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task A_return_address_outside_the_site_is_ignored_after_sign_in()
    {
        Skip.IfNot(BrowserAppFixture.BrowserAvailable, BrowserAppFixture.SkipReason);
        var page = await app.NewPageAsync("en-US");

        await page.GotoInteractiveAsync("/account/login?returnUrl=" + Uri.EscapeDataString("//evil.example/phish"));
        await page.Locator("#login-email").FillAsync(DemoSeeder.John.Email);
        await page.Locator("#login-password").FillAsync(DemoSeeder.John.Password);
        await page.GetByTestId("sign-in-submit").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login"));

        Assert.Equal(app.BaseUrl + "/customer", page.Url);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Signing_up_with_a_registered_email_says_so_and_creates_nothing()
    {
        Skip.IfNot(BrowserAppFixture.BrowserAvailable, BrowserAppFixture.SkipReason);
        var page = await app.NewPageAsync("es-MX");
        var users = await app.WithDbAsync(db => Task.FromResult(db.Users.Count()));

        await page.GotoInteractiveAsync("/account/signup");
        await page.Locator("#signup-name").FillAsync("Otra María");
        await page.Locator("#signup-email").FillAsync(DemoSeeder.Maria.Email.ToUpperInvariant());
        await page.Locator("#signup-password").FillAsync("Segura123!");
        await page.GetByTestId("sign-up-submit").ClickAsync();

        await Assertions.Expect(page.GetByTestId("form-error")).ToContainTextAsync("Ya existe una cuenta con este correo.");
        Assert.Equal(users, await app.WithDbAsync(db => Task.FromResult(db.Users.Count())));
        await page.Context.CloseAsync();
    }
}
