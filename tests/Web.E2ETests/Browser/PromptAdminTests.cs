using AgentSupport.Prompts;
using AgentSupport.Prompts.Storage;
using AgentSupport.Web.Data;
using AgentSupport.Web.E2ETests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AgentSupport.Web.E2ETests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class PromptAdminTests(BrowserAppFixture app)
{
    private const string ClosingLine = "Before you say goodbye, ask whether there is anything else you can help with.";

    [SkippableFact]
    public async Task An_admin_edits_the_agent_prompt_compares_promotes_rolls_back_and_finds_it_all_in_the_audit()
    {
        Skip.IfNot(BrowserAppFixture.BrowserAvailable, BrowserAppFixture.SkipReason);
        var page = await app.NewPageAsync("en-US");
        await page.SignInAsync(DemoSeeder.Admin.Email, DemoSeeder.Admin.Password);

        await page.GetByRole(AriaRole.Link, new() { Name = "Prompts" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/prompts");
        var agentRow = page.GetByTestId("prompt-table").Locator("tbody tr").Filter(new() { HasText = "customer-agent" });
        await Assertions.Expect(agentRow).ToContainTextAsync("production v2");
        await page.ScreenshotAsync("60-prompts-list");

        await agentRow.GetByTestId("prompt-link").ClickAsync();
        await page.WaitForURLAsync("**/admin/prompts/customer-agent");
        var labels = page.GetByTestId("prompt-labels");
        await Assertions.Expect(labels).ToHaveTextAsync("production v2");
        await Assertions.Expect(page.GetByTestId("version-table")).ToContainTextAsync("AgentSupport prompt team");
        await page.ScreenshotAsync("61-prompt-versions");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Edit" }).ClickAsync();
        var editor = page.Locator("#prompt-source");
        var source = await editor.InputValueAsync();
        Assert.StartsWith("---", source);
        await editor.FillAsync(source.TrimEnd('\n') + "\n" + ClosingLine + "\n");
        await page.Locator("#prompt-change-reason").FillAsync("Offer more help before closing");
        await page.GetByTestId("prompt-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("prompt-notice")).ToContainTextAsync("Version 3 was created; it is now the candidate.");
        await Assertions.Expect(labels).ToContainTextAsync("candidate v3");
        await Assertions.Expect(labels).ToContainTextAsync("production v2");
        await page.ScreenshotAsync("62-prompt-new-version");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Compare" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("diff-summary")).ToContainTextAsync("v2 → v3");
        // The store writes the front matter (version, author, parent), so those lines change too.
        var diff = page.GetByTestId("prompt-diff");
        await Assertions.Expect(diff.Locator("td.diff-added[data-side='new']").Filter(new() { HasText = ClosingLine })).ToHaveTextAsync("+ " + ClosingLine);
        var versionRow = diff.Locator("tr[data-change='true']").Filter(new() { HasText = "version: 3" });
        await Assertions.Expect(versionRow.Locator("td[data-side='old']")).ToHaveTextAsync("- version: 2");
        await Assertions.Expect(versionRow.Locator("td[data-side='new']")).ToHaveTextAsync("+ version: 3");
        await page.ScreenshotAsync("63-prompt-diff");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Preview" }).ClickAsync();
        await page.SelectMudOptionAsync("preview-version", "v3");
        await page.Locator("#preview-customer").FillAsync("Ana Torres");
        await page.GetByTestId("preview-render").ClickAsync();
        await Assertions.Expect(page.GetByTestId("preview-output")).ToContainTextAsync(ClosingLine);
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth"));
        await page.ScreenshotAsync("64-prompt-preview");

        await page.Locator("#promote-reason").FillAsync("Warmer closing line");
        await page.GetByTestId("promote-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("prompt-notice")).ToHaveTextAsync("Production now serves v3.");
        await Assertions.Expect(labels).ToContainTextAsync("production v3");

        await page.Locator("#rollback-reason").FillAsync("Customers found it repetitive");
        await page.GetByTestId("rollback-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("prompt-notice")).ToHaveTextAsync("Production was rolled back to v2.");
        await Assertions.Expect(labels).ToContainTextAsync("production v2");
        Assert.Equal(2, app.Services.GetRequiredService<FilePromptStore>().Resolve("customer-agent").Number);
        await Assertions.Expect(page.Locator("#promote-reason")).ToHaveValueAsync("");
        await Assertions.Expect(page.GetByText("Required.")).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Tab, new() { Name = "Audit trail" }).ClickAsync();
        var audit = page.GetByTestId("audit-table").Locator("tbody tr");
        var promotion = audit.Filter(new() { HasText = "Warmer closing line" });
        await Assertions.Expect(promotion).ToContainTextAsync("Label moved (production)");
        await Assertions.Expect(promotion).ToContainTextAsync(DemoSeeder.Admin.Email);
        var rollback = audit.Filter(new() { HasText = "Customers found it repetitive" });
        await Assertions.Expect(rollback).ToContainTextAsync("Rollback (production)");
        await Assertions.Expect(rollback).ToContainTextAsync(DemoSeeder.Admin.Email);
        await Assertions.Expect(audit.Filter(new() { HasText = "Version created" }).Filter(new() { HasText = "v3" })).ToHaveCountAsync(1);
        await page.ScreenshotAsync("65-prompt-audit");
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task An_invalid_edit_on_a_phone_shows_the_problem_at_its_line_and_stores_nothing()
    {
        Skip.IfNot(BrowserAppFixture.BrowserAvailable, BrowserAppFixture.SkipReason);
        var store = app.Services.GetRequiredService<FilePromptStore>();
        var versionsBefore = store.ListVersions("customer-simulator").Count;
        var page = await app.NewPageAsync("es-MX", width: 390, height: 844);
        await page.SignInAsync(DemoSeeder.Admin.Email, DemoSeeder.Admin.Password);

        await page.GotoInteractiveAsync("/admin/prompts/customer-simulator");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Editar" }).ClickAsync();
        var editor = page.Locator("#prompt-source");
        var edited = (await editor.InputValueAsync()).TrimEnd('\n') + "\nSaluda a {{ customer_secret_code }}.\n";
        var badLine = edited.TrimEnd('\n').Split('\n').Length;
        await editor.FillAsync(edited);
        await page.GetByTestId("prompt-save").ClickAsync();

        var problem = page.GetByTestId("template-problem").Filter(new() { HasText = "customer_secret_code" });
        await Assertions.Expect(page.GetByTestId("template-problems")).ToContainTextAsync("La plantilla no es válida y no se guardó.");
        await Assertions.Expect(problem).ToHaveAttributeAsync("data-line", badLine.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(problem).ToContainTextAsync($"Línea {badLine}, columna");
        await Assertions.Expect(problem.Locator(".problem-line")).ToContainTextAsync("Saluda a {{ customer_secret_code }}.");
        Assert.Equal(versionsBefore, store.ListVersions("customer-simulator").Count);
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth"),
            "The prompt page is wider than a phone screen.");
        await page.ScreenshotAsync("66-prompt-invalid-edit-phone");
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Promoting_after_someone_else_moved_production_says_it_moved_meanwhile_and_changes_nothing()
    {
        Skip.IfNot(BrowserAppFixture.BrowserAvailable, BrowserAppFixture.SkipReason);
        var store = app.Services.GetRequiredService<FilePromptStore>();
        var created = store.CreateVersion("judge", new PromptEdit { Author = "e2e@agentsupport.local", Body = store.Resolve("judge").Body + "\nSé breve.\n" });
        var page = await app.NewPageAsync("en-US");
        await page.SignInAsync(DemoSeeder.Admin.Email, DemoSeeder.Admin.Password);
        await page.GotoInteractiveAsync("/admin/prompts/judge");
        var shown = store.Resolve("judge").Number;
        // The page has loaded the labels it will send as "expected" before anyone else moves them.
        await Assertions.Expect(page.GetByTestId("prompt-labels")).ToContainTextAsync($"production v{shown}");

        // Another admin promotes the new version while this page still shows the old production.
        store.MoveLabel("judge", PromptLabels.Production, created.Number, shown, "other-admin@agentsupport.local", "Promoted elsewhere");
        await page.SelectMudOptionAsync("promote-version", $"v{created.Number}");
        await page.Locator("#promote-reason").FillAsync("Promote the shorter judge");
        await page.GetByTestId("promote-submit").ClickAsync();

        await Assertions.Expect(page.GetByTestId("page-error")).ToContainTextAsync(
            $"The production label moved meanwhile (it now points at v{created.Number}); nothing was changed.");
        await Assertions.Expect(page.GetByTestId("prompt-labels")).ToContainTextAsync($"production v{created.Number}");
        var history = store.ListLabels("judge").Single(l => l.Name == PromptLabels.Production).History;
        Assert.DoesNotContain(history, move => move.Reason == "Promote the shorter judge");
        await page.ScreenshotAsync("67-prompt-moved-meanwhile");
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task A_customer_cannot_open_the_prompt_pages()
    {
        Skip.IfNot(BrowserAppFixture.BrowserAvailable, BrowserAppFixture.SkipReason);
        var page = await app.NewPageAsync("en-US");
        await page.SignInAsync(DemoSeeder.Maria.Email, DemoSeeder.Maria.Password);

        foreach (var path in new[] { "/admin/prompts", "/admin/prompts/customer-agent" })
        {
            var response = await page.GotoAsync(path);
            await page.WaitForInteractiveAsync();
            Assert.Contains("/account/access-denied", page.Url);
            var html = await response!.TextAsync();
            Assert.DoesNotContain("prompt-table", html);
            Assert.DoesNotContain("prompt-labels", html);
            await Assertions.Expect(page.GetByTestId("access-denied")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("prompt-table")).ToHaveCountAsync(0);
            await Assertions.Expect(page.GetByTestId("prompt-labels")).ToHaveCountAsync(0);
        }
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Prompts" })).ToHaveCountAsync(0);
        await page.ScreenshotAsync("68-customer-prompts-denied");
        await page.Context.CloseAsync();
    }
}
