using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using AgentSupport.Plugins.Common;
using AgentSupport.Web.Accounts;
using AgentSupport.Web.Data;
using AgentSupport.Web.E2ETests.Infrastructure;
using AgentSupport.Workbench.Analysis;
using Microsoft.Playwright;

namespace AgentSupport.Web.E2ETests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class AdminConsoleTests(BrowserAppFixture app)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    [SkippableFact]
    public async Task Dashboard_metrics_agree_with_the_workbench_analysis_of_the_live_export()
    {
        Skip.IfNot(BrowserAppFixture.BrowserAvailable, BrowserAppFixture.SkipReason);
        await LiveChats.HoldAsync(app.Services, DemoSeeder.John.Email, "warranty", "webchat", "en",
            ["Is the electrical fault of my Mazda 3 covered by the warranty?"], csat: 5, resolve: true);
        await LiveChats.HoldAsync(app.Services, DemoSeeder.Maria.Email, "service", "whatsapp", "es",
            ["¿cuándo me pagan mi auto?"], csat: 2);
        var page = await app.NewPageAsync("en-US");

        await page.SignInAsync(DemoSeeder.Admin.Email, DemoSeeder.Admin.Password);
        await Assertions.Expect(page.GetByTestId("trend-chart")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var expected = await AnalyseExportAsync(days: 14);

        Assert.True(expected.NValid >= 2);
        await Assertions.Expect(page.GetByTestId("kpi-n")).ToHaveTextAsync(expected.NValid.ToString(English));
        await Assertions.Expect(page.GetByTestId("kpi-resolution_rate")).ToHaveTextAsync(Percent(expected.Overall.ResolutionRate));
        await Assertions.Expect(page.GetByTestId("kpi-composite")).ToHaveTextAsync(Percent(expected.Overall.Composite));
        await Assertions.Expect(page.GetByTestId("by-context")).ToContainTextAsync("Warranty");
        await Assertions.Expect(page.GetByTestId("by-channel")).ToContainTextAsync("WhatsApp style");
        // The 14-day trend fills the width of its card instead of a letterboxed half of it.
        var card = await page.GetByTestId("trend-chart").Locator("xpath=ancestor::div[contains(@class,'mud-paper')][1]").BoundingBoxAsync();
        var chart = await page.GetByTestId("trend-chart").Locator("svg").First.BoundingBoxAsync();
        Assert.True(chart!.Width >= 0.9 * (card!.Width - 24), $"the trend chart is {chart.Width} px wide in a card of {card.Width} px");
        await page.ScreenshotAsync("50-admin-dashboard-metrics");
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task An_admin_finds_a_conversation_sees_its_tool_calls_and_prompt_version_and_answers_its_ticket()
    {
        Skip.IfNot(BrowserAppFixture.BrowserAvailable, BrowserAppFixture.SkipReason);
        var id = await LiveChats.HoldAsync(app.Services, DemoSeeder.Maria.Email, "feedback", "email", "es",
            ["¿cuándo me pagan mi auto?", "Es mi Versa, placa PZN-904-E", "Quiero hablar con una persona"]);
        var page = await app.NewPageAsync("es-MX");
        await page.SignInAsync(DemoSeeder.Admin.Email, DemoSeeder.Admin.Password);

        await page.GotoInteractiveAsync("/admin/conversations");
        await page.SelectMudOptionAsync("conversation-context-filter", "Comentario o queja");
        var row = page.GetByTestId("admin-conversation-table").Locator("tbody tr").First;
        await Assertions.Expect(row).ToContainTextAsync("María López");
        await Assertions.Expect(page.GetByTestId("admin-conversation-table").Locator("tbody tr")).ToHaveCountAsync(1);
        await page.ScreenshotAsync("51-admin-conversations");
        await row.ClickAsync();

        await page.WaitForURLAsync($"**/admin/conversations/{id}");
        await Assertions.Expect(page.GetByTestId("prompt-version")).ToContainTextAsync("customer-agent v");
        // The agent looks the payout up on the first question and again once the plate is given: open the second.
        var payoutCall = page.GetByTestId("tool-call").Filter(new() { HasText = "PayoutTracker.get_payout_status" }).Last;
        await payoutCall.ClickAsync();
        // Arguments and result read as name–value rows; the raw JSON is one switch away.
        var arguments = payoutCall.GetByTestId("tool-arguments");
        await Assertions.Expect(arguments.GetByTestId("json-fields").Locator("tr").Filter(new() { HasText = "PZN-904-E" })).ToHaveCountAsync(1);
        await Assertions.Expect(arguments.GetByTestId("raw-json")).ToHaveCountAsync(0);
        await arguments.Locator("input[type=checkbox]").CheckAsync();
        await Assertions.Expect(arguments.GetByTestId("raw-json")).ToContainTextAsync("\"PZN-904-E\"");
        await Assertions.Expect(payoutCall.GetByTestId("tool-result").GetByTestId("json-fields")).ToBeVisibleAsync();
        await page.ScreenshotAsync("52-admin-conversation-detail");

        await page.GetByRole(AriaRole.Link, new() { Name = "TK-", Exact = false }).First.ClickAsync();
        await page.WaitForURLAsync("**/admin/tickets/*");
        await page.Locator("#admin-reply").FillAsync("Hola María, ya revisamos tu pago.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enviar" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Hola María, ya revisamos tu pago.")).ToBeVisibleAsync();
        await page.ScreenshotAsync("53-admin-ticket-answered");
        var ticketNumber = page.Url.Split('/').Last();

        await page.SelectMudOptionAsync("admin-ticket-status", "Resuelto");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cambiar estado" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("ticket-status")).ToContainTextAsync("Resuelto");

        await page.GotoInteractiveAsync("/admin/tickets");
        await page.SelectMudOptionAsync("ticket-status-filter", "Resuelto");
        var rows = page.GetByTestId("admin-ticket-table").Locator("tbody tr");
        await Assertions.Expect(rows.Filter(new() { HasText = "TK-" + ticketNumber })).ToHaveCountAsync(1);
        await Assertions.Expect(rows.Filter(new() { HasText = "Abierto" })).ToHaveCountAsync(0);
        await page.ScreenshotAsync("54-admin-tickets-resolved");
        await page.Context.CloseAsync();
    }

    private async Task<AnalysisResult> AnalyseExportAsync(int days)
    {
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        var login = await http.PostAsJsonAsync("/api/auth/login", new { email = DemoSeeder.Admin.Email, password = DemoSeeder.Admin.Password });
        var token = (await login.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<LoginResponse>())!.AccessToken;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var today = MexicoTime.Today(TimeProvider.System);
        var from = MexicoTime.StartOf(today.AddDays(1 - days)).UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
        await using var jsonl = await http.GetStreamAsync($"/api/conversations/export.jsonl?from={Uri.EscapeDataString(from)}");
        return (await new ConversationAnalyzer().AnalyzeAsync(jsonl)).Result;
    }

    private static string Percent(double? share) => share is { } value ? (value * 100).ToString("0.#", English) + " %" : "—";
}
