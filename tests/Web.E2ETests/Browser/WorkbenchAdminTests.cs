using AgentSupport.Web.Data;
using AgentSupport.Web.E2ETests.Infrastructure;
using Microsoft.Playwright;

namespace AgentSupport.Web.E2ETests.Browser;

[Collection(WorkbenchBrowserCollection.Name)]
public sealed class WorkbenchAdminTests(BrowserAppFixture app)
{
    [SkippableFact]
    public async Task An_admin_uploads_conversations_runs_the_loop_approves_watches_it_compare_and_promotes_the_candidate()
    {
        Skip.IfNot(BrowserAppFixture.BrowserAvailable, BrowserAppFixture.SkipReason);
        var page = await app.NewPageAsync("en-US");
        await page.SignInAsync(DemoSeeder.Admin.Email, DemoSeeder.Admin.Password);

        await page.GetByRole(AriaRole.Link, new() { Name = "Workbench" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/workbench");
        await page.WaitForInteractiveAsync();
        // Blazor's InputFile only hears the change once its script has taken the input over.
        await page.WaitForFunctionAsync("() => document.querySelector('input[type=file]')?._blazorInputFileNextFileId !== undefined");
        await page.Locator("input[type=file]").SetInputFilesAsync(RepositoryFiles.Path("samples", "conversations_sample.jsonl"));

        await Assertions.Expect(page.GetByTestId("import-result")).ToContainTextAsync("600 conversations", new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("dataset-n")).ToHaveTextAsync("600");
        await Assertions.Expect(page.GetByTestId("tool-ranking").Locator("tbody tr").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("dataset-exports").GetByRole(AriaRole.Link, new() { Name = "Download candidate_tools_ranked.csv" })).ToBeVisibleAsync();
        await page.ScreenshotAsync("70-workbench-dataset");

        // The exports download with the admin's cookie; only the listed file names are served, and only to admins.
        var ranking = await page.GetByTestId("dataset-exports").GetByRole(AriaRole.Link, new() { Name = "Download candidate_tools_ranked.csv" }).GetAttributeAsync("href");
        var csv = await page.Context.APIRequest.GetAsync(ranking!);
        Assert.Equal(200, csv.Status);
        Assert.StartsWith("text/csv", csv.Headers["content-type"]);
        Assert.Equal(404, (await page.Context.APIRequest.GetAsync(ranking!.Replace("candidate_tools_ranked.csv", "dataset.json"))).Status);
        var stranger = await app.NewPageAsync("en-US");
        var anonymous = await stranger.Context.APIRequest.GetAsync(ranking, new() { MaxRedirects = 0 });
        Assert.Equal(302, anonymous.Status);
        Assert.Contains("/account/login", anonymous.Headers["location"]);

        await page.GetByTestId("start-run-on-dataset").ClickAsync();
        var comparison = await RunToComparisonAsync(page, screenshots: true);
        var arrows = comparison.GetByTestId("comparison-deltas").GetByTestId("delta-arrow");
        await Assertions.Expect(arrows).ToHaveCountAsync(5);
        foreach (var arrow in await arrows.AllAsync())
        {
            Assert.Contains(await arrow.GetAttributeAsync("data-direction"), new[] { "Better", "Worse", "WithinNoise" });
            // An icon, not a character that some fonts lack.
            Assert.Equal(1, await arrow.Locator("svg").CountAsync());
        }
        var verdict = await page.GetByTestId("verdict").GetAttributeAsync("data-verdict");
        Assert.Contains(verdict, new[] { "Better", "BetterWithTradeOff", "Worse", "NoDifference", "Inconclusive" });
        await Assertions.Expect(page.GetByTestId("run-exports").GetByRole(AriaRole.Link, new() { Name = "Download report.html" })).ToBeVisibleAsync();
        // The sample pairs are read in the page itself: both transcripts of the first pair, with the customer's words.
        var firstPair = comparison.GetByTestId("sample-pair").First;
        await Assertions.Expect(firstPair.Locator("[data-arm='baseline'] [data-speaker='customer']").First).ToBeVisibleAsync();
        await Assertions.Expect(firstPair.Locator("[data-arm='candidate'] [data-speaker='agent']").First).ToBeVisibleAsync();
        await firstPair.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync("73-workbench-comparison");

        var promote = page.GetByTestId("run-promote");
        if (verdict == "BetterWithTradeOff")
        {
            await Assertions.Expect(promote).ToBeDisabledAsync();
            var accept = page.GetByRole(AriaRole.Checkbox, new() { NameRegex = new System.Text.RegularExpressions.Regex("^I accept the trade-off on ") });
            await accept.CheckAsync();
        }
        else if (verdict != "Better")
        {
            // Not offered until both the force and a reason are given.
            await Assertions.Expect(promote).ToBeDisabledAsync();
            await page.GetByRole(AriaRole.Checkbox, new() { Name = "Force the promotion" }).CheckAsync();
            await Assertions.Expect(promote).ToBeDisabledAsync();
            await page.Locator("#decision-reason").FillAsync("Trial agreed with the support team");
        }
        await page.GetByTestId("run-promote").ClickAsync();
        await Assertions.Expect(page.GetByTestId("run-decided")).ToContainTextAsync("is now in production");
        await Assertions.Expect(page.GetByTestId("run-status")).ToHaveAttributeAsync("data-status", "Promoted");
        await page.ScreenshotAsync("74-workbench-promoted");
    }

    [SkippableFact]
    public async Task A_rejected_run_leaves_its_version_marked_rejected_and_not_promotable_on_the_prompt_page()
    {
        Skip.IfNot(BrowserAppFixture.BrowserAvailable, BrowserAppFixture.SkipReason);
        var page = await app.NewPageAsync("en-US");
        await page.SignInAsync(DemoSeeder.Admin.Email, DemoSeeder.Admin.Password);
        await WorkbenchSteps.UploadSampleAsync(page);
        await page.GetByTestId("start-run-on-dataset").ClickAsync();
        await RunToComparisonAsync(page, screenshots: false);
        var runId = await page.GetByTestId("run-summary").Locator("h2").TextContentAsync();
        var candidate = await page.GetByTestId("run-summary").TextContentAsync();
        var version = System.Text.RegularExpressions.Regex.Match(candidate!, @"→ v(\d+)").Groups[1].Value;

        // Rejecting without a reason says so beside the buttons, not at the top of the page.
        await page.GetByTestId("run-reject").ClickAsync();
        await Assertions.Expect(page.GetByTestId("run-decision").GetByTestId("decision-error")).ToHaveTextAsync("Give a reason.");
        await page.Locator("#decision-reason").FillAsync("The new wording confuses customers");
        await page.GetByTestId("run-reject").ClickAsync();
        await Assertions.Expect(page.GetByTestId("run-status")).ToHaveAttributeAsync("data-status", "Rejected");

        await page.GotoAsync("/admin/prompts/customer-agent");
        await page.WaitForInteractiveAsync();
        var row = page.GetByTestId("version-table").Locator("tbody tr").Filter(new() { HasText = $"v{version}" }).Filter(new() { HasText = runId! });
        await Assertions.Expect(row.GetByTestId("version-rejected")).ToHaveTextAsync("rejected");
        await Assertions.Expect(row.GetByRole(AriaRole.Link, new() { Name = runId! })).ToHaveAttributeAsync("href", $"/admin/workbench/runs/{runId}");
        await Assertions.Expect(row.GetByRole(AriaRole.Button, new() { Name = $"Version to promote: v{version}" })).ToHaveCountAsync(0);
        await page.GetByTestId("promote-version").ClickAsync();
        var options = page.Locator(".mud-popover-open .mud-list-item");
        await Assertions.Expect(options.First).ToBeVisibleAsync();
        foreach (var option in await options.AllTextContentsAsync())
            Assert.DoesNotMatch($@"^v{version}\b", option.Trim());
        await page.ScreenshotAsync("75-prompt-rejected-version");
    }

    /// <summary>Starts a one-per-context run from the new-run form, approves its proposal and waits for the comparison.</summary>
    private static async Task<ILocator> RunToComparisonAsync(IPage page, bool screenshots)
    {
        await page.WaitForURLAsync("**/admin/workbench/runs?dataset=*");
        await page.WaitForInteractiveAsync();
        await page.Locator("#run-per-context").FillAsync("1");
        await page.Locator("#run-parallelism").FillAsync("4");
        await page.Locator("#run-parallelism").PressAsync("Tab");
        if (screenshots) await page.ScreenshotAsync("71-workbench-new-run");
        await page.GetByTestId("run-start").ClickAsync();
        await page.WaitForURLAsync("**/admin/workbench/runs/run*");

        var approve = page.GetByTestId("proposal-approve");
        await approve.WaitForAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(page.GetByTestId("run-summary")).ToContainTextAsync("Conversations per context: 1");
        await Assertions.Expect(page.GetByTestId("proposal")).ToContainTextAsync("Evaluation plan");
        // The English admin reads the proposal in English, Spanish connectors nowhere.
        var proposal = page.GetByTestId("proposal");
        await Assertions.Expect(proposal).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"\b(the|and)\b"));
        await Assertions.Expect(proposal).Not.ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"\b(las|los|del|para que)\b"));
        if (screenshots) await page.ScreenshotAsync("72-workbench-proposal");
        await approve.ClickAsync();

        var comparison = page.GetByTestId("comparison");
        await comparison.WaitForAsync(new() { Timeout = 45_000 });
        await Assertions.Expect(page.GetByTestId("run-status")).ToHaveAttributeAsync("data-status", "Compared");
        return comparison;
    }
}
