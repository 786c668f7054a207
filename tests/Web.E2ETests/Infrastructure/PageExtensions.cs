using Microsoft.Playwright;

namespace AgentSupport.Web.E2ETests.Infrastructure;

public static class PageExtensions
{
    /// <summary>Opens a page and waits until its Blazor circuit handles clicks (the layout's flag).</summary>
    public static async Task GotoInteractiveAsync(this IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.WaitForInteractiveAsync();
    }

    public static Task WaitForInteractiveAsync(this IPage page) =>
        page.Locator("[data-interactive='true']").WaitForAsync();

    /// <summary>Saves a full-page screenshot under TestResults/screenshots for review.</summary>
    public static Task ScreenshotAsync(this IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserAppFixture.ScreenshotFolder, name + ".png"), FullPage = true });

    /// <summary>Picks an option of a MudSelect by its visible text.</summary>
    public static async Task SelectMudOptionAsync(this IPage page, string selectTestId, string optionText)
    {
        await page.GetByTestId(selectTestId).ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new LocatorFilterOptions { HasText = optionText }).First.ClickAsync();
    }

    /// <summary>Opens the Workbench and uploads <paramref name="jsonl"/> as a dataset file named <paramref name="name"/>.</summary>
    public static async Task UploadDatasetAsync(this IPage page, string name, string jsonl)
    {
        await page.GotoInteractiveAsync("/admin/workbench");
        // Blazor's InputFile only hears the change once its script has taken the input over.
        await page.WaitForFunctionAsync("() => document.querySelector('input[type=file]')?._blazorInputFileNextFileId !== undefined");
        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = name,
            MimeType = "application/x-ndjson",
            Buffer = System.Text.Encoding.UTF8.GetBytes(jsonl),
        });
    }

    public static async Task SignInAsync(this IPage page, string email, string password)
    {
        await page.GotoInteractiveAsync("/account/login");
        await page.Locator("#login-email").FillAsync(email);
        await page.Locator("#login-password").FillAsync(password);
        await page.GetByTestId("sign-in-submit").ClickAsync();
        await page.ExplainIfStuckAsync(() => page.WaitForURLAsync(url => !url.Contains("/account/login")), async () =>
            $"The email field held '{await page.Locator("#login-email").InputValueAsync()}'; the button was " +
            (await page.GetByTestId("sign-in-submit").IsDisabledAsync() ? "disabled (the circuit took the click)." : "enabled."));
        await page.WaitForInteractiveAsync();
    }

    /// <summary>
    /// Runs <paramref name="wait"/>; when it times out, fails with what the page showed instead: its address, the
    /// <paramref name="state"/> the caller describes, the visible alerts and validation messages, Blazor's reconnect
    /// dialog or error banner, what the apps under test logged meanwhile, and a screenshot. Rare timeouts under full CI
    /// load otherwise said only "Timeout exceeded".
    /// </summary>
    public static async Task ExplainIfStuckAsync(this IPage page, Func<Task> wait, Func<Task<string>> state)
    {
        var mark = AppErrorLog.Mark();
        try
        {
            await wait();
        }
        catch (TimeoutException ex)
        {
            var name = "stuck-" + Guid.NewGuid().ToString("N")[..8];
            await page.ScreenshotAsync(name);
            var shown = await page.Locator(
                "[role=alert]:visible, .mud-input-helper-text:visible, #components-reconnect-modal:visible, #blazor-error-ui:visible").AllInnerTextsAsync();
            var logged = AppErrorLog.Since(mark);
            throw new TimeoutException(
                $"The page stayed on {page.Url}. {await state()} It showed [{string.Join(" | ", shown)}]; screenshot {name}.png. " +
                (logged.Count == 0 ? "The apps logged no warning or error." : $"The apps logged:{Environment.NewLine}{string.Join(Environment.NewLine, logged)}"), ex);
        }
    }
}
