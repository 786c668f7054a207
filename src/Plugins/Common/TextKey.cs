using System.Globalization;
using System.Text;

namespace AgentSupport.Plugins.Common;

/// <summary>Folds free text typed by a model or a customer to a comparable key.</summary>
public static class TextKey
{
    /// <summary>
    /// Lower-case, accents removed (customers write "transmisión" and "transmision"), every run of
    /// other characters turned into one space: "Caja de Cambios!" → "caja de cambios".
    /// </summary>
    public static string Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>Like <see cref="Words"/> without the spaces: "CR-V" and "CR V" both give "crv".</summary>
    public static string Compact(string? text) => Words(text).Replace(" ", string.Empty, StringComparison.Ordinal);
}
