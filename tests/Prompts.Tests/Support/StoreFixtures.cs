using System.Collections.Concurrent;
using AgentSupport.Prompts.Storage;

namespace AgentSupport.Prompts.Tests.Support;

internal static class StoreFixtures
{
    /// <summary>A draft for <see cref="FilePromptStore.CreateVersion(string, string, string, int?)"/>: identity is stamped by the store.</summary>
    public static string Draft(string body, string description = "Greets the customer") =>
        $"---\ndescription: {description}\nenabled_tools: [Tickets]\n---\n{body}\n";

    /// <summary>Creates version 1 of "greeting", points production at it, then creates versions 2..count (children of 1).</summary>
    public static void SeedGreeting(FilePromptStore store, int count)
    {
        for (var i = 1; i <= count; i++)
        {
            store.CreateVersion("greeting", Draft($"Hola {{{{ customer?.name }}}} v{i}"), "tester");
            if (i == 1)
            {
                store.MoveLabel("greeting", PromptLabels.Production, 1, by: "tester", reason: "first release");
            }
        }
    }

    public static ConcurrentQueue<PromptStoreChange> Record(FilePromptStore store)
    {
        var changes = new ConcurrentQueue<PromptStoreChange>();
        store.Changed += (_, change) => changes.Enqueue(change);
        return changes;
    }
}
