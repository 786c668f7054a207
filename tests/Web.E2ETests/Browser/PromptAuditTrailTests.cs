using System.Globalization;
using AgentSupport.Plugins.Common;
using AgentSupport.Prompts.Storage;
using AgentSupport.Web.Data;
using AgentSupport.Web.E2ETests.Infrastructure;
using AgentSupport.Web.Ui.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AgentSupport.Web.E2ETests.Browser;

/// <summary>
/// The prompt page's audit trail agrees with its versions table on a pinned clock whose machine zone is far from
/// Mexico (where it is already the next day): a version is dated by the Mexico City day, and its audit row says why it exists.
/// </summary>
[Collection(PinnedClockCollection.Name)]
public sealed class PromptAuditTrailTests(PinnedClockAppFixture app)
{
    private const string Prompt = "customer-simulator";

    [SkippableFact]
    public async Task A_new_versions_audit_row_gives_its_reason_and_the_same_mexico_city_day_as_the_versions_table()
    {
        Skip.IfNot(BrowserAppFixture.BrowserAvailable, BrowserAppFixture.SkipReason);
        var culture = CultureInfo.GetCultureInfo(UiCultures.English);
        var created = app.Services.GetRequiredService<FilePromptStore>().CreateVersion(Prompt, new PromptEdit
        {
            Author = DemoSeeder.Admin.Email,
            Description = "Customers who answer in one line",
        });
        var at = await app.WithDbAsync(db => db.PromptAudit.AsNoTracking()
            .Where(e => e.PromptId == Prompt && e.ToVersion == created.Number).Select(e => e.At).SingleAsync());
        var mexicoDay = MexicoTime.ToLocal(new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)));
        // The machine's zone is already on the next day: a date taken from it would differ by one.
        Assert.NotEqual(mexicoDay.Date, app.Clock.GetLocalNow().Date);
        Assert.Equal(DateOnly.FromDateTime(mexicoDay.Date), created.Metadata.Created);

        var page = await app.NewPageAsync(UiCultures.English);
        await page.SignInAsync(DemoSeeder.Admin.Email, DemoSeeder.Admin.Password);
        await page.GotoInteractiveAsync($"/admin/prompts/{Prompt}");
        var version = page.GetByTestId("version-table").Locator("tbody tr").Filter(new() { HasText = $"v{created.Number}" });
        await Assertions.Expect(version).ToContainTextAsync(mexicoDay.ToString("d", culture));

        await page.GetByRole(AriaRole.Tab, new() { Name = "Audit trail" }).ClickAsync();
        var first = page.GetByTestId("audit-table").Locator("tbody tr").First;
        await Assertions.Expect(first).ToContainTextAsync(mexicoDay.ToString("g", culture));
        await Assertions.Expect(first).ToContainTextAsync("Version created");
        await Assertions.Expect(first).ToContainTextAsync("Customers who answer in one line");

        // The shipped version, audited from its file at start-up, is dated on the day the versions table gives it.
        var shipped = app.Services.GetRequiredService<FilePromptStore>().Get(Prompt, 1).Metadata.Created;
        var last = page.GetByTestId("audit-table").Locator("tbody tr").Last;
        await Assertions.Expect(last).ToContainTextAsync(shipped.ToDateTime(TimeOnly.MinValue).ToString("d", culture) + " ");
        await Assertions.Expect(last).ToContainTextAsync("v1");
        await page.ScreenshotAsync("66-prompt-audit-dates");
        await page.Context.CloseAsync();
    }
}
