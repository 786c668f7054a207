using AgentSupport.Web.Data;
using AgentSupport.Web.E2ETests.Infrastructure;
using Microsoft.Playwright;

namespace AgentSupport.Web.E2ETests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class LanguageAndLayoutTests(BrowserAppFixture app)
{
    [SkippableFact]
    public async Task The_ui_follows_the_browser_language_and_the_switch_overrides_it()
    {
        Skip.IfNot(BrowserAppFixture.BrowserAvailable, BrowserAppFixture.SkipReason);
        var page = await app.NewPageAsync("es-ES");

        await page.GotoInteractiveAsync("/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bienvenido a AgentSupport" })).ToBeVisibleAsync();
        Assert.Equal("es-MX", await page.Locator("html").GetAttributeAsync("lang"));
        await page.ScreenshotAsync("30-home-spanish");

        await page.GetByTestId("language-switch").ClickAsync();
        await page.GetByTestId("language-en").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Welcome to AgentSupport" })).ToBeVisibleAsync();
        await page.WaitForInteractiveAsync();
        await page.ScreenshotAsync("31-home-english");

        // The choice is remembered over the browser's Accept-Language.
        await page.GotoInteractiveAsync("/account/login");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in to AgentSupport" })).ToBeVisibleAsync();
        Assert.Equal("en-US", await page.Locator("html").GetAttributeAsync("lang"));
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task On_a_phone_the_pages_fit_the_screen_and_the_menu_opens_over_them()
    {
        Skip.IfNot(BrowserAppFixture.BrowserAvailable, BrowserAppFixture.SkipReason);
        var page = await app.NewPageAsync("es-MX", width: 390, height: 844);
        await page.SignInAsync(DemoSeeder.Maria.Email, DemoSeeder.Maria.Password);

        foreach (var (path, name) in new[] { ("/customer", "40-phone-dashboard"), ("/customer/tickets/new", "41-phone-new-ticket"), ("/chat", "42-phone-start-chat") })
        {
            await page.GotoInteractiveAsync(path);
            await page.ScreenshotAsync(name);
            var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
            Assert.False(overflow, $"{path} is wider than a phone screen.");
        }

        var navigation = page.GetByRole(AriaRole.Link, new() { Name = "Nuevo ticket" }).First;
        await Assertions.Expect(navigation).Not.ToBeInViewportAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Mostrar u ocultar el menú" }).ClickAsync();
        await Assertions.Expect(navigation).ToBeInViewportAsync();
        await page.ScreenshotAsync("43-phone-menu-open");
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task An_unknown_address_shows_the_not_found_page_with_a_404()
    {
        Skip.IfNot(BrowserAppFixture.BrowserAvailable, BrowserAppFixture.SkipReason);
        var page = await app.NewPageAsync("en-US");

        var response = await page.GotoAsync("/no-such-page");

        Assert.Equal(404, response!.Status);
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Page not found" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
