using System.Globalization;
using AgentSupport.Plugins.Common;
using AgentSupport.Web.Data;
using AgentSupport.Web.E2ETests.Infrastructure;
using AgentSupport.Web.Tickets;
using AgentSupport.Web.Ui.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace AgentSupport.Web.E2ETests.Browser;

/// <summary>
/// Dates and times on the portal on a pinned calendar: a single-digit day (where "d/M/yyyy" and "dd/MM/yyyy" differ)
/// and a two-digit one, in both UI cultures, in Mexico City time whatever the machine's time zone.
/// Expected strings are built from the culture the page uses, never from the machine's.
/// </summary>
[Collection(PinnedClockCollection.Name)]
public sealed class DateAndTimeFormatTests(PinnedClockAppFixture app)
{
    [SkippableFact]
    public async Task Dates_are_written_the_way_the_ui_culture_writes_them_on_a_single_and_a_two_digit_day()
    {
        Skip.IfNot(BrowserAppFixture.BrowserAvailable, BrowserAppFixture.SkipReason);

        var seeded = await app.WithDbAsync(db => db.Tickets.AsNoTracking()
            .Where(t => t.Subject == "Reprogramar inspección").Select(t => t.UpdatedAt).SingleAsync());
        Assert.Equal(5, MexicoTime.ToLocal(Utc(seeded)).Day);
        await ExpectTicketDateAsync("Reprogramar inspección", seeded);

        app.Clock.JumpTo(PinnedClockAppFixture.Start.AddDays(20));
        var subject = "Factura de mi Versa " + Guid.NewGuid().ToString("N")[..6];
        var added = await app.WithDbAsync(async db =>
        {
            var maria = await db.Users.SingleAsync(u => u.Email == DemoSeeder.Maria.Email);
            var ticket = new Ticket { CustomerId = maria.Id, Subject = subject, Description = "¿Me mandan la factura?", Category = "payout" };
            db.Tickets.Add(ticket);
            await db.SaveChangesAsync();
            return ticket.UpdatedAt;
        });
        Assert.Equal(25, MexicoTime.ToLocal(Utc(added)).Day);
        await ExpectTicketDateAsync(subject, added);
    }

    [SkippableFact]
    public async Task A_ticket_page_shows_when_it_was_opened_in_mexico_city_time()
    {
        Skip.IfNot(BrowserAppFixture.BrowserAvailable, BrowserAppFixture.SkipReason);
        var ticket = await app.WithDbAsync(db => db.Tickets.AsNoTracking().SingleAsync(t => t.Subject == "Reprogramar inspección"));

        var page = await app.NewPageAsync(UiCultures.Spanish);
        await page.SignInAsync(DemoSeeder.Maria.Email, DemoSeeder.Maria.Password);
        await page.GotoInteractiveAsync($"/customer/tickets/{ticket.Id}");

        var local = MexicoTime.ToLocal(Utc(ticket.CreatedAt));
        var culture = CultureInfo.GetCultureInfo(UiCultures.Spanish);
        await Assertions.Expect(page.GetByText(local.ToString("g", culture)).First).ToBeVisibleAsync();
        await page.ScreenshotAsync("35-ticket-opened-mexico-time");
        await page.Context.CloseAsync();
    }

    private async Task ExpectTicketDateAsync(string subject, DateTime storedUtc)
    {
        foreach (var culture in UiCultures.All)
        {
            var page = await app.NewPageAsync(culture);
            await page.SignInAsync(DemoSeeder.Maria.Email, DemoSeeder.Maria.Password);
            var item = page.GetByTestId("ticket-item").Filter(new() { HasText = subject });
            var expected = MexicoTime.ToLocal(Utc(storedUtc)).ToString("g", CultureInfo.GetCultureInfo(culture));
            await Assertions.Expect(item).ToContainTextAsync(expected);
            await page.Context.CloseAsync();
        }
    }

    private static DateTimeOffset Utc(DateTime stored) => new(DateTime.SpecifyKind(stored, DateTimeKind.Utc));
}
