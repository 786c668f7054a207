using Microsoft.Playwright;

namespace AgentSupport.Web.E2ETests.Browser;

internal static class ChatSteps
{
    /// <summary>
    /// Sends a message and waits for the agent's answer to finish, recording every text the answer's
    /// bubble showed on the way; proves the answer arrived in several pieces, not all at once.
    /// </summary>
    public static async Task<string> AskAsync(IPage page, string question)
    {
        await Assertions.Expect(page.Locator("#chat-input")).ToBeEnabledAsync();
        var answersBefore = await page.GetByTestId("agent-message").CountAsync();
        await page.EvaluateAsync("""
            () => {
                window.__answerTexts = [];
                const log = document.getElementById('chat-log');
                new MutationObserver(() => {
                    const answers = log.querySelectorAll('[data-testid=agent-message]');
                    const text = answers.length ? answers[answers.length - 1].querySelector('[data-testid=message-text]') : null;
                    if (text) window.__answerTexts.push(text.textContent);
                }).observe(log, { childList: true, subtree: true, characterData: true });
            }
            """);
        await page.Locator("#chat-input").FillAsync(question);
        await page.GetByTestId("chat-send").ClickAsync();

        var answer = page.GetByTestId("agent-message").Nth(answersBefore);
        await Assertions.Expect(answer).ToHaveAttributeAsync("data-streaming", "false");
        var text = await answer.GetByTestId("message-text").InnerTextAsync();
        Assert.False(string.IsNullOrWhiteSpace(text));
        Assert.DoesNotContain("chat-bubble-failed", await answer.GetAttributeAsync("class") ?? "");

        var seen = await page.EvaluateAsync<string[]>("() => window.__answerTexts");
        var growing = seen.Select(s => s.Trim()).Where(s => s.Length > 0).Distinct().Count();
        Assert.True(growing >= 2, $"The answer appeared in one piece; texts seen: {string.Join(" | ", seen)}");
        return text;
    }
}
