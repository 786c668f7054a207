using AgentSupport.Web.Data;
using AgentSupport.Web.E2ETests.Infrastructure;
using AgentSupport.Web.Workbench;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AgentSupport.Web.E2ETests.Browser;

[Collection(WorkbenchBrowserCollection.Name)]
public sealed class IntentDiscoveryAdminTests(BrowserAppFixture app)
{
    [SkippableFact]
    public async Task An_admin_discovers_an_unmatched_group_renames_it_and_accepts_it_into_the_intents_table()
    {
        Skip.IfNot(BrowserAppFixture.BrowserAvailable, BrowserAppFixture.SkipReason);
        var page = await app.NewPageAsync("en-US");
        await page.SignInAsync(DemoSeeder.Admin.Email, DemoSeeder.Admin.Password);
        await page.GotoInteractiveAsync("/admin/workbench");
        await page.WaitForFunctionAsync("() => document.querySelector('input[type=file]')?._blazorInputFileNextFileId !== undefined");
        await page.Locator("input[type=file]").SetInputFilesAsync(RepositoryFiles.Path("samples", "conversations_sample.jsonl"));
        await Assertions.Expect(page.GetByTestId("import-result")).ToContainTextAsync("600 conversations", new() { Timeout = 30_000 });

        await page.GetByTestId("open-discovery").ClickAsync();
        await page.WaitForURLAsync("**/admin/workbench/discovery");
        await page.WaitForInteractiveAsync();
        await page.Locator("#discovery-k").FillAsync("25");
        await page.Locator("#discovery-k").PressAsync("Tab");
        await page.GetByTestId("discover").ClickAsync();

        await Assertions.Expect(page.GetByTestId("discovery-summary")).ToContainTextAsync("of 119 of 600 conversations", new() { Timeout = 240_000 });
        var bank = page.GetByTestId("candidate").Filter(new() { HasText = "la tiene el banco" });
        await Assertions.Expect(bank).ToHaveCountAsync(1);
        await Assertions.Expect(bank.GetByTestId("candidate-status")).ToHaveTextAsync("Open");
        var id = await bank.GetAttributeAsync("data-candidate");
        await page.Locator($"#name-{id}").FillAsync("invoice_held_by_bank");
        await bank.GetByTestId("rename").ClickAsync();
        await Assertions.Expect(bank.GetByTestId("candidate-name")).ToHaveTextAsync("invoice_held_by_bank");
        await page.ScreenshotAsync("80-workbench-discovery");

        await bank.GetByTestId("accept").ClickAsync();

        await Assertions.Expect(bank).ToHaveAttributeAsync("data-status", "accepted");
        await Assertions.Expect(page.GetByTestId("discovery-message")).ToHaveTextAsync("invoice_held_by_bank is now in the intents table.");
        var pattern = await bank.GetByTestId("candidate-pattern").TextContentAsync();
        // The API speaks bearer tokens only, so the table and its audit are read from the app itself.
        var store = app.Services.GetRequiredService<DiscoveryService>().Intents;
        var added = store.Current().Intents.Single(i => i.Name == "invoice_held_by_bank");
        Assert.Equal(pattern, added.Pattern.ToString());
        var audit = (await store.ReadAuditAsync()).Last();
        Assert.Equal(("accept", "invoice_held_by_bank", DemoSeeder.Admin.Email), (audit.Action, audit.Name, audit.By));

        // The datasets' analysis now counts the accepted intent in its tool ranking.
        await page.GotoInteractiveAsync("/admin/workbench");
        await page.WaitForFunctionAsync("() => document.querySelector('input[type=file]')?._blazorInputFileNextFileId !== undefined");
        await page.Locator("input[type=file]").SetInputFilesAsync(RepositoryFiles.Path("samples", "conversations_sample.jsonl"));
        await Assertions.Expect(page.GetByTestId("tool-ranking")).ToContainTextAsync("invoice_held_by_bank", new() { Timeout = 30_000 });
    }
}
