using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using AgentSupport.Workbench.Analysis.Reading;
using AgentSupport.Workbench.Cli;

namespace AgentSupport.Workbench.Tests.Analysis;

/// <summary>The hand-written scanner checked against System.Text.Json, the reference reader of RFC 8259 JSON.</summary>
public sealed class JsonLineScannerTests
{
    private static readonly JsonDocumentOptions Reference = new() { MaxDepth = 256 };

    private static IEnumerable<byte[]> SampleLines() =>
        File.ReadLines(RepositoryFiles.SeedSample).Take(150).Concat(File.ReadLines(RepositoryFiles.RolesSample)).Select(Encoding.UTF8.GetBytes);

    [Fact]
    public void Mutated_lines_are_valid_for_the_scanner_exactly_when_they_are_valid_for_system_text_json()
    {
        var random = new Random(20251126);
        byte[] alphabet = "{}[]\":,\\ 0123456789-+.eEtrufalsn/bx'\t"u8.ToArray();
        var scan = new ConversationScan();
        var disagreements = new List<string>();
        var invalid = 0;
        foreach (var line in SampleLines())
        {
            for (var i = 0; i < 40; i++)
            {
                var mutated = Mutate(line, random, alphabet);
                var expected = IsValidJson(mutated);
                var actual = JsonLineScanner.Scan(mutated, scan) is null;
                invalid += expected ? 0 : 1;
                if (expected != actual)
                {
                    disagreements.Add(Encoding.UTF8.GetString(mutated));
                }
            }
        }

        Assert.Empty(disagreements);
        Assert.InRange(invalid, 1000, 8000);
    }

    [Fact]
    public void Scanned_fields_agree_with_system_text_json_on_every_sample_line()
    {
        var scan = new ConversationScan();
        foreach (var line in SampleLines())
        {
            Assert.Null(JsonLineScanner.Scan(line, scan));
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            var meta = root.GetProperty("meta");
            var transcript = root.GetProperty("transcript");

            Assert.Equal(transcript.GetArrayLength(), scan.TranscriptLength);
            Assert.Equal(meta.GetProperty("context").GetString(), scan.Context.In(line).GetString());
            var channel = meta.TryGetProperty("channel", out var seedChannel) ? seedChannel : meta.GetProperty("canal");
            Assert.Equal(channel.GetString(), (scan.Channel.Kind == JsonKind.String ? scan.Channel : scan.Canal).In(line).GetString());
            Assert.Equal(
                transcript.EnumerateArray().Select(m => (m.TryGetProperty("text", out var text) ? text : m.GetProperty("content")).GetString()),
                scan.Messages.Select(m => (m.Text.Kind == JsonKind.String ? m.Text : m.Content).In(line).GetString()));
        }
    }

    /// <summary>Every JSON escape, well-formed or not, as the fuzz test below inserts it.</summary>
    private static readonly string[] Escapes =
    [
        @"\""", @"\\", @"\/", @"\b", @"\f", @"\n", @"\r", @"\t", @"\u0041", @"\u00e9", @"\u00E9", @"\u20ac", @"\ud83d\ude00",
        @"\ud83d", @"\ude00", @"\u0000", @"\u001f", @"\u12", @"\u12g4", @"\x41", @"\U0041", @"\a", @"\'", @"\", @"\u",
    ];

    /// <summary>Raw UTF-8 (2, 3 and 4 bytes), raw control characters, and invalid UTF-8: stray continuation, truncated,
    /// overlong, surrogate, beyond U+10FFFF and never-valid bytes.</summary>
    private static readonly byte[][] RawBytes =
    [
        "é"u8.ToArray(), "€"u8.ToArray(), "😀"u8.ToArray(), [0x01], [0x1f], [0x7f],
        [0x80], [0xbf], [0xc3], [0xe2, 0x82], [0xf0, 0x9f, 0x98], [0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80],
        [0xf4, 0x90, 0x80, 0x80], [0xf5, 0x80, 0x80, 0x80], [0xfe], [0xff],
    ];

    [Fact]
    public void Raw_utf8_lines_mutated_with_every_escape_and_invalid_utf8_agree_with_system_text_json()
    {
        var random = new Random(20261205);
        var fragments = Escapes.Select(Encoding.UTF8.GetBytes).Concat(RawBytes).ToArray();
        var scan = new ConversationScan();
        var disagreements = new List<string>();
        var (invalid, valid, multiByteCuts) = (0, 0, 0);
        var lines = SampleLines().Take(120)
            .Select(line => Encoding.UTF8.GetBytes(SyntheticConversationFile.UnescapeNonAscii(Encoding.UTF8.GetString(line))))
            .Append(Encoding.UTF8.GetBytes(EveryEscapeLine));
        foreach (var line in lines)
        {
            for (var i = 0; i < 40; i++)
            {
                var mutated = MutateWith(line, random, fragments, ref multiByteCuts);
                var expected = IsValidJson(mutated);
                var actual = JsonLineScanner.Scan(mutated, scan) is null;
                (invalid, valid) = expected ? (invalid, valid + 1) : (invalid + 1, valid);
                if (expected != actual)
                {
                    disagreements.Add(Convert.ToHexString(mutated));
                }
                else if (expected && !CustomerTextsAgree(mutated, scan))
                {
                    disagreements.Add($"text differs: {Encoding.UTF8.GetString(mutated)}");
                }
            }
        }

        Assert.Empty(disagreements);
        Assert.InRange(invalid, 1000, 4500);
        Assert.InRange(valid, 500, 4000);
        Assert.True(multiByteCuts > 100, $"only {multiByteCuts} raw characters were cut in two");
    }

    [Fact]
    public void Every_escape_decodes_to_its_character_and_the_raw_utf8_line_reads_the_same()
    {
        var escaped = Encoding.UTF8.GetBytes(EveryEscapeLine);
        var raw = Encoding.UTF8.GetBytes(SyntheticConversationFile.UnescapeNonAscii(EveryEscapeLine));
        var scan = new ConversationScan();

        Assert.True(Ascii.IsValid(escaped));
        Assert.True(raw.AsSpan().IndexOf("é€😀 é€"u8) >= 0);
        foreach (var line in new[] { escaped, raw })
        {
            Assert.Null(JsonLineScanner.Scan(line, scan));
            Assert.Equal(
                ["q\"b\\s/b\bf\fn\nr\rt\tAA é€😀 é€ lone \ud83d and \ude00 end", "\u0000\u001f\u007f"],
                scan.Messages.Select(m => (m.Text.Kind == JsonKind.String ? m.Text : m.Content).In(line).GetString()));
        }
    }

    /// <summary>A customer message holding every escape JSON has, lone surrogates included (valid JSON, not valid UTF-16).</summary>
    private const string EveryEscapeLine =
        """{"meta": {"context": "x"}, "transcript": [{"speaker": "cliente", "text": "q\"b\\s\/b\bf\fn\nr\rt\tA\u0041 \u00e9\u20ac\ud83d\ude00 \u00E9\u20AC lone \ud83d and \ude00 end"}, {"role": "user", "content": "\u0000\u001f\u007f"}]}""";

    /// <summary>
    /// The customer texts the scanner found are those System.Text.Json reads. A text with a lone surrogate escape,
    /// which System.Text.Json refuses to decode, is left out here; the test above pins how the scanner decodes it.
    /// </summary>
    private static bool CustomerTextsAgree(byte[] line, ConversationScan scan)
    {
        using var document = JsonDocument.Parse(line, Reference);
        if (document.RootElement.ValueKind != JsonValueKind.Object
            || Member(document.RootElement, "transcript") is not { ValueKind: JsonValueKind.Array } transcript)
        {
            return true;
        }

        var expected = transcript.EnumerateArray()
            .Where(m => m.ValueKind == JsonValueKind.Object)
            .Select(m => Member(m, "text") is { ValueKind: JsonValueKind.String } text ? text
                : Member(m, "content") is { ValueKind: JsonValueKind.String } content ? content
                : (JsonElement?)null)
            .ToArray();
        var actual = scan.Messages.Select(m =>
            m.Text.Kind == JsonKind.String ? m.Text.In(line).GetString()
            : m.Content.Kind == JsonKind.String ? m.Content.In(line).GetString()
            : null).ToArray();
        return expected.Length == actual.Length && expected.Zip(actual).All(pair => pair.First is not { } value || !TryDecode(value, out var text) || text == pair.Second);
    }

    private static JsonElement? Member(JsonElement element, string name) =>
        element.EnumerateObject().Where(p => NameIs(p, name)).Select(p => (JsonElement?)p.Value).LastOrDefault();

    /// <summary>A name with a lone surrogate escape cannot be decoded by System.Text.Json, and is none of the names looked for.</summary>
    private static bool NameIs(JsonProperty property, string name)
    {
        try
        {
            return property.NameEquals(name);
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static bool TryDecode(JsonElement value, out string? text)
    {
        try
        {
            text = value.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            text = null;
            return false;
        }
    }

    private static byte[] MutateWith(byte[] line, Random random, byte[][] fragments, ref int multiByteCuts)
    {
        var bytes = new List<byte>(line);
        var at = random.Next(bytes.Count);
        switch (random.Next(4))
        {
            case 0:
                bytes.InsertRange(at, fragments[random.Next(fragments.Length)]);
                break;
            case 1:
                var fragment = fragments[random.Next(fragments.Length)];
                bytes.RemoveRange(at, Math.Min(fragment.Length, bytes.Count - at));
                bytes.InsertRange(at, fragment);
                break;
            case 2:
                // Cut a raw character in two, or drop the byte that starts it.
                var multiByte = bytes.FindIndex(at, b => b >= 0x80);
                if (multiByte >= 0)
                {
                    bytes.RemoveAt(multiByte + random.Next(2));
                    multiByteCuts++;
                }

                break;
            default:
                // Place a fragment inside a string value, where escapes and raw characters matter most.
                var quote = bytes.IndexOf((byte)'"', at);
                bytes.InsertRange(quote < 0 ? at : quote + 1, fragments[random.Next(fragments.Length)]);
                break;
        }

        return [.. bytes];
    }

    [Theory]
    [InlineData("""{"me\u0074a": {"conte\u0078t": "cr\u00e9dito"}, "transcript": [{"speak\u0065r": "cliente", "text": "a\"b\\c\/d\n\u00e9\ud83d\ude00"}]}""")]
    [InlineData("""{"meta": {"context": "x"}, "meta": {"context": "later"}, "transcript": [1], "transcript": [{"role": "user", "content": "y"}]}""")]
    public void Escaped_names_and_values_and_repeated_properties_read_as_system_text_json_reads_them(string json)
    {
        var line = Encoding.UTF8.GetBytes(json);
        var scan = new ConversationScan();

        Assert.Null(JsonLineScanner.Scan(line, scan));

        using var document = JsonDocument.Parse(line);
        var lastMeta = document.RootElement.EnumerateObject().Last(p => p.Name == "meta").Value;
        var lastTranscript = document.RootElement.EnumerateObject().Last(p => p.Name == "transcript").Value;
        Assert.Equal(lastMeta.GetProperty("context").GetString(), scan.Context.In(line).GetString());
        var message = Assert.Single(scan.Messages);
        var expected = lastTranscript[0].EnumerateObject().Last(p => p.Name is "text" or "content").Value.GetString();
        Assert.Equal(expected, (message.Text.Kind == JsonKind.String ? message.Text : message.Content).In(line).GetString());
    }

    private static bool IsValidJson(byte[] line)
    {
        if (!Utf8.IsValid(line))
        {
            return false;
        }

        try
        {
            using var _ = JsonDocument.Parse(line, Reference);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static byte[] Mutate(byte[] line, Random random, byte[] alphabet)
    {
        var bytes = new List<byte>(line);
        var at = random.Next(bytes.Count);
        switch (random.Next(5))
        {
            case 0:
                bytes.RemoveAt(at);
                break;
            case 1:
                bytes.Insert(at, alphabet[random.Next(alphabet.Length)]);
                break;
            case 2:
                bytes[at] = alphabet[random.Next(alphabet.Length)];
                break;
            case 3:
                bytes.RemoveRange(at, bytes.Count - at);
                break;
            default:
                var length = random.Next(1, Math.Min(40, bytes.Count - at) + 1);
                bytes.InsertRange(at, bytes.GetRange(at, length));
                break;
        }

        return [.. bytes];
    }
}
