using AgentSupport.Web.Data;
using AgentSupport.Web.E2ETests.Infrastructure;
using AgentSupport.Web.Tests.Infrastructure;
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
        await page.WaitForURLAsync("**/admin/workbench/runs?dataset=*");
        await page.WaitForInteractiveAsync();
        await page.Locator("#run-per-context").FillAsync("1");
        await page.Locator("#run-parallelism").FillAsync("4");
        await page.Locator("#run-parallelism").PressAsync("Tab");
        await page.ScreenshotAsync("71-workbench-new-run");
        await page.GetByTestId("run-start").ClickAsync();
        await page.WaitForURLAsync("**/admin/workbench/runs/run*");

        var approve = page.GetByTestId("proposal-approve");
        await approve.WaitForAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("run-summary")).ToContainTextAsync("Conversations per context: 1");
        await Assertions.Expect(page.GetByTestId("proposal")).ToContainTextAsync("Evaluation plan");
        await page.ScreenshotAsync("72-workbench-proposal");
        await approve.ClickAsync();

        var comparison = page.GetByTestId("comparison");
        await comparison.WaitForAsync(new() { Timeout = 45_000 });
        await Assertions.Expect(page.GetByTestId("run-status")).ToHaveAttributeAsync("data-status", "Compared");
        var arrows = comparison.GetByTestId("comparison-deltas").GetByTestId("delta-arrow");
        await Assertions.Expect(arrows).ToHaveCountAsync(5);
        foreach (var arrow in await arrows.AllAsync())
            Assert.Contains(await arrow.TextContentAsync(), new[] { "▲", "▼", "＝" });
        var verdict = await page.GetByTestId("verdict").GetAttributeAsync("data-verdict");
        Assert.Contains(verdict, new[] { "Better", "Worse", "NoDifference" });
        await Assertions.Expect(page.GetByTestId("run-exports").GetByRole(AriaRole.Link, new() { Name = "Download report.html" })).ToBeVisibleAsync();
        await Assertions.Expect(page.FrameLocator("[data-testid='report-frame']").Locator("h1")).ToHaveTextAsync("AgentSupport prompt comparison");
        await page.ScreenshotAsync("73-workbench-comparison");

        if (verdict != "Better")
        {
            await page.GetByRole(AriaRole.Checkbox, new() { Name = "Force the promotion" }).CheckAsync();
            await page.Locator("#decision-reason").FillAsync("Trial agreed with the support team");
        }
        await page.GetByTestId("run-promote").ClickAsync();
        await Assertions.Expect(page.GetByTestId("run-decided")).ToContainTextAsync("is now in production");
        await Assertions.Expect(page.GetByTestId("run-status")).ToHaveAttributeAsync("data-status", "Promoted");
        await page.ScreenshotAsync("74-workbench-promoted");
    }
}
