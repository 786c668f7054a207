using AgentSupport.Web.Conversations;
using AgentSupport.Web.E2ETests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace AgentSupport.Web.E2ETests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class CustomerJourneyTests(BrowserAppFixture app)
{
    [SkippableFact]
    public async Task New_customer_signs_up_opens_a_ticket_chats_about_a_payout_and_rates_the_chat()
    {
        Skip.IfNot(BrowserAppFixture.BrowserAvailable, BrowserAppFixture.SkipReason);
        var page = await app.NewPageAsync("es-MX");
        var email = $"lucia-{Guid.NewGuid():N}@example.com";

        // Sign up: empty fields are refused with messages, then the account is created and signed in.
        await page.GotoInteractiveAsync("/account/signup");
        await page.GetByTestId("sign-up-submit").ClickAsync();
        await Assertions.Expect(page.GetByText("Obligatorio.").First).ToBeVisibleAsync();
        await page.ScreenshotAsync("01-sign-up-validation");
        await page.Locator("#signup-name").FillAsync("Lucía Pérez");
        await page.Locator("#signup-email").FillAsync(email);
        await page.Locator("#signup-password").FillAsync("corto");
        await page.Locator("#signup-password").PressAsync("Tab");
        await Assertions.Expect(page.GetByText("Al menos 8 caracteres, con una letra y un número.").Last).ToBeVisibleAsync();
        await page.Locator("#signup-password").FillAsync("Segura123!");
        await page.GetByTestId("sign-up-submit").ClickAsync();
        await page.WaitForURLAsync("**/customer");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Hola, Lucía Pérez" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("no-tickets")).ToBeVisibleAsync();
        await page.ScreenshotAsync("02-dashboard-new-customer");

        // A ticket: validation first, then created and shown with its details.
        await page.GotoInteractiveAsync("/customer/tickets/new");
        await page.GetByTestId("ticket-submit").ClickAsync();
        await Assertions.Expect(page.GetByText("Obligatorio.")).ToHaveCountAsync(3);
        await page.Locator("#ticket-subject").FillAsync("Hi");
        await page.Locator("#ticket-subject").PressAsync("Tab");
        await Assertions.Expect(page.GetByText("Al menos 3 caracteres.")).ToBeVisibleAsync();
        await page.ScreenshotAsync("03-new-ticket-validation");
        await page.Locator("#ticket-subject").FillAsync("¿Cuándo llega mi pago?");
        await page.SelectMudOptionAsync("ticket-category", "Pago");
        await page.Locator("#ticket-description").FillAsync("Vendí mi auto y no veo la transferencia.");
        await page.GetByTestId("ticket-submit").ClickAsync();
        await page.WaitForURLAsync("**/customer/tickets/*");
        await Assertions.Expect(page.GetByTestId("ticket-subject")).ToHaveTextAsync("¿Cuándo llega mi pago?");
        await Assertions.Expect(page.GetByTestId("ticket-status")).ToContainTextAsync("Abierto");
        await page.Locator("#ticket-reply").FillAsync("Ya envié la factura.");
        await page.GetByTestId("ticket-reply-send").ClickAsync();
        await Assertions.Expect(page.GetByTestId("ticket-messages")).ToContainTextAsync("Ya envié la factura.");
        await Assertions.Expect(page.Locator("#ticket-reply")).ToHaveValueAsync("");
        await Assertions.Expect(page.GetByText("Obligatorio.")).ToHaveCountAsync(0);
        await page.ScreenshotAsync("04-ticket-detail");

        // The chat: the answer streams in piece by piece and a tool is used.
        await page.GotoInteractiveAsync("/chat");
        await page.ScreenshotAsync("05-start-chat");
        await ChatSteps.AskAsync(page, "¿cuándo me pagan mi auto?");
        await page.WaitForURLAsync("**/chat/*");
        var conversationId = Guid.Parse(page.Url.Split('/').Last());
        // A new customer has sold us no car yet: the agent asks which one, looks it up, and finds nothing.
        await ChatSteps.AskAsync(page, "Es la placa ABC-123-D");
        // The lookup finds nothing and says so in plain words; no tool is left showing as running.
        await Assertions.Expect(page.GetByTestId("tool-chip").Filter(new() { HasText = "pago" }).Last).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=tool-chip][data-state=running]")).ToHaveCountAsync(0);
        await page.ScreenshotAsync("06-chat-answer");

        // Resolved: the rating is asked; stars are required, then the rating and its comment are stored.
        await page.GetByTestId("mark-resolved").ClickAsync();
        await Assertions.Expect(page.GetByTestId("conversation-resolved")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#chat-input")).ToHaveCountAsync(0);
        await page.GetByTestId("rating-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("rating-missing")).ToBeVisibleAsync();
        await page.GetByTestId("rating-stars").Locator(".mud-rating-item").Nth(3).ClickAsync();
        await page.Locator("#rating-comment").FillAsync("Rápido y claro");
        await page.GetByTestId("rating-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("rating-thanks")).ToBeVisibleAsync();
        await page.ScreenshotAsync("07-chat-rated");

        var stored = await app.WithDbAsync(db => db.Conversations.AsNoTracking().SingleAsync(c => c.Id == conversationId));
        Assert.Equal(4, stored.Csat);
        Assert.Equal("Rápido y claro", stored.RatingComment);
        Assert.Equal(ConversationStatus.Resolved, stored.Status);
        var messages = await app.WithDbAsync(db => db.ConversationMessages.CountAsync(m => m.ConversationId == conversationId));
        Assert.Equal(4, messages);
        // Back on the dashboard: the ticket can be closed by its customer.
        await page.GotoInteractiveAsync("/customer");
        await page.GetByTestId("ticket-item").First.ClickAsync();
        await page.GetByTestId("close-ticket").ClickAsync();
        await Assertions.Expect(page.GetByTestId("ticket-status")).ToContainTextAsync("Cerrado");
        await Assertions.Expect(page.GetByTestId("close-ticket")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }
}
