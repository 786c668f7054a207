using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using AgentSupport.Workbench.Analysis;
using AgentSupport.Workbench.Tests.Support;

namespace AgentSupport.Workbench.Tests.Analysis;

/// <summary>The hand-written scanner checked against System.Text.Json, the reference reader of RFC 8259 JSON.</summary>
public sealed class JsonLineScannerTests
{
    private static readonly JsonDocumentOptions Reference = new() { MaxDepth = 256 };

    private static IEnumerable<byte[]> SampleLines() =>
        File.ReadLines(RepositoryPaths.SeedSample).Take(150).Concat(File.ReadLines(RepositoryPaths.RolesSample)).Select(Encoding.UTF8.GetBytes);

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
