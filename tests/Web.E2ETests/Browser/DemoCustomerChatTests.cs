using AgentSupport.Web.Conversations;
using AgentSupport.Web.Data;
using AgentSupport.Web.E2ETests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace AgentSupport.Web.E2ETests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class DemoCustomerChatTests(BrowserAppFixture app)
{
    [SkippableFact]
    public async Task Maria_signs_in_sees_her_tickets_and_gets_her_payout_status_streamed_with_the_tool_shown()
    {
        Skip.IfNot(BrowserAppFixture.BrowserAvailable, BrowserAppFixture.SkipReason);
        var page = await app.NewPageAsync("es-MX");

        await page.SignInAsync(DemoSeeder.Maria.Email, DemoSeeder.Maria.Password);
        Assert.EndsWith("/customer", page.Url);
        await Assertions.Expect(page.GetByTestId("ticket-item").Filter(new() { HasText = "¿Cuándo llega el pago de mi Versa?" })).ToBeVisibleAsync();
        await page.ScreenshotAsync("10-maria-dashboard");

        await page.GotoInteractiveAsync("/chat");
        await ChatSteps.AskAsync(page, "¿cuándo me pagan mi auto?");
        await page.WaitForURLAsync("**/chat/*");
        var answer = await ChatSteps.AskAsync(page, "Es mi Versa, placa PZN-904-E");

        await Assertions.Expect(page.GetByTestId("message-tools").Last).ToContainTextAsync("Pago consultado");
        // The seeded payout for her Versa waits for documents: the answer comes from her own records.
        Assert.Contains("PZN-904-E", answer);
        await page.ScreenshotAsync("11-maria-payout-answer");
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Talk_to_a_person_hands_the_conversation_to_the_team()
    {
        Skip.IfNot(BrowserAppFixture.BrowserAvailable, BrowserAppFixture.SkipReason);
        var page = await app.NewPageAsync("es-MX");
        await page.SignInAsync(DemoSeeder.Maria.Email, DemoSeeder.Maria.Password);
        await page.GotoInteractiveAsync("/chat");
        await Assertions.Expect(page.Locator("#chat-input")).ToBeEnabledAsync();

        await page.GetByTestId("talk-to-person").ClickAsync();
        await page.WaitForURLAsync("**/chat/*");
        var conversationId = Guid.Parse(page.Url.Split('/').Last());

        await Assertions.Expect(page.GetByTestId("customer-message").Last).ToContainTextAsync("Quiero hablar con una persona");
        await Assertions.Expect(page.GetByTestId("conversation-status")).ToContainTextAsync("Con nuestro equipo");
        await Assertions.Expect(page.GetByTestId("talk-to-person")).ToBeDisabledAsync();
        await page.ScreenshotAsync("12-talk-to-a-person");
        var stored = await app.WithDbAsync(db => db.Conversations.AsNoTracking().SingleAsync(c => c.Id == conversationId));
        Assert.Equal(ConversationStatus.Escalated, stored.Status);
        Assert.NotNull(stored.TicketId);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Signing_out_ends_the_session()
    {
        Skip.IfNot(BrowserAppFixture.BrowserAvailable, BrowserAppFixture.SkipReason);
        var page = await app.NewPageAsync("en-US");
        await page.SignInAsync(DemoSeeder.John.Email, DemoSeeder.John.Password);

        await page.GetByTestId("user-menu").ClickAsync();
        await page.GetByTestId("sign-out").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/customer"));
        await page.WaitForInteractiveAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Welcome to AgentSupport" })).ToBeVisibleAsync();
        await page.GotoAsync("/customer");
        await page.WaitForURLAsync("**/account/login?returnUrl=%2Fcustomer");
        await page.Context.CloseAsync();
    }
}
