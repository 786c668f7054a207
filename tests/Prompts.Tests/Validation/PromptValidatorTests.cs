using System.Text;
using AgentSupport.Prompts.Templates;
using AgentSupport.Prompts.Tests.Support;
using AgentSupport.Prompts.Validation;

namespace AgentSupport.Prompts.Tests.Validation;

public sealed class PromptValidatorTests
{
    private readonly PromptValidator _validator = new(KnownTools.All);

    private const string File = "greeting/v1.scriban";

    [Fact]
    public void Valid_template_yields_a_version_with_metadata_policy_and_hash()
    {
        const string source = """
            ---
            id: greeting
            version: 1
            description: "Greets: the customer"
            author: Ana Pérez
            created: 2026-01-15
            parent:
            enabled_tools: [Tickets, Scheduling]
            max_turns: 4
            escalate_after_failed_tools: 1
            default_tone: empático
            languages: [es]
            stop_marker: "[[END]]"
            response_format: json
            temperature: 0.2
            ---
            Hola {{ customer?.name }}
            """;

        var result = _validator.Validate(source, File, "greeting", 1);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        var version = result.Version!;
        Assert.Equal("greeting", version.Id);
        Assert.Equal(1, version.Number);
        Assert.Equal("Greets: the customer", version.Metadata.Description);
        Assert.Equal("Ana Pérez", version.Metadata.Author);
        Assert.Equal(new DateOnly(2026, 1, 15), version.Metadata.Created);
        Assert.Null(version.Metadata.Parent);
        Assert.Equal(["Tickets", "Scheduling"], version.Policy.EnabledTools);
        Assert.Equal(4, version.Policy.MaxTurns);
        Assert.Equal(1, version.Policy.EscalateAfterFailedTools);
        Assert.Equal("empático", version.Policy.DefaultTone);
        Assert.Equal(["es"], version.Policy.Languages);
        Assert.Equal("[[END]]", version.Policy.StopMarker);
        Assert.Equal(PromptResponseFormat.Json, version.Policy.ResponseFormat);
        Assert.Equal(0.2, version.Policy.Temperature);
        Assert.Equal("Hola {{ customer?.name }}", version.Body);
        Assert.Equal(source, version.Source);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(source))), version.ContentHash);
    }

    [Fact]
    public void Policy_knobs_default_when_left_out()
    {
        var result = _validator.Validate(Sources.Version("greeting", 1, "Hola"), File, "greeting", 1);

        var policy = result.Version!.Policy;
        Assert.Equal(6, policy.MaxTurns);
        Assert.Equal(2, policy.EscalateAfterFailedTools);
        Assert.Null(policy.DefaultTone);
        Assert.Equal(["es", "en"], policy.Languages);
        Assert.Equal(PromptResponseFormat.Text, policy.ResponseFormat);
    }

    [Fact]
    public void Locally_defined_names_loops_functions_and_builtins_are_accepted()
    {
        const string body = """
            {{ greeting = language == "en" ? "Hi" : "Hola" }}{{ greeting }}
            {{ if customer }}{{ for car in customer.cars }}{{ for.index }} {{ car | string.upcase }}{{ end }}{{ end }}
            {{ capture closing }}Saludos{{ end }}{{ closing }}
            {{ func shout(text) }}{{ ret text + "!" }}{{ end }}{{ shout "ok" }}
            {{ labels = { es: "hoy", en: "today" } }}{{ labels[language] }} {{ now | date.to_string "%F" }}
            {{ policy.enabled_tools | array.each @(do; ret $0 | string.downcase; end) | array.join ", " }}
            """;

        var result = _validator.Validate(Sources.Version("greeting", 1, body), File, "greeting", 1);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
    }

    [Fact]
    public void Missing_front_matter_is_reported_on_line_1()
    {
        var problem = Assert.Single(_validator.Validate("Hola {{ customer.name }}\n", File, "greeting", 1).Problems);

        Assert.Equal(new PromptProblem(PromptProblemKind.FrontMatter, File, 1, 1,
            "a prompt file must start with a front matter block: '---' on line 1"), problem);
    }

    [Fact]
    public void Unclosed_front_matter_is_reported()
    {
        var problem = Assert.Single(_validator.Validate("---\nid: greeting\nversion: 1\nHola\n", File, "greeting", 1).Problems);

        Assert.Equal(PromptProblemKind.FrontMatter, problem.Kind);
        Assert.Equal((1, 1), (problem.Line, problem.Column));
        Assert.Contains("never closed", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_front_matter_values_are_reported_at_their_line_and_column()
    {
        const string source = """
            ---
            id: greeting
            version: 1
            description: Greets
            author: tester
            created: 15/01/2026
            max_turns: muchos
            max_turn: 3
            languages: [es, english]
            ---
            Hola
            """;

        var problems = _validator.Validate(source, File, "greeting", 1).Problems;

        Assert.All(problems, problem => Assert.Equal(PromptProblemKind.FrontMatter, problem.Kind));
        Assert.Equal(
            [(6, 10), (7, 12), (8, 1), (9, 17)],
            problems.Select(problem => (problem.Line, problem.Column)));
        Assert.Equal("'created' must be an ISO date (yyyy-MM-dd), found '15/01/2026'", problems[0].Message);
        Assert.Equal("'max_turns' must be a whole number from 1 to 100, found 'muchos'", problems[1].Message);
        Assert.StartsWith("unknown key 'max_turn'", problems[2].Message, StringComparison.Ordinal);
        Assert.Equal("'english' is not a language code like es or en", problems[3].Message);
    }

    [Fact]
    public void Front_matter_that_is_not_yaml_is_reported_at_its_line()
    {
        var problem = Assert.Single(_validator.Validate("---\nid: greeting\nversion: 1\nthis line has no key\n---\nHola\n", File, "greeting", 1).Problems);

        Assert.Equal(PromptProblemKind.FrontMatter, problem.Kind);
        Assert.Equal(4, problem.Line);
        Assert.StartsWith("not valid YAML: ", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_required_key_is_reported_at_the_closing_delimiter()
    {
        var problem = Assert.Single(_validator.Validate("---\nid: greeting\nversion: 1\ndescription: d\ncreated: 2026-01-15\n---\nHola\n", File, "greeting", 1).Problems);

        Assert.Equal(new PromptProblem(PromptProblemKind.FrontMatter, File, 6, 1, "missing required key 'author'"), problem);
    }

    [Fact]
    public void Scriban_syntax_error_is_reported_at_its_file_line_and_column()
    {
        var source = Sources.Version("greeting", 1, "Hola {{ customer.name }}\nTotal: {{ 1 + }}");

        var problem = Assert.Single(_validator.Validate(source, File, "greeting", 1).Problems);

        Assert.Equal(PromptProblemKind.Syntax, problem.Kind);
        Assert.Equal(File, problem.File);
        Assert.Equal((11, 15), (problem.Line, problem.Column));
        Assert.Contains("Expecting an <expression> to the right of the operator", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_variables_are_reported_at_each_use_with_the_allowed_set()
    {
        var source = Sources.Version("greeting", 1, "Hola {{ customer.name }}\nTu tono: {{ tono }} en {{ canal | string.upcase }}\n{{ x }}{{ x = 1 }}");

        var problems = _validator.Validate(source, File, "greeting", 1).Problems;

        Assert.All(problems, problem => Assert.Equal(PromptProblemKind.UnknownVariable, problem.Kind));
        Assert.Equal([(11, 13), (11, 27), (12, 4)], problems.Select(problem => (problem.Line, problem.Column)));
        Assert.Equal(
            "unknown variable 'tono'; this prompt may use: channel, context, customer, language, now, policy, tone (or define it in the template first)",
            problems[0].Message);
    }

    [Fact]
    public void Member_names_after_a_dot_are_not_variables()
    {
        var result = _validator.Validate(Sources.Version("greeting", 1, "Tickets: {{ customer?.open_tickets.size }} {{ policy.unknown_knob }}"), File, "greeting", 1);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
    }

    [Theory]
    [InlineData("{{ with customer }}{{ name }}{{ end }}", "'with' is not supported")]
    [InlineData("{{ import customer }}", "'import' is not supported")]
    [InlineData("{{ include 'other' }}", "'include' is not available")]
    public void Constructs_whose_names_cannot_be_checked_are_rejected(string body, string message)
    {
        var problem = Assert.Single(_validator.Validate(Sources.Version("greeting", 1, body), File, "greeting", 1).Problems);

        Assert.Equal((10, 4), (problem.Line, problem.Column));
        Assert.StartsWith(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Allowed_variables_are_configurable_per_prompt()
    {
        var source = Sources.Version("greeting", 1, "{{ persona }} wants {{ goal }}");
        var standard = new PromptValidator(KnownTools.All, PromptVariableRules.Standard);
        var extended = new PromptValidator(KnownTools.All, PromptVariableRules.Standard.WithExtras("greeting", "persona", "goal"));

        Assert.Equal(2, standard.Validate(source, File, "greeting", 1).Problems.Count);
        Assert.True(extended.Validate(source, File, "greeting", 1).IsValid);
        Assert.Equal(2, extended.Validate(source.Replace("greeting", "farewell", StringComparison.Ordinal), "farewell/v1.scriban", "farewell", 1).Problems.Count);
    }

    [Fact]
    public void Unknown_tool_is_reported_at_the_item_with_a_hint()
    {
        var source = Sources.Version("greeting", 1, "Hola", tools: "[Tickets, Teleport, offerin24]");

        var problems = _validator.Validate(source, File, "greeting", 1).Problems;

        Assert.Equal(2, problems.Count);
        Assert.Equal(new PromptProblem(PromptProblemKind.UnknownTool, File, 8, 26,
            "unknown tool 'Teleport' in enabled_tools; known tools: CreditPrequalification, DocumentsKyc, InspectionRescheduler, InspectionStatus, OfferIn24, PayoutTracker, Scheduling, Tickets, WarrantyCoverage"),
            problems[0]);
        Assert.Equal(new PromptProblem(PromptProblemKind.UnknownTool, File, 8, 36, "unknown tool 'offerin24' in enabled_tools; did you mean 'OfferIn24'?"), problems[1]);
    }

    [Fact]
    public void Id_and_version_must_match_the_path()
    {
        var source = Sources.Version("farewell", 2, "Hola");

        var problems = _validator.Validate(source, File, "greeting", 1).Problems;

        Assert.Equal(
            [
                new PromptProblem(PromptProblemKind.IdentityMismatch, File, 2, 5, "id 'farewell' does not match the prompt folder 'greeting'"),
                new PromptProblem(PromptProblemKind.IdentityMismatch, File, 3, 10, "version 2 does not match the file name v1.scriban"),
            ],
            problems);
    }

    [Fact]
    public void Parent_must_be_an_earlier_version()
    {
        var problem = Assert.Single(_validator.Validate(Sources.Version("greeting", 2, "Hola", parent: 2), "greeting/v2.scriban", "greeting", 2).Problems);

        Assert.Equal((7, 9, "parent 2 must be an earlier version than 2"), (problem.Line, problem.Column, problem.Message));
    }

    [Fact]
    public void A_template_that_fails_when_rendered_with_sample_values_is_rejected()
    {
        var source = Sources.Version("greeting", 1, "Hola\n  {{ for i in 1..5000 }}{{ end }}");

        var problem = Assert.Single(_validator.Validate(source, File, "greeting", 1).Problems);

        Assert.Equal(PromptProblemKind.Render, problem.Kind);
        Assert.Equal((11, 16), (problem.Line, problem.Column));
        Assert.StartsWith("rendering with sample values failed (language 'es', channel 'whatsapp', with a customer):", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_must_render_when_no_customer_is_signed_in()
    {
        var problem = Assert.Single(_validator.Validate(Sources.Version("greeting", 1, "Hola\n{{ customer.name }}"), File, "greeting", 1).Problems);

        Assert.Equal((PromptProblemKind.Render, 11, 13), (problem.Kind, problem.Line, problem.Column));
        Assert.Equal(
            "rendering with sample values failed (language 'es', channel 'email', no customer): Cannot get the member customer.name for a null object. "
            + "(there may be no signed-in customer: guard with {{ if customer }} or use customer?.name)",
            problem.Message);
    }

    [Fact]
    public void A_template_that_renders_to_nothing_is_rejected()
    {
        var problem = Assert.Single(_validator.Validate(Sources.Version("greeting", 1, "{{ if false }}Hola{{ end }}   "), File, "greeting", 1).Problems);

        Assert.Equal((PromptProblemKind.Render, 10, 1), (problem.Kind, problem.Line, problem.Column));
        Assert.StartsWith("the template renders to empty text", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_is_reported_at_the_bad_byte()
    {
        var bytes = Encoding.UTF8.GetBytes(Sources.Version("greeting", 1, "Hola\nad\u00f3s"));
        var index = Array.LastIndexOf(bytes, (byte)0xC3);
        bytes[index] = 0xFF;

        var problem = Assert.Single(_validator.Validate(bytes, File, "greeting", 1).Problems);

        Assert.Equal(new PromptProblem(PromptProblemKind.Encoding, File, 11, 3, "the file is not valid UTF-8"), problem);
    }

    [Fact]
    public void Draft_may_leave_out_the_fields_the_store_stamps()
    {
        const string draft = "---\ndescription: Draft\nenabled_tools: [Tickets]\n---\nHola {{ customer?.name }}\n";

        var result = _validator.ValidateDraft("greeting", draft);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal(("greeting", 0), (result.Version!.Id, result.Version.Number));
    }

    [Fact]
    public void Draft_with_another_prompts_id_is_rejected()
    {
        var problem = Assert.Single(_validator.ValidateDraft("greeting", "---\nid: farewell\ndescription: Draft\n---\nHola\n").Problems);

        Assert.Equal((PromptProblemKind.IdentityMismatch, 2, 5), (problem.Kind, problem.Line, problem.Column));
    }

    [Fact]
    public void Problem_prints_like_a_compiler_message()
    {
        Assert.Equal("greeting/v1.scriban(11,15): oops", new PromptProblem(PromptProblemKind.Syntax, File, 11, 15, "oops").ToString());
    }
}
