namespace AgentSupport.Prompts.Tests.Support;

/// <summary>Polls a condition for file-watcher tests: a bounded wait, never a timing assertion.</summary>
internal static class Eventually
{
    public static bool True(Func<bool> condition, double seconds = 5)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < deadline)
        {
            if (condition())
            {
                return true;
            }

            Thread.Sleep(25);
        }

        return condition();
    }
}
