using System.Text.Json;
using AgentSupport.Web.Data;
using AgentSupport.Web.E2ETests.Infrastructure;
using AgentSupport.Web.Privacy;
using AgentSupport.Web.Ui.Privacy;
using Microsoft.Playwright;

namespace AgentSupport.Web.E2ETests.Browser;

/// <summary>
/// A customer downloads their data and asks for erasure from "Mis datos"; an admin approves it on the privacy page
/// and finds both steps in the audit trail with its filters.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PrivacyPagesTests(BrowserAppFixture app)
{
    private const string Password = "Privada123!";

    [SkippableFact]
    public async Task A_customer_asks_for_erasure_an_admin_approves_it_and_the_audit_trail_shows_both()
    {
        Skip.IfNot(BrowserAppFixture.BrowserAvailable, BrowserAppFixture.SkipReason);
        var email = $"lucia-{Guid.NewGuid():N}@example.com";
        var customer = await app.NewPageAsync("es-MX");
        var registered = await customer.APIRequest.PostAsync("/api/auth/register", new()
        {
            DataObject = new { email, password = Password, displayName = "Lucía Pérez" },
        });
        Assert.True(registered.Ok, await registered.TextAsync());
        var customerId = JsonDocument.Parse(await registered.TextAsync()).RootElement.GetProperty("id").GetGuid();

        await customer.SignInAsync(email, Password);
        await customer.GetByRole(AriaRole.Link, new() { Name = "Mis datos" }).ClickAsync();
        await customer.WaitForURLAsync("**/customer/privacy");
        await Assertions.Expect(customer.GetByRole(AriaRole.Heading, new() { Name = "Mis datos", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(customer.GetByTestId("download-my-data")).ToHaveAttributeAsync("href", PrivacyDownloads.OwnData);
        var download = await customer.APIRequest.GetAsync(PrivacyDownloads.OwnData);
        Assert.Equal(email, JsonDocument.Parse(await download.TextAsync()).RootElement.GetProperty("account").GetProperty("email").GetString());
        await Assertions.Expect(customer.GetByTestId("no-erasure-requests")).ToBeVisibleAsync();
        await customer.GetByTestId("request-erasure").ClickAsync();
        await Assertions.Expect(customer.GetByTestId("erasure-notice")).ToHaveTextAsync(PrivacyStrings.Spanish.ErasureRequested);
        await Assertions.Expect(customer.GetByTestId("my-erasure-request")).ToContainTextAsync("En espera");
        await Assertions.Expect(customer.GetByTestId("request-erasure")).ToBeDisabledAsync();
        await customer.ScreenshotAsync("80-customer-my-data");

        var admin = await app.NewPageAsync("en-US");
        await admin.SignInAsync(DemoSeeder.Admin.Email, DemoSeeder.Admin.Password);
        await admin.GetByRole(AriaRole.Link, new() { Name = "Privacy" }).ClickAsync();
        await admin.WaitForURLAsync("**/admin/privacy");
        var row = admin.GetByTestId("erasure-request-table").Locator("tbody tr").Filter(new() { HasText = email });
        await Assertions.Expect(row.GetByTestId("erasure-status")).ToHaveTextAsync("Waiting");
        await row.GetByTestId("approve-erasure").ClickAsync();
        await Assertions.Expect(admin.GetByTestId("erasure-decision")).ToContainTextAsync(PrivacyStrings.English.ApproveTitle);
        await admin.GetByTestId("confirm-decision").ClickAsync();
        await Assertions.Expect(admin.GetByTestId("privacy-notice")).ToHaveTextAsync(PrivacyStrings.English.Approved);
        // The account is now a placeholder: the row is found by the request's customer id, in the decision's column.
        await Assertions.Expect(admin.GetByTestId("erasure-request-table").Locator("tbody tr").Filter(new() { HasText = "Approved" })
            .Filter(new() { HasText = DemoSeeder.Admin.Email })).Not.ToHaveCountAsync(0);
        Assert.Equal(AgentSupport.Web.Accounts.Roles.Erased,
            await app.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.Id == customerId).Role)));

        var audit = admin.GetByTestId("privacy-audit-table").Locator("tbody tr");
        await admin.Locator("#audit-customer-filter").FillAsync(customerId.ToString());
        await Assertions.Expect(audit).ToHaveCountAsync(3);
        await Assertions.Expect(audit.Nth(0).GetByTestId("audit-action")).ToHaveTextAsync("Erasure approved");
        await Assertions.Expect(audit.Nth(1).GetByTestId("audit-action")).ToHaveTextAsync("Erasure requested");
        await Assertions.Expect(audit.Nth(2).GetByTestId("audit-action")).ToHaveTextAsync("Downloaded a customer's data");
        await admin.SelectMudOptionAsync("audit-action-filter", "Erasure approved");
        await Assertions.Expect(audit).ToHaveCountAsync(1);
        await Assertions.Expect(audit.First).ToContainTextAsync(DemoSeeder.Admin.Email);
        await admin.ScreenshotAsync("81-admin-privacy");

        await customer.Context.CloseAsync();
        await admin.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task The_privacy_page_speaks_spanish_to_a_spanish_browser()
    {
        Skip.IfNot(BrowserAppFixture.BrowserAvailable, BrowserAppFixture.SkipReason);
        var admin = await app.NewPageAsync("es-MX");
        await admin.SignInAsync(DemoSeeder.Admin.Email, DemoSeeder.Admin.Password);

        await admin.GotoInteractiveAsync("/admin/privacy");

        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Privacidad", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Solicitudes de borrado" })).ToBeVisibleAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Bitácora" })).ToBeVisibleAsync();
        await admin.SelectMudOptionAsync("audit-action-filter", PrivacyStrings.Spanish.ActionName(PrivacyActions.Retention));
        await Assertions.Expect(admin.GetByTestId("privacy-audit-table")).ToContainTextAsync("No hay registros que coincidan.");
        await admin.Context.CloseAsync();
    }
}
