using System.Security.Cryptography;
using System.Text;
using AgentSupport.Prompts.Templates;
using Scriban;
using Scriban.Parsing;

namespace AgentSupport.Prompts.Validation;

/// <summary>
/// Checks a prompt file before it is stored or served: front matter, identity against the path,
/// enabled tools, Scriban syntax, variables, and a render with sample values in every language the
/// version declares. Every problem carries the file, 1-based line and column.
/// </summary>
public sealed class PromptValidator
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly DateTimeOffset SampleNow = new(2025, 10, 28, 10, 50, 0, TimeSpan.FromHours(-6));

    private static readonly CustomerProfile SampleCustomer = new(
        "Ana López",
        ["Nissan Versa 2019", "Mazda 3 2021"],
        ["TCK-1042: inspección pendiente de reprogramar"]);

    public PromptValidator(IEnumerable<string> knownTools, PromptVariableRules? variables = null)
    {
        ArgumentNullException.ThrowIfNull(knownTools);
        KnownTools = knownTools.ToHashSet(StringComparer.Ordinal);
        Variables = variables ?? PromptVariableRules.Shipped;
    }

    /// <summary>Tool names enabled_tools may use (the application's plugins).</summary>
    public IReadOnlySet<string> KnownTools { get; }

    public PromptVariableRules Variables { get; }

    /// <summary>Validates the text of a stored version file, whose id and version must match its path.</summary>
    public PromptValidationResult Validate(string source, string file, string expectedId, int expectedVersion) =>
        Validate(Encoding.UTF8.GetBytes(source), file, expectedId, expectedVersion);

    /// <summary>
    /// Validates a version someone is about to create. The store stamps id, version, author, created and
    /// parent, so they may be left out; an id that is present must match. The returned version is numbered 0.
    /// </summary>
    public PromptValidationResult ValidateDraft(string promptId, string source, string file = "<draft>")
    {
        PromptNames.EnsurePromptId(promptId);
        return ValidateText(StripBom(source), Hash(Encoding.UTF8.GetBytes(source)), file, promptId, expectedVersion: null);
    }

    internal PromptValidationResult Validate(byte[] bytes, string file, string expectedId, int expectedVersion)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var (line, column) = Position(bytes, e.Index);
            return new PromptValidationResult(null, [new PromptProblem(PromptProblemKind.Encoding, file, line, column, "the file is not valid UTF-8")]);
        }

        return ValidateText(StripBom(text), Hash(bytes), file, expectedId, expectedVersion);
    }

    internal static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private PromptValidationResult ValidateText(string text, string hash, string file, string promptId, int? expectedVersion)
    {
        var problems = new List<PromptProblem>();
        var isDraft = expectedVersion is null;
        var frontMatter = FrontMatterParser.Parse(text, file, problems);
        if (frontMatter is null)
        {
            return Failed(problems);
        }

        var metadata = PromptMetadataReader.Read(frontMatter, file, isDraft ? promptId : null, problems);
        if (metadata is not null)
        {
            CheckIdentity(frontMatter, metadata, file, promptId, expectedVersion, problems);
            CheckTools(frontMatter, file, problems);
        }

        var bodyOffset = frontMatter.ClosingLine;
        var template = Template.Parse(frontMatter.Body, file);
        foreach (var message in template.Messages.Where(message => message.Type == ParserMessageType.Error))
        {
            problems.Add(new PromptProblem(PromptProblemKind.Syntax, file, bodyOffset + message.Span.Start.Line + 1, message.Span.Start.Column + 1, message.Message));
        }

        if (!template.HasErrors && template.Page is { } page)
        {
            foreach (var (start, message) in TemplateVariableChecker.Check(page, Variables.AllowedFor(promptId)))
            {
                problems.Add(new PromptProblem(PromptProblemKind.UnknownVariable, file, bodyOffset + start.Line + 1, start.Column + 1, message));
            }
        }

        if (problems.Count > 0 || metadata is null)
        {
            return Failed(problems);
        }

        var identity = isDraft ? metadata with { Id = promptId } : metadata;
        var extras = Variables.ExtraSamplesFor(promptId);
        var version = new PromptVersion(identity, text, frontMatter.Body, hash, file, template, bodyOffset, extras.Keys.ToArray());
        CheckSampleRenders(version, extras, frontMatter.ClosingLine + 1, problems);
        return problems.Count > 0 ? Failed(problems) : new PromptValidationResult(version, []);
    }

    private static void CheckIdentity(FrontMatter frontMatter, PromptMetadata metadata, string file, string promptId, int? expectedVersion, List<PromptProblem> problems)
    {
        if (frontMatter.Find("id") is { } id && metadata.Id != promptId)
        {
            problems.Add(new PromptProblem(PromptProblemKind.IdentityMismatch, file, id.Line, id.ValueColumn,
                $"id '{metadata.Id}' does not match the prompt folder '{promptId}'"));
        }

        if (expectedVersion is { } expected && frontMatter.Find("version") is { } version && metadata.Version != expected)
        {
            problems.Add(new PromptProblem(PromptProblemKind.IdentityMismatch, file, version.Line, version.ValueColumn,
                $"version {metadata.Version} does not match the file name {PromptNames.VersionFileName(expected)}"));
        }

        if (metadata.Parent is { } parent && expectedVersion is { } own && parent >= own)
        {
            var entry = frontMatter.Find("parent")!;
            problems.Add(new PromptProblem(PromptProblemKind.FrontMatter, file, entry.Line, entry.ValueColumn,
                $"parent {parent} must be an earlier version than {own}"));
        }
    }

    private void CheckTools(FrontMatter frontMatter, string file, List<PromptProblem> problems)
    {
        var entry = frontMatter.Find("enabled_tools");
        if (entry?.Items is null)
        {
            return;
        }

        foreach (var item in entry.Items.Where(item => !KnownTools.Contains(item.Value)))
        {
            var suggestion = KnownTools.FirstOrDefault(tool => string.Equals(tool, item.Value, StringComparison.OrdinalIgnoreCase));
            var hint = suggestion is null ? $"known tools: {string.Join(", ", KnownTools.Order(StringComparer.Ordinal))}" : $"did you mean '{suggestion}'?";
            problems.Add(new PromptProblem(PromptProblemKind.UnknownTool, file, entry.Line, item.Column, $"unknown tool '{item.Value}' in enabled_tools; {hint}"));
        }
    }

    private static void CheckSampleRenders(PromptVersion version, IReadOnlyDictionary<string, object?> extras, int bodyLine, List<PromptProblem> problems)
    {
        foreach (var language in version.Policy.Languages)
        {
            PromptVariables[] samples =
            [
                new() { Context = "buying", Channel = "whatsapp", Language = language, Customer = SampleCustomer, Now = SampleNow, Extra = extras },
                new() { Context = "warranty", Tone = "formal", Channel = "email", Language = language, Customer = null, Now = SampleNow, Extra = extras },
            ];

            foreach (var sample in samples)
            {
                var situation = $"language '{language}', channel '{sample.Channel}', {(sample.Customer is null ? "no customer" : "with a customer")}";
                try
                {
                    if (string.IsNullOrWhiteSpace(version.Render(sample)))
                    {
                        problems.Add(new PromptProblem(PromptProblemKind.Render, version.File, bodyLine, 1, $"the template renders to empty text ({situation})"));
                        return;
                    }
                }
                catch (PromptRenderException e)
                {
                    var hint = sample.Customer is null && e.Reason.Contains("customer", StringComparison.Ordinal)
                        ? " (there may be no signed-in customer: guard with {{ if customer }} or use customer?.name)"
                        : "";
                    problems.Add(new PromptProblem(PromptProblemKind.Render, version.File, e.Line, e.Column,
                        $"rendering with sample values failed ({situation}): {e.Reason}{hint}"));
                    return;
                }
            }
        }
    }

    private static PromptValidationResult Failed(List<PromptProblem> problems) =>
        new(null, problems.OrderBy(problem => problem.Line).ThenBy(problem => problem.Column).ToArray());

    private static string StripBom(string text) => text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;

    private static (int Line, int Column) Position(byte[] bytes, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }
}
