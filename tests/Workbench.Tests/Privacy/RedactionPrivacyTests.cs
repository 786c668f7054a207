using System.Text.Json;
using System.Text.RegularExpressions;
using AgentSupport.Workbench.Privacy;
using Xunit.Abstractions;

namespace AgentSupport.Workbench.Tests.Privacy;

public sealed partial class RedactionPrivacyTests(ITestOutputHelper output)
{
    private sealed record Planted(string Kind, string Value);

    private sealed record Sentence(string Language, string Text, Planted[] Planted, string[] Keep);

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private static IReadOnlyList<Sentence> Fixture() =>
        File.ReadLines(Path.Combine(RepositoryFiles.Root, "tests", "Workbench.Tests", "Privacy", "personal-data-sentences.jsonl"))
            .Where(line => line.Length > 0)
            .Select(line => JsonSerializer.Deserialize<Sentence>(line, Web)!)
            .ToArray();

    [Fact]
    public void The_fixture_has_at_least_300_sentences_in_both_languages()
    {
        var sentences = Fixture();
        Assert.True(sentences.Count >= 300);
        Assert.True(sentences.Count(s => s.Language == "es") >= 150);
        Assert.True(sentences.Count(s => s.Language == "en") >= 150);
        Assert.All(Enum.GetNames<PersonalDataKind>(), kind => Assert.Contains(sentences, s => s.Planted.Any(p => p.Kind == kind)));
    }

    [Fact]
    public void Planted_values_are_recalled_and_look_alikes_kept()
    {
        var planted = 0;
        var recalled = 0;
        var lookAlikes = 0;
        var kept = 0;
        var misses = new List<string>();
        foreach (var sentence in Fixture())
        {
            var redacted = PersonalDataRedactor.Redact(sentence.Text);
            foreach (var value in sentence.Planted)
            {
                planted++;
                var placeholder = PersonalDataRedactor.Placeholder(Enum.Parse<PersonalDataKind>(value.Kind));
                // A token the rest of the sentence also holds (a price's "000") says nothing about this value.
                var elsewhere = Tokens(sentence.Text.Replace(value.Value, " ", StringComparison.Ordinal));
                var leaked = Fingerprint(value.Value).Where(token => Tokens(redacted).Contains(token) && !elsewhere.Contains(token)).ToArray();
                if (leaked.Length == 0 && redacted.Contains(placeholder, StringComparison.Ordinal))
                {
                    recalled++;
                }
                else
                {
                    misses.Add($"{value.Kind} '{value.Value}' → {redacted}");
                }
            }

            foreach (var value in sentence.Keep)
            {
                lookAlikes++;
                if (redacted.Contains(value, StringComparison.Ordinal))
                {
                    kept++;
                }
                else
                {
                    misses.Add($"look-alike '{value}' → {redacted}");
                }
            }
        }

        var recall = (double)recalled / planted;
        output.WriteLine($"planted {planted}, recalled {recalled} ({recall:P2}); look-alikes {lookAlikes}, kept {kept}");
        misses.ForEach(output.WriteLine);
        Assert.True(recall >= 0.99, $"recall {recall:P2}:\n{string.Join('\n', misses)}");
        Assert.True(kept == lookAlikes, string.Join('\n', misses));
    }

    [Theory]
    [InlineData("Mi CLABE es 002180012345678906, gracias", "Mi CLABE es [CLABE], gracias")]
    [InlineData("Tarjeta 4111 1111 1111 1111 vence 05/27", "Tarjeta [CARD] vence 05/27")]
    [InlineData("Llámame al +52 1 55 1234 5678 o al (33) 1234-5678", "Llámame al [PHONE] o al [PHONE]")]
    [InlineData("My email is john.smith@example.com", "My email is [EMAIL]")]
    [InlineData("CURP GODE561231HDFNRL09 y RFC GODE561231GR8", "CURP [CURP] y RFC [RFC]")]
    [InlineData("Clave de elector GMVLMR80070501M100", "Clave de elector [INE]")]
    [InlineData("Vivo en Av. Insurgentes Sur 1602, Col. Del Valle, C.P. 03100", "Vivo en [ADDRESS], [ADDRESS]")]
    [InlineData("I live at 742 Evergreen Lane", "I live at [ADDRESS]")]
    public void Each_kind_becomes_its_placeholder(string text, string expected) =>
        Assert.Equal(expected, PersonalDataRedactor.Redact(text));

    [Theory]
    [InlineData("Mi Versa con placa PZN-904-E vale $245,000.00 MXN desde el 05/12/2026, ticket TCK-1042")]
    [InlineData("Payout PAY-3001 of $189,900 on 2026-12-05 for the Mazda CX-5 2021, order #482913")]
    [InlineData("Un número de 18 dígitos sin dígito verificador válido: 002180012345678903")]
    [InlineData("A 16-digit reference that fails Luhn: 4111 1111 1111 1112")]
    public void Business_values_and_numbers_that_fail_their_check_are_left_alone(string text) =>
        Assert.Equal(text, PersonalDataRedactor.Redact(text));

    private static readonly HashSet<string> StreetWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "calle", "avenida", "street", "avenue", "road", "lane", "drive", "suite", "colonia", "calzada", "privada", "paseo", "blvd",
    };

    /// <summary>The parts of a value that would give it away: any token holding a digit, and longer words that are not street types.</summary>
    private static IEnumerable<string> Fingerprint(string value) =>
        Tokens(value).Where(t => (t.Any(char.IsAsciiDigit) && t.Length >= 2) || (t.Length >= 4 && !StreetWords.Contains(t)));

    private static HashSet<string> Tokens(string text) =>
        WordPattern().Matches(text).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"[\p{L}\p{Nd}]+")]
    private static partial Regex WordPattern();
}
