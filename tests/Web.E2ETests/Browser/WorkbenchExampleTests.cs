using AgentSupport.Prompts.Storage;
using AgentSupport.Web.Data;
using AgentSupport.Web.E2ETests.Infrastructure;
using AgentSupport.Web.Workbench;
using AgentSupport.Workbench.Loop.Comparison;
using AgentSupport.Workbench.Loop.Runs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AgentSupport.Web.E2ETests.Browser;

/// <summary>A new admin's first Workbench on a demo install: the sample dataset and a finished run, labelled as an example.</summary>
[Collection(ExampleWorkbenchCollection.Name)]
public sealed class WorkbenchExampleTests(ExampleWorkbenchAppFixture app)
{
    /// <summary>The agent prompt's versions in the repository; the example run works on a copy and adds none here.</summary>
    private static readonly int Shipped = Directory.GetFiles(Path.Combine(RepositoryFiles.Prompts, "customer-agent"), "v*.scriban").Length;

    [SkippableFact]
    public async Task A_first_visit_finds_the_sample_dataset_and_a_finished_example_run_that_cannot_be_promoted()
    {
        Skip.IfNot(BrowserAppFixture.BrowserAvailable, BrowserAppFixture.SkipReason);
        var example = await FinishedExampleAsync();
        var prompts = app.Services.GetRequiredService<FilePromptStore>();

        var page = await app.NewPageAsync("en-US");
        await page.SignInAsync(DemoSeeder.Admin.Email, DemoSeeder.Admin.Password);
        await page.GotoInteractiveAsync("/admin/workbench");
        var dataset = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "conversations_sample.jsonl" });
        await Assertions.Expect(dataset).ToContainTextAsync("Example");
        await Assertions.Expect(dataset).ToContainTextAsync("600");

        await page.GotoInteractiveAsync("/admin/workbench/runs");
        var row = page.GetByTestId("run-list").Locator("tbody tr").Filter(new() { HasText = example.Id });
        await Assertions.Expect(row.GetByTestId("example-chip")).ToHaveTextAsync("Example");
        await Assertions.Expect(row).ToContainTextAsync("conversations_sample.jsonl");
        await page.ScreenshotAsync("90-workbench-example-runs");

        await row.GetByRole(AriaRole.Link, new() { Name = example.Id }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("example-run")).ToContainTextAsync("Example: the app made this run on its first start");
        await Assertions.Expect(page.GetByTestId("run-summary")).ToContainTextAsync($"v{Shipped + 1} → v{Shipped + 2}");
        // The copy's agent prompt lacks its warranty tool: the proposal puts it back and the comparison shows the repair.
        await Assertions.Expect(page.GetByTestId("proposal-rationale")).ToContainTextAsync("The prompt lacks WarrantyCoverage");
        await Assertions.Expect(page.GetByTestId("verdict")).ToHaveAttributeAsync("data-verdict", "Better");
        await Assertions.Expect(page.GetByTestId("run-summary")).ToContainTextAsync("Conversations per context: 8");
        await Assertions.Expect(page.GetByTestId("comparison").GetByTestId("sample-pair").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("run-exports").GetByRole(AriaRole.Link, new() { Name = "Download report.html" })).ToBeVisibleAsync();
        // Nothing to decide on an example; the app's prompts did not gain its candidate.
        await Assertions.Expect(page.GetByTestId("run-decision")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("proposal-approve")).ToHaveCountAsync(0);
        Assert.Equal(Shipped, prompts.ListVersions("customer-agent").Count);
        await page.ScreenshotAsync("91-workbench-example-run");
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            app.Services.GetRequiredService<WorkbenchService>().PromoteAsync(example.Id, DemoSeeder.Admin.Email, force: true, reason: "try"));
        await page.Context.CloseAsync();
    }

    /// <summary>The example run, once the app has finished making it in the background.</summary>
    private async Task<RunRecord> FinishedExampleAsync()
    {
        var workbench = app.Services.GetRequiredService<WorkbenchService>();
        for (var attempt = 0; attempt < 240; attempt++)
        {
            if ((await workbench.ListRunsAsync()).SingleOrDefault() is { Status: RunStatus.Compared } run && workbench.RunExportsOf(run.Id).Contains(ComparisonReportHtml.FileName))
            {
                Assert.True(run.Parameters.Example);
                return run;
            }
            await Task.Delay(500);
        }
        throw new TimeoutException("The example run did not finish in two minutes.");
    }
}
