namespace AgentSupport.Agent.Conversation;

/// <summary>Splits a reply into the small pieces a stream delivers, so concatenating them gives the text back exactly.</summary>
internal static class TextChunks
{
    public static IEnumerable<string> Split(string text, int wordsPerChunk)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(wordsPerChunk, 1);
        var start = 0;
        var words = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var endsWord = !char.IsWhiteSpace(text[i]) && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]));
            if (endsWord && ++words == wordsPerChunk)
            {
                var end = i + 1;
                while (end < text.Length && char.IsWhiteSpace(text[end]))
                {
                    end++;
                }

                yield return text[start..end];
                start = end;
                words = 0;
                i = end - 1;
            }
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }
}
