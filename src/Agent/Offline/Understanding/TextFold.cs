using System.Globalization;
using System.Text;

namespace AgentSupport.Agent.Offline.Understanding;

/// <summary>Lower-case words without accents, so "Querétaro" in a message matches "Queretaro" in a hub list.</summary>
internal static class TextFold
{
    public static string Words(string? text)
    {
        var builder = new StringBuilder(" ");
        foreach (var c in (text ?? "").Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>True when <paramref name="phrase"/> appears in <paramref name="text"/> as whole words.</summary>
    public static bool ContainsPhrase(string text, string phrase)
    {
        var key = Words(phrase);
        return key.Length > 0 && $" {Words(text)} ".Contains($" {key} ", StringComparison.Ordinal);
    }
}
