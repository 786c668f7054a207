using Scriban.Parsing;

namespace AgentSupport.Prompts.Validation;

/// <summary>
/// The code blocks of a template (what sits between <c>{{</c> and <c>}}</c>), compared token by token so layout does not
/// count. A version derived from text a model or a dataset supplied may rearrange its parent's code and add text and
/// the conversation variables, but code of its own would run whatever that text smuggled in.
/// </summary>
public static class TemplateCode
{
    /// <summary>Plain reads of the conversation variables, which patches may always add.</summary>
    private static readonly IReadOnlySet<string> ConversationVariables = new HashSet<string>(StringComparer.Ordinal) { "context", "tone", "channel", "language" };

    /// <summary>Code blocks of <paramref name="candidate"/> that <paramref name="parent"/> does not have, with their 0-based position.</summary>
    public static IReadOnlyList<(int Line, int Column, string Code)> NewIn(string candidate, string parent)
    {
        var known = Blocks(parent).Select(block => block.Code).ToHashSet(StringComparer.Ordinal);
        return Blocks(candidate).Where(block => !known.Contains(block.Code) && !ConversationVariables.Contains(block.Code)).ToArray();
    }

    private static IEnumerable<(int Line, int Column, string Code)> Blocks(string template)
    {
        List<string>? tokens = null;
        var start = default(TextPosition);
        foreach (var token in new Lexer(template))
        {
            switch (token.Type)
            {
                case TokenType.CodeEnter:
                    (tokens, start) = ([], token.Start);
                    break;
                case TokenType.CodeExit or TokenType.Eof when tokens is not null:
                    yield return (start.Line, start.Column, string.Join(' ', tokens));
                    tokens = null;
                    break;
                case TokenType.Whitespace or TokenType.WhitespaceFull or TokenType.NewLine or TokenType.Comment or TokenType.CommentMulti:
                    break;
                default:
                    tokens?.Add(token.GetText(template));
                    break;
            }
        }
    }
}
