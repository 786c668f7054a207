using AgentSupport.Web.Conversations;
using AgentSupport.Web.Data;
using AgentSupport.Web.E2ETests.Infrastructure;
using AgentSupport.Web.Tickets;
using AgentSupport.Web.Ui.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace AgentSupport.Web.E2ETests.Browser;

/// <summary>
/// María (es-MX) and John (en-US), on a desktop and on a phone, through the whole messenger against a model that
/// streams a token every 50 ms: the chat opens on a greeting with suggested actions from their account, one of them
/// sends its message, the answer streams (typing dots, growing text, a tool chip going from running to its outcome),
/// the customer asks for a person, the ticket is written in their language, and the rating is asked at the end.
/// Screenshots of every step land in TestResults/screenshots.
/// </summary>
[Collection(MessengerBrowserCollection.Name)]
public sealed class MessengerJourneyTests(MessengerAppFixture app)
{
    public sealed record Walk(
        DemoAccount Customer, string Locale, string FirstName, string Suggestion, string Sent, string Running, string Done,
        string PersonRequest, string TicketSubject, string Rating, string Language);

    private static readonly Walk Maria = new(DemoSeeder.Maria, "es-MX", "María", "¿Cuándo llega el pago de mi Versa?", "¿Cuándo llega el pago de mi Versa? La placa es PZN-904-E.",
        "Consultando tu pago…", "Pago consultado", "Quiero hablar con una persona",
        "Quiere hablar con una persona sobre el pago de su Versa", "¿Cómo te atendimos?", "es");

    private static readonly Walk John = new(DemoSeeder.John, "en-US", "John", "My Ranger inspection", "What is the status of the inspection of my Ranger? The plate is SLB-883-C.",
        "Checking your inspection…", "Inspection checked", "I would like to talk to a person",
        "Wants to talk to a person about the inspection of their Ranger", "How did we do?", "en");

    public static TheoryData<string, int, int> Screens => new()
    {
        { "maria-desktop", 1280, 900 },
        { "maria-phone", 390, 844 },
        { "john-desktop", 1280, 900 },
        { "john-phone", 390, 844 },
    };

    [SkippableTheory]
    [MemberData(nameof(Screens))]
    public async Task Start_suggested_action_streamed_answer_with_tool_chip_hand_over_and_rating(string name, int width, int height)
    {
        Skip.IfNot(BrowserAppFixture.BrowserAvailable, BrowserAppFixture.SkipReason);
        var walk = name.StartsWith("maria", StringComparison.Ordinal) ? Maria : John;
        var phone = width < 600;
        var page = await app.NewPageAsync(walk.Locale, width, height);
        await page.SignInAsync(walk.Customer.Email, walk.Customer.Password);

        // Start: straight into a conversation, greeted by name, with actions drawn from the account.
        await page.GotoInteractiveAsync("/chat");
        await Assertions.Expect(page.GetByTestId("chat-greeting")).ToContainTextAsync(walk.FirstName);
        var suggestions = page.GetByTestId("suggested-action");
        var count = await suggestions.CountAsync();
        Assert.InRange(count, 3, 4);
        await Assertions.Expect(page.GetByTestId("chat-context")).ToHaveCountAsync(0);
        if (phone) await AssertPhoneLayoutAsync(page, walk);
        await page.ScreenshotAsync($"50-{name}-1-start");

        // Suggested action: its message is sent; the answer streams with the tool chip changing state.
        await MessengerSteps.WatchAnswerAsync(page);
        var suggestion = suggestions.Filter(new() { HasText = walk.Suggestion });
        await suggestion.ClickAsync();
        // The conversation is stored first, which can be the first write of this fixture's app (its queries compiled on
        // first use): a loaded 2-core machine slows that as much as an answer, so it gets an answer's room.
        await page.ExplainIfStuckAsync(() => page.WaitForURLAsync("**/chat/*", new() { Timeout = 30_000 }), async () =>
            $"The suggestion was {(await suggestion.IsDisabledAsync() ? "disabled (the chat was starting)" : "enabled")}; " +
            $"{await page.GetByTestId("customer-message").CountAsync()} customer messages shown.");
        var conversationId = Guid.Parse(page.Url.Split('/').Last());
        await Assertions.Expect(page.GetByTestId("customer-message").First).ToContainTextAsync(walk.Sent);
        var answer = page.GetByTestId("agent-message").Last;
        await Assertions.Expect(answer).ToHaveAttributeAsync("data-streaming", "false", new() { Timeout = 30_000 });
        var seen = await MessengerSteps.SeenAsync(page);
        Assert.True(seen.Typing, "No typing indicator was shown before the first token.");
        Assert.Contains($"running:{walk.Running}", seen.Chips);
        Assert.True(seen.Texts.Distinct().Count() >= 5, $"The answer did not grow token by token: {string.Join(" | ", seen.Texts)}");
        var chip = answer.GetByTestId("tool-chip");
        await Assertions.Expect(chip).ToHaveAttributeAsync("data-state", "succeeded");
        await Assertions.Expect(chip).ToHaveTextAsync(walk.Done);
        // The page builds the answer from the deltas: what it shows is what the model streamed, stored as such.
        var shown = await answer.GetByTestId("message-text").InnerTextAsync();
        var stored = await app.WithDbAsync(db => db.ConversationMessages.AsNoTracking()
            .Where(m => m.ConversationId == conversationId && m.Role == AgentSupport.Agent.Conversation.ChatTurn.Assistant).Select(m => m.Text).SingleAsync());
        Assert.Equal(stored, shown);
        Assert.Equal(seen.Texts[^1], shown);
        // Mid-conversation: no rating yet.
        await Assertions.Expect(page.GetByTestId("rating-panel")).ToHaveCountAsync(0);
        if (phone) await AssertPhoneLayoutAsync(page, walk);
        await page.ScreenshotAsync($"50-{name}-2-streamed-answer");

        // Hand-over: the agent escalates, the ticket reads in the customer's language.
        await page.GetByTestId("talk-to-person").ClickAsync();
        await Assertions.Expect(page.GetByTestId("customer-message").Last).ToContainTextAsync(walk.PersonRequest);
        await Assertions.Expect(page.GetByTestId("handed-over")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("tool-chip").Last).ToHaveAttributeAsync("data-state", "succeeded");
        var conversation = await app.WithDbAsync(db => db.Conversations.AsNoTracking().SingleAsync(c => c.Id == conversationId));
        Assert.Equal(ConversationStatus.Escalated, conversation.Status);
        Assert.Equal(walk.Language, conversation.Language);
        Assert.Equal("webchat", conversation.Channel);
        var ticket = await app.WithDbAsync(db => db.Tickets.AsNoTracking().SingleAsync(t => t.Id == conversation.TicketId));
        Assert.Equal(walk.TicketSubject, ticket.Subject);
        Assert.Equal(TicketStatus.Escalated, ticket.Status);

        // Rating: asked now that the agent closed its part, and stored.
        var rating = page.GetByTestId("rating-panel");
        await Assertions.Expect(rating).ToContainTextAsync(walk.Rating);
        if (phone) await AssertPhoneLayoutAsync(page, walk);
        await page.ScreenshotAsync($"50-{name}-3-handed-over");
        await rating.GetByTestId("rating-stars").Locator(".mud-rating-item").Nth(4).ClickAsync();
        await rating.GetByTestId("rating-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("rating-thanks")).ToBeVisibleAsync();
        await page.ScreenshotAsync($"50-{name}-4-rated");
        Assert.Equal(5, (await app.WithDbAsync(db => db.Conversations.AsNoTracking().SingleAsync(c => c.Id == conversationId))).Csat);

        // The dashboard tells conversations apart by what was asked and where each stands.
        await page.GotoInteractiveAsync("/customer");
        var item = page.GetByTestId("conversation-item").First;
        await Assertions.Expect(item.GetByTestId("conversation-title")).ToHaveTextAsync(walk.Sent);
        await Assertions.Expect(item.GetByTestId("conversation-preview")).Not.ToBeEmptyAsync();
        await page.ScreenshotAsync($"50-{name}-5-dashboard");
        await page.Context.CloseAsync();

        // The person who takes the case reads the transcript and what the tools returned on the ticket itself.
        var admin = await app.NewPageAsync(walk.Locale, width, height);
        await admin.SignInAsync(DemoSeeder.Admin.Email, DemoSeeder.Admin.Password);
        await admin.GotoInteractiveAsync($"/admin/tickets/{ticket.Id}");
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Name = walk.TicketSubject })).ToBeVisibleAsync();
        var transcript = admin.GetByTestId("ticket-transcript");
        await Assertions.Expect(transcript).ToContainTextAsync(walk.PersonRequest);
        await Assertions.Expect(transcript.GetByTestId("tool-call").First).ToContainTextAsync(walk.Done);
        await Assertions.Expect(transcript.GetByTestId("json-fields").First).ToBeVisibleAsync();
        await admin.ScreenshotAsync($"50-{name}-6-ticket-for-staff");
        await admin.Context.CloseAsync();
    }

    [SkippableTheory]
    [InlineData("es-MX")]
    [InlineData("en-US")]
    public async Task The_rating_is_asked_after_the_agents_goodbye_when_leaving_and_when_resolved_never_mid_conversation(string locale)
    {
        Skip.IfNot(BrowserAppFixture.BrowserAvailable, BrowserAppFixture.SkipReason);
        var spanish = locale == "es-MX";
        var customer = spanish ? DemoSeeder.Maria : DemoSeeder.John;
        var text = spanish ? UiStrings.Spanish : UiStrings.English;
        var question = spanish ? "¿Cuál es el estado de la inspección de mi CX-5? Placa MLR-527-C" : "What is the status of the inspection of my Ranger? The plate is SLB-883-C.";
        var page = await app.NewPageAsync(locale);
        await page.SignInAsync(customer.Email, customer.Password);
        var rating = page.GetByTestId("rating-panel");

        // The agent's closing answer to the customer's thanks asks for the rating; the answer before it did not.
        await page.GotoInteractiveAsync("/chat");
        await SendAsync(page, question);
        await Assertions.Expect(rating).ToHaveCountAsync(0);
        await SendAsync(page, spanish ? "Perfecto, muchas gracias. Eso es todo." : "Great, thanks. That's all.");
        await Assertions.Expect(rating).ToContainTextAsync(text.RateThisConversation);
        await page.ScreenshotAsync($"51-{locale}-goodbye-asks-for-rating");
        await rating.GetByTestId("rating-stars").Locator(".mud-rating-item").Nth(3).ClickAsync();
        await rating.GetByTestId("rating-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("rating-thanks")).ToBeVisibleAsync();
        var rated = Guid.Parse(page.Url.Split('/').Last());
        Assert.Equal(4, (await app.WithDbAsync(db => db.Conversations.AsNoTracking().SingleAsync(c => c.Id == rated))).Csat);

        // Thanks that still ask for something keep the conversation going.
        await page.GotoInteractiveAsync("/chat");
        await SendAsync(page, question);
        await SendAsync(page, spanish ? "Gracias, ¿y cuándo me pagan?" : "Thanks, and when do I get paid?");
        await Assertions.Expect(rating).ToHaveCountAsync(0);

        // Leaving.
        await page.GetByTestId("end-chat").ClickAsync();
        await Assertions.Expect(rating).ToContainTextAsync(text.Messenger.EndChatTitle);
        await Assertions.Expect(page.GetByTestId("leave-chat")).ToHaveAttributeAsync("href", "/customer");
        await page.ScreenshotAsync($"51-{locale}-leaving-asks-for-rating");

        // Marked resolved.
        await page.GotoInteractiveAsync("/chat");
        await SendAsync(page, question);
        await Assertions.Expect(rating).ToHaveCountAsync(0);
        await page.GetByTestId("mark-resolved").ClickAsync();
        await Assertions.Expect(page.GetByTestId("conversation-resolved")).ToBeVisibleAsync();
        await Assertions.Expect(rating).ToContainTextAsync(text.RateThisConversation);
        await page.Context.CloseAsync();
    }

    /// <summary>Sends a message from the box and waits for the whole answer.</summary>
    private static async Task SendAsync(IPage page, string message)
    {
        var answers = await page.GetByTestId("agent-message").CountAsync();
        await page.Locator("#chat-input").FillAsync(message);
        await page.GetByTestId("chat-send").ClickAsync();
        await Assertions.Expect(page.GetByTestId("agent-message")).ToHaveCountAsync(answers + 1);
        await Assertions.Expect(page.GetByTestId("agent-message").Last).ToHaveAttributeAsync("data-streaming", "false", new() { Timeout = 30_000 });
    }

    /// <summary>At 390×844: nothing wider than the screen, the name whole in the app bar, the message box at the bottom.</summary>
    private static async Task AssertPhoneLayoutAsync(IPage page, Walk walk)
    {
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth"), "The page is wider than the phone.");
        var name = page.GetByTestId("user-menu").Locator(".mud-button-label");
        await Assertions.Expect(name).ToHaveTextAsync(walk.Customer.DisplayName);
        Assert.False(await name.EvaluateAsync<bool>("e => e.scrollWidth > e.clientWidth"), "The name in the app bar is cut.");
        var input = await page.Locator("#chat-input").BoundingBoxAsync();
        var viewport = page.ViewportSize!;
        Assert.NotNull(input);
        Assert.True(input.Y + input.Height <= viewport.Height && input.Y + input.Height > viewport.Height - 90,
            $"The message box is not at the bottom of the screen (it ends at {input.Y + input.Height} of {viewport.Height}).");
    }
}
