using System.Text.Json;

namespace AgentSupport.Plugins.Common;

/// <summary>
/// Maps the words a model or a customer may use (English or Spanish, with or without accents) to one
/// enum value. Each value's snake_case name is always accepted; a term found as whole words inside a
/// longer phrase also resolves ("copia del INE" → official_id), the longest term winning so that
/// "motor de arranque" (the starter) is not read as "motor" (the engine).
/// </summary>
internal sealed class Vocabulary<TEnum> where TEnum : struct, Enum
{
    private readonly Dictionary<string, TEnum> _terms = new(StringComparer.Ordinal);

    public Vocabulary(IReadOnlyDictionary<TEnum, string[]> synonyms)
    {
        foreach (var value in Enum.GetValues<TEnum>())
        {
            _terms[TextKey.Words(NameOf(value))] = value;
        }

        foreach (var (value, terms) in synonyms)
        {
            foreach (var term in terms)
            {
                _terms[TextKey.Words(term)] = value;
            }
        }

        Names = string.Join(", ", Enum.GetValues<TEnum>().Select(NameOf));
    }

    /// <summary>The canonical names, comma separated, for error messages.</summary>
    public string Names { get; }

    public static string NameOf(TEnum value) => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    public bool TryResolve(string? text, out TEnum value)
    {
        var key = TextKey.Words(text);
        if (key.Length == 0)
        {
            value = default;
            return false;
        }

        if (_terms.TryGetValue(key, out value))
        {
            return true;
        }

        var padded = $" {key} ";
        var best = _terms
            .Where(term => padded.Contains($" {term.Key} ", StringComparison.Ordinal))
            .OrderByDescending(term => term.Key.Length)
            .Select(term => (KeyValuePair<string, TEnum>?)term)
            .FirstOrDefault();
        value = best?.Value ?? default;
        return best is not null;
    }
}
