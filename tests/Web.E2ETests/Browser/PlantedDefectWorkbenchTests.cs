using System.Text.RegularExpressions;
using AgentSupport.Prompts.Storage;
using AgentSupport.Web.Data;
using AgentSupport.Web.E2ETests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AgentSupport.Web.E2ETests.Browser;

/// <summary>
/// The Workbench from upload to promotion on a prompt with a planted defect (WarrantyCoverage switched off): the run
/// size is estimated before the run, the proposal cites the conversations it learned from, the candidate repairs the
/// defect at the price of longer conversations, and it is promoted once that trade-off is confirmed.
/// </summary>
[Collection(WorkbenchBrowserCollection.Name)]
public sealed class PlantedDefectWorkbenchTests(BrowserAppFixture app)
{
    private const string Agent = "customer-agent";

    [SkippableFact]
    public async Task A_run_on_a_prompt_without_its_warranty_tool_repairs_it_and_is_promoted_once_the_trade_off_is_accepted()
    {
        Skip.IfNot(BrowserAppFixture.BrowserAvailable, BrowserAppFixture.SkipReason);
        var planted = PlantDefect();
        var page = await app.NewPageAsync("en-US");
        await page.SignInAsync(DemoSeeder.Admin.Email, DemoSeeder.Admin.Password);
        await WorkbenchSteps.UploadSampleAsync(page);
        await page.GetByTestId("start-run-on-dataset").ClickAsync();
        await page.WaitForURLAsync("**/admin/workbench/runs?dataset=*");
        await page.WaitForInteractiveAsync();

        // Before the run: what it takes to see a change of the minimum effect on this dataset, proposed as the size.
        await Assertions.Expect(page.GetByTestId("power-hint")).ToContainTextAsync(
            "To detect a composite change of 0.15 (95 % confidence, 80 % power), this dataset needs 46 conversation pairs: 8 per context over 6 contexts.");
        await Assertions.Expect(page.Locator("#run-per-context")).ToHaveValueAsync("8");
        await Assertions.Expect(page.GetByTestId("power-warning")).ToHaveCountAsync(0);
        await page.Locator("#run-per-context").FillAsync("5");
        await page.Locator("#run-per-context").PressAsync("Tab");
        await Assertions.Expect(page.GetByTestId("power-warning")).ToContainTextAsync("5 per context (30 pairs) is too small to decide");
        await page.ScreenshotAsync("80-planted-defect-power");
        await page.Locator("#run-seed").FillAsync("3");
        await page.Locator("#run-parallelism").FillAsync("4");
        await page.Locator("#run-baseline").FillAsync(planted.ToString());
        await page.Locator("#run-baseline").PressAsync("Tab");
        await page.GetByTestId("run-start").ClickAsync();
        await page.WaitForURLAsync("**/admin/workbench/runs/run*");

        // The proposal names the missing tool and links the conversations it cites.
        var approve = page.GetByTestId("proposal-approve");
        await approve.WaitForAsync(new() { Timeout = 60_000 });
        var proposal = page.GetByTestId("proposal");
        await Assertions.Expect(proposal.GetByTestId("proposal-rationale")).ToContainTextAsync("The prompt lacks WarrantyCoverage");
        var cited = proposal.GetByTestId("cited-conversation").First;
        var id = await cited.TextContentAsync();
        Assert.Matches("^conv_s7_[0-9]+$", id);
        var href = await cited.GetAttributeAsync("href");
        Assert.Matches($"^/admin/workbench/datasets/ds-[^/]+/conversations/{id}$", href);
        await page.ScreenshotAsync("81-planted-defect-proposal");
        var conversation = await page.Context.NewPageAsync();
        await conversation.GotoInteractiveAsync(href!);
        await Assertions.Expect(conversation.GetByRole(AriaRole.Heading, new() { Name = $"Conversation {id}", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(conversation.GetByTestId("dataset-conversation-meta")).ToContainTextAsync(new Regex(@"^\s*Line \d+ of conversations_sample\.jsonl"));
        await Assertions.Expect(conversation.Locator("[data-speaker='customer']").First).ToBeVisibleAsync();
        await conversation.ScreenshotAsync("82-cited-conversation");
        await conversation.CloseAsync();

        await approve.ClickAsync();
        await page.GetByTestId("comparison").WaitForAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(page.GetByTestId("run-status")).ToHaveAttributeAsync("data-status", "Compared");
        await Assertions.Expect(page.GetByTestId("verdict")).ToHaveAttributeAsync("data-verdict", "BetterWithTradeOff");
        await Assertions.Expect(page.GetByTestId("verdict")).ToContainTextAsync("Better, with a trade-off on average turns, average duration");
        await Assertions.Expect(page.Locator("tr[data-metric='resolution_rate'] [data-testid='delta-arrow']")).ToHaveAttributeAsync("data-direction", "Better");

        // Promotion waits for the trade-off to be accepted, by name.
        var promote = page.GetByTestId("run-promote");
        await Assertions.Expect(promote).ToBeDisabledAsync();
        await Assertions.Expect(page.GetByTestId("trade-off-help")).ToContainTextAsync("average turns, average duration got significantly worse");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "I accept the trade-off on average turns, average duration" }).CheckAsync();
        await Assertions.Expect(promote).ToBeEnabledAsync();
        await page.GetByTestId("trade-off-help").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync("83-planted-defect-trade-off");
        await promote.ClickAsync();
        await Assertions.Expect(page.GetByTestId("run-status")).ToHaveAttributeAsync("data-status", "Promoted");
        var summary = await page.GetByTestId("run-summary").TextContentAsync();
        var candidate = int.Parse(Regex.Match(summary!, $@"v{planted} → v(\d+)").Groups[1].Value);
        await Assertions.Expect(page.GetByTestId("run-decided")).ToContainTextAsync($"Version {candidate} is now in production.");

        var production = Store().Resolve(Agent);
        Assert.Equal(candidate, production.Number);
        Assert.True(production.Policy.IsToolEnabled("WarrantyCoverage"));
        await page.ScreenshotAsync("84-planted-defect-promoted");
    }

    /// <summary>A version of the shipped prompt with WarrantyCoverage switched off, left out of production: the run compares against it by number.</summary>
    private int PlantDefect()
    {
        var store = Store();
        var shipped = store.Get(Agent, 1);
        return store.CreateVersion(Agent, new PromptEdit
        {
            Author = "e2e@agentsupport.local",
            Parent = shipped.Number,
            Description = "WarrantyCoverage switched off",
            Policy = shipped.Policy with { EnabledTools = [.. shipped.Policy.EnabledTools.Where(t => t != "WarrantyCoverage")] },
        }).Number;
    }

    private FilePromptStore Store() => app.Services.GetRequiredService<FilePromptStore>();
}
