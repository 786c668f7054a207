using Microsoft.Playwright;

namespace AgentSupport.Web.E2ETests.Browser;

/// <summary>Records what the next answer's bubble shows while it streams, as the customer would have seen it.</summary>
internal static class MessengerSteps
{
    public sealed class Seen
    {
        public bool Typing { get; set; }
        public string[] Chips { get; set; } = [];
        public string[] Texts { get; set; } = [];
    }

    public static Task WatchAnswerAsync(IPage page) => page.EvaluateAsync("""
        () => {
            window.__seen = { typing: false, chips: [], texts: [] };
            const log = document.getElementById('chat-log');
            const record = () => {
                const answers = log.querySelectorAll('[data-testid=agent-message]');
                const last = answers.length ? answers[answers.length - 1] : null;
                if (!last) return;
                if (last.querySelector('[data-testid=typing-indicator]')) window.__seen.typing = true;
                last.querySelectorAll('[data-testid=tool-chip]').forEach(c => window.__seen.chips.push(c.dataset.state + ':' + c.textContent.trim()));
                const text = last.querySelector('[data-testid=message-text]');
                if (text && text.textContent.trim()) window.__seen.texts.push(text.textContent);
            };
            new MutationObserver(record).observe(log, { childList: true, subtree: true, characterData: true, attributes: true });
        }
        """);

    public static Task<Seen> SeenAsync(IPage page) => page.EvaluateAsync<Seen>("() => window.__seen");
}
