using System.Globalization;
using System.Text;

namespace AgentSupport.Workbench.Discovery;

/// <summary>
/// How discovery cuts a message into features, the same for every language: lower-cased words (runs of letters and
/// digits), their pairs, and the 3–5 character grams of each word padded with a space, which let "pago", "pagos" and
/// "pagué" share most of their features without a stemmer.
/// </summary>
internal static class TextFeatures
{
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    /// <summary>Word unigrams and bigrams ("w:" prefix, bigrams joined by a space).</summary>
    public static IEnumerable<string> WordGrams(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            yield return words[i];
            if (i + 1 < words.Count)
            {
                yield return words[i] + " " + words[i + 1];
            }
        }
    }

    public static IEnumerable<string> CharGrams(IReadOnlyList<string> words)
    {
        foreach (var word in words)
        {
            var padded = " " + word + " ";
            for (var n = 3; n <= 5; n++)
            {
                for (var i = 0; i + n <= padded.Length; i++)
                {
                    yield return padded.Substring(i, n);
                }
            }
        }
    }

    /// <summary>Whitespace runs (newlines included) become one space, so layout does not count as content.</summary>
    public static string CollapseWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>"Pedí mi factura" → "pedi_mi_factura": an identifier made of ASCII letters, digits and underscores.</summary>
    public static string Identifier(IEnumerable<string> parts)
    {
        var builder = new StringBuilder();
        foreach (var part in parts)
        {
            foreach (var c in part.Normalize(NormalizationForm.FormD))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                {
                    continue;
                }

                var lower = char.ToLowerInvariant(c);
                if (lower is >= 'a' and <= 'z' or >= '0' and <= '9')
                {
                    builder.Append(lower);
                }
                else if (builder.Length > 0 && builder[^1] != '_')
                {
                    builder.Append('_');
                }
            }

            if (builder.Length > 0 && builder[^1] != '_')
            {
                builder.Append('_');
            }
        }

        return builder.ToString().Trim('_');
    }
}
