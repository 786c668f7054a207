using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace AgentSupport.Workbench.Loop.Proposals;

/// <summary>
/// Checks a proposer reply: parseable JSON (a cut-off reply is named as such), the five-part schema
/// (<c>proposal.schema.json</c>), tool names the application knows, and, through <see cref="CandidateCheck"/>, that the
/// prompt patch yields a valid prompt version. Each error names where it is, so the model can be asked to fix it.
/// </summary>
public sealed class ProposalValidator
{
    private const string SchemaResource = "AgentSupport.Workbench.proposal.schema.json";

    private static readonly Lazy<JsonSchema> Schema = new(LoadSchema);

    private readonly IReadOnlySet<string> _knownTools;

    /// <param name="knownTools">Tool names <c>policy.enabled_tools</c> may use (the plugin catalog).</param>
    public ProposalValidator(IReadOnlySet<string> knownTools) => _knownTools = knownTools;

    /// <summary>Extra check of the prompt changes (e.g. compose and validate the candidate template); returns its problems.</summary>
    public Func<PromptChanges, IReadOnlyList<string>>? CandidateCheck { get; init; }

    /// <param name="reply">The model's text.</param>
    /// <param name="cutOff">The provider said the reply stopped at the output token limit.</param>
    public ProposalValidation Validate(string reply, bool cutOff = false)
    {
        var text = StripFence(reply);
        if (text.Length == 0)
        {
            return ProposalValidation.Invalid(cutOff ? "The reply is empty: it was cut off at the output token limit." : "The reply is empty; a JSON object was expected.");
        }

        if (text[0] is not ('{' or '['))
        {
            // A cut-off object still starts like one; prose does not, whatever quotes or braces it holds further on.
            return ProposalValidation.Invalid(
                $"The reply is prose, not JSON: it starts with \"{Opening(text)}\". Return only the JSON object, starting with {{ and with no text before or after it.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException ex)
        {
            return ProposalValidation.Invalid(cutOff || LooksTruncated(text)
                ? $"The JSON is truncated (it ends before every object and string is closed, at line {ex.LineNumber + 1}); return the whole object, more concisely if needed."
                : $"Invalid JSON at line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}: {FirstSentence(ex.Message)}");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return ProposalValidation.Invalid($"The reply is a JSON {document.RootElement.ValueKind.ToString().ToLowerInvariant()}, not an object.");
            }

            // Every problem at once, so one retry can fix them all: unknown tools are named even when the schema fails too.
            var results = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            var unknownTools = UnknownTools(document.RootElement).ToArray();
            if (!results.IsValid)
            {
                return ProposalValidation.Invalid([.. SchemaErrors(results), .. unknownTools]);
            }

            var proposal = document.RootElement.Deserialize(ProposalJsonContext.Default.Proposal)!;
            var errors = unknownTools.Concat(CandidateCheck?.Invoke(proposal.PromptChanges) ?? []).ToArray();
            return errors.Length > 0
                ? ProposalValidation.Invalid(errors)
                : new ProposalValidation(proposal, JsonNode.Parse(document.RootElement.GetRawText())!.AsObject(), []);
        }
    }

    private IEnumerable<string> UnknownTools(JsonElement root) =>
        EnabledTools(root)
            .Where(tool => !_knownTools.Contains(tool))
            .Select(tool => $"/prompt_changes/policy/enabled_tools: unknown tool '{tool}'; known tools: {string.Join(", ", _knownTools.Order(StringComparer.Ordinal))}.");

    private static IEnumerable<string> EnabledTools(JsonElement root) =>
        root.TryGetProperty("prompt_changes", out var changes) && changes.ValueKind == JsonValueKind.Object
        && changes.TryGetProperty("policy", out var policy) && policy.ValueKind == JsonValueKind.Object
        && policy.TryGetProperty("enabled_tools", out var tools) && tools.ValueKind == JsonValueKind.Array
            ? tools.EnumerateArray().Where(tool => tool.ValueKind == JsonValueKind.String).Select(tool => tool.GetString()!)
            : [];

    /// <summary>The reply's first words, for the model to recognise what it sent.</summary>
    private static string Opening(string text)
    {
        var line = text.Split('\n', 2)[0].Trim();
        return line.Length <= 60 ? line : line[..60] + "…";
    }

    private static string[] SchemaErrors(EvaluationResults results)
    {
        var errors = (results.Details ?? [])
            .Where(detail => detail.Errors is { Count: > 0 })
            .SelectMany(detail => detail.Errors!.Select(error => $"{Location(detail.InstanceLocation.ToString())}: {error.Value}"))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        return errors.Length > 0 ? errors : ["The JSON does not match the proposal schema."];
    }

    private static string Location(string pointer) => pointer.Length == 0 ? "(root)" : pointer;

    /// <summary>Models often wrap JSON in a markdown fence despite being told not to; the content is what counts.</summary>
    private static string StripFence(string reply)
    {
        var text = reply.Trim();
        if (!text.StartsWith("```", StringComparison.Ordinal))
        {
            return text;
        }

        var firstLineEnd = text.IndexOf('\n');
        if (firstLineEnd < 0)
        {
            return "";
        }

        text = text[(firstLineEnd + 1)..];
        return (text.EndsWith("```", StringComparison.Ordinal) ? text[..^3] : text).Trim();
    }

    /// <summary>True when the text ends inside a string or with objects or arrays still open.</summary>
    private static bool LooksTruncated(string text)
    {
        var (depth, inString, escaped) = (0, false, false);
        foreach (var c in text)
        {
            if (inString)
            {
                (escaped, inString) = escaped ? (false, true) : (c == '\\', c != '"');
                continue;
            }

            switch (c)
            {
                case '"':
                    inString = true;
                    break;
                case '{' or '[':
                    depth++;
                    break;
                case '}' or ']':
                    depth--;
                    break;
            }
        }

        return inString || depth > 0;
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message;
    }

    private static JsonSchema LoadSchema()
    {
        using var stream = typeof(ProposalValidator).Assembly.GetManifestResourceStream(SchemaResource)
            ?? throw new InvalidOperationException($"The embedded proposal schema {SchemaResource} is missing from the build.");
        using var reader = new StreamReader(stream);
        return JsonSchema.FromText(reader.ReadToEnd());
    }
}
