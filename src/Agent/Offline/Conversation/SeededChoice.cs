namespace AgentSupport.Agent.Offline.Conversation;

/// <summary>
/// Picks among equivalent wordings from the seed and the conversation so far: the same seed and
/// conversation always give the same reply, another seed may word it differently. FNV-1a, because
/// string.GetHashCode changes between processes.
/// </summary>
internal readonly struct SeededChoice(long seed, string salt)
{
    public T Pick<T>(IReadOnlyList<T> options, string purpose)
    {
        ArgumentOutOfRangeException.ThrowIfZero(options.Count);
        return options[(int)(Hash($"{seed}|{salt}|{purpose}") % (ulong)options.Count)];
    }

    /// <summary>True with probability <paramref name="chance"/>, deterministically.</summary>
    public bool Chance(double chance, string purpose) => Hash($"{seed}|{salt}|{purpose}") % 1000 < (ulong)(chance * 1000);

    private static ulong Hash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
