using AgentSupport.Web.Conversations;
using AgentSupport.Web.Data;
using AgentSupport.Web.E2ETests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace AgentSupport.Web.E2ETests.Browser;

/// <summary>Values from conversation data are shown as text on every admin page: a script in them never runs.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StoredXssSecurityTests(BrowserAppFixture app)
{
    private const string Payload = "<img src=x onerror=alert(1)><svg onload=alert(2)>";

    [SkippableFact]
    public async Task Payloads_in_live_conversations_and_uploaded_datasets_open_no_dialog_on_the_admin_pages()
    {
        Skip.IfNot(BrowserAvailable(), BrowserAppFixture.SkipReason);
        await StoreLegacyConversationsAsync();
        var page = await app.NewPageAsync("en-US");
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        await page.SignInAsync(DemoSeeder.Admin.Email, DemoSeeder.Admin.Password);

        await page.GotoInteractiveAsync("/admin");
        await page.GetByTestId("by-context").Locator("svg").First.WaitForAsync();

        await page.UploadDatasetAsync($"{Payload}.jsonl", Dataset());
        await Assertions.Expect(page.GetByTestId("import-result")).ToContainTextAsync("3 conversations", new() { Timeout = 30_000 });
        await page.GetByTestId("dataset-by-context").Locator("svg").First.WaitForAsync();

        await page.GotoInteractiveAsync("/admin/workbench/runs");
        await page.GotoInteractiveAsync("/admin/conversations");

        Assert.Empty(dialogs);
        Assert.Equal(0, await page.Locator("img[src='x']").CountAsync());
    }

    private static bool BrowserAvailable() => BrowserAppFixture.BrowserAvailable;

    /// <summary>Rows written before the chat API checked its values, as an older version could have stored them.</summary>
    private Task<int> StoreLegacyConversationsAsync() => app.WithDbAsync(async db =>
    {
        var maria = await db.Users.SingleAsync(u => u.Email == DemoSeeder.Maria.Email);
        // CreatedAt/UpdatedAt left unset: the app's clock stamps them, as it does every new row.
        for (var i = 0; i < 3; i++)
        {
            db.Conversations.Add(new Conversation
            {
                CustomerId = maria.Id, Context = Payload, Channel = Payload, Language = "es", Tone = Payload,
                PromptId = "customer-agent", PromptVersion = 1,
            });
        }

        return await db.SaveChangesAsync();
    });

    private static string Dataset()
    {
        var value = System.Text.Json.JsonSerializer.Serialize(Payload);
        var line = $$$"""{"meta": {"conversation_id": {{{value}}}, "context": {{{value}}}, "channel": {{{value}}}, "tone": {{{value}}}, "language": "es", "resolved": false, "duration_sec": 60}, "transcript": [{"turn": 1, "speaker": "cliente", "text": {{{value}}}}, {"turn": 2, "speaker": "agente", "text": {{{value}}}}], "outcomes": {"csat_estimated_1_5": 1, "summary": {{{value}}}}}""";
        return string.Join('\n', line, line.Replace("\"resolved\": false", "\"resolved\": true", StringComparison.Ordinal), line, $"{{{value}: oops") + "\n";
    }
}
