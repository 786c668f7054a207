namespace AgentSupport.Prompts.Validation;

/// <summary>The front matter of a prompt file split into entries, with the body that follows it.</summary>
/// <param name="ClosingLine">1-based line of the closing <c>---</c>; the body starts on the next line.</param>
/// <param name="HasBadLines">Some lines could not be read and are missing from <paramref name="Entries"/>.</param>
internal sealed record FrontMatter(IReadOnlyList<FrontMatterEntry> Entries, int ClosingLine, string Body, bool HasBadLines)
{
    public FrontMatterEntry? Find(string key) => Entries.FirstOrDefault(entry => entry.Key == key);
}

/// <summary>One <c>key: value</c> line. Lists keep each item's column so errors can point at the item.</summary>
internal sealed record FrontMatterEntry(string Key, int Line, int ValueColumn, string Scalar, IReadOnlyList<FrontMatterItem>? Items)
{
    public bool IsList => Items is not null;
}

internal sealed record FrontMatterItem(string Value, int Column);
