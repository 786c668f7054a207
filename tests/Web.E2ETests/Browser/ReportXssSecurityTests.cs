using System.Text.Json.Nodes;
using AgentSupport.Web.Data;
using AgentSupport.Web.E2ETests.Infrastructure;
using Microsoft.Playwright;

namespace AgentSupport.Web.E2ETests.Browser;

/// <summary>
/// Hostile text in every field of an uploaded dataset, and in everything an online model says (answers, simulated
/// customers, judgements, proposals), is shown as text on every Workbench page and in <c>report.html</c>: no dialog
/// opens, no element of it reaches the page, and the browser never has to block a script of it.
/// </summary>
[Collection(EchoingModelBrowserCollection.Name)]
public sealed class ReportXssSecurityTests(EchoingModelAppFixture app)
{
    private const string Payload = EchoingModelAppFixture.Payload;

    /// <summary>Elements the payload would create if any of it were written as markup.</summary>
    private const string Injected = "() => document.querySelectorAll('img[src=\"x\"], svg[onload], [onerror], script:not([src]):not([type=importmap])').length";

    [SkippableFact]
    public async Task Payloads_from_the_dataset_and_the_model_open_no_dialog_on_the_workbench_pages_or_in_report_html()
    {
        Skip.IfNot(BrowserAppFixture.BrowserAvailable, BrowserAppFixture.SkipReason);
        var page = await app.NewPageAsync("en-US");
        var alarms = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            alarms.Add($"dialog: {dialog.Message}");
            await dialog.DismissAsync();
        };
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) alarms.Add(message.Text);
        };
        async Task CheckAsync(string where)
        {
            foreach (var frame in page.Frames)
            {
                var count = await frame.EvaluateAsync<int>(Injected);
                if (count > 0) alarms.Add($"{where}: {count} element(s) of the payload in {frame.Url}");
            }
        }

        await page.SignInAsync(DemoSeeder.Admin.Email, DemoSeeder.Admin.Password);
        await page.UploadDatasetAsync($"{Payload}.jsonl", Dataset());
        await Assertions.Expect(page.GetByTestId("import-result")).ToContainTextAsync("conversations", new() { Timeout = 30_000 });
        await page.GetByTestId("dataset-by-context").Locator("svg").First.WaitForAsync();
        await Assertions.Expect(page.GetByTestId("tool-ranking").Locator("tbody tr").First).ToBeVisibleAsync();
        await CheckAsync("datasets");

        // A run on the echoing model: the proposal, the regenerated conversations and their judgements all carry the payload.
        await page.GetByTestId("start-run-on-dataset").ClickAsync();
        await page.WaitForURLAsync("**/admin/workbench/runs?dataset=*");
        await page.WaitForInteractiveAsync();
        await CheckAsync("new run");
        await page.Locator("#run-per-context").FillAsync("1");
        await page.Locator("#run-parallelism").FillAsync("4");
        await page.Locator("#run-parallelism").PressAsync("Tab");
        await page.GetByTestId("run-start").ClickAsync();
        await page.WaitForURLAsync("**/admin/workbench/runs/run*");
        var approve = page.GetByTestId("proposal-approve");
        await approve.WaitForAsync(new() { Timeout = 60_000 });
        // The model's words are on the page, as text.
        await Assertions.Expect(page.GetByTestId("proposal")).ToContainTextAsync(Payload);
        await CheckAsync("proposal");
        await approve.ClickAsync();
        await page.GetByTestId("comparison").WaitForAsync(new() { Timeout = 90_000 });
        await Assertions.Expect(page.GetByTestId("comparison")).ToContainTextAsync(Payload);
        await page.ScreenshotAsync("76-workbench-hostile-model-comparison");
        await CheckAsync("comparison");
        var runUrl = page.Url;

        var report = await page.GetByTestId("run-exports").GetByRole(AriaRole.Link, new() { Name = "Download report.html" }).GetAttributeAsync("href");
        var html = await (await page.Context.APIRequest.GetAsync(report!)).TextAsync();
        await page.GotoAsync(report!);
        await page.ScreenshotAsync("77-report-html-hostile-model");
        await CheckAsync("report.html");
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync(Payload);

        foreach (var path in new[] { runUrl, "/admin/workbench/runs", "/admin/workbench", "/admin/workbench/discovery", "/admin/prompts/customer-agent", "/admin/conversations" })
        {
            await page.GotoInteractiveAsync(path);
            await CheckAsync(path);
        }

        Assert.Empty(alarms);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(Payload), html, StringComparison.Ordinal);
    }

    /// <summary>Sample conversations with the payload in every text field, and two whose every value is the payload.</summary>
    private static string Dataset()
    {
        var lines = File.ReadLines(RepositoryFiles.Path("samples", "conversations_sample.jsonl")).Take(24).Select(line =>
        {
            var conversation = JsonNode.Parse(line)!.AsObject();
            var meta = conversation["meta"]!.AsObject();
            foreach (var field in new[] { "conversation_id", "company", "customer_issue", "customer_goal", "agent_goal" })
                meta[field] = $"{meta[field]} {Payload}";
            foreach (var message in conversation["transcript"]!.AsArray())
                message!["text"] = $"{message["text"]} {Payload}";
            if (conversation["outcomes"] is JsonObject outcomes)
            {
                foreach (var field in new[] { "summary", "next_action" })
                    outcomes[field] = $"{outcomes[field]} {Payload}";
            }
            return conversation.ToJsonString();
        }).ToList();
        var hostile = JsonNode.Parse(lines[0])!.AsObject();
        foreach (var field in new[] { "context", "channel", "tone", "language" })
            hostile["meta"]![field] = Payload;
        lines.Add(hostile.ToJsonString());
        lines.Add(hostile.ToJsonString());
        lines.Add($"{{{System.Text.Json.JsonSerializer.Serialize(Payload)}: oops");
        return string.Join('\n', lines) + "\n";
    }
}
