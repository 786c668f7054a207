using AgentSupport.Prompts.Templates;
using AgentSupport.Prompts.Tests.Support;
using AgentSupport.Prompts.Validation;
namespace AgentSupport.Prompts.Tests.Security;

/// <summary>
/// Templates come from prompt engineers and, through candidates, from models: whatever they hold, validation or the
/// render stops them with a clear problem, within bounded time, memory and reach.
/// </summary>
public sealed class TemplateSandboxSecurityTests
{
    private const string File = "greeting/v1.scriban";
    private readonly PromptValidator _validator = new(KnownTools.All);

    [Theory]
    [InlineData("{{ while true }}x{{ end }}", "loop")]
    [InlineData("{{ func deeper(n); ret deeper(n + 1); end; deeper 0 }}", "recursive")]
    [InlineData("{{ for i in 1..999 }}{{ \"x\" * 100000 }}{{ end }}", "OutputLimit")]
    [InlineData("{{ \"x\" * 100000000 }}", "limit")]
    public void Runaway_templates_are_refused_at_validation_with_a_render_problem(string body, string reason)
    {
        var result = _validator.Validate(Sources.Version("greeting", 1, body), File, "greeting", 1);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(PromptProblemKind.Render, problem.Kind);
        Assert.Equal(10, problem.Line);
        Assert.Contains(reason, problem.Message, StringComparison.OrdinalIgnoreCase);
    }

    public static TheoryData<string> SlowBodies =>
    [
        // Catastrophic backtracking: one builtin call that no loop limit sees.
        "{{ regex.match ((\"a\" * 40) + \"!\") \"^(a+)+$\" }}",
        // Many loops, each within the loop limit, that together run for a long time.
        string.Concat(Enumerable.Repeat("{{ for i in 1..999 }}{{ s = \"ab\" | string.replace \"a\" \"b\" }}{{ end }}", 20_000)) + "x",
    ];

    [Theory]
    [MemberData(nameof(SlowBodies))]
    public void A_render_that_outlasts_its_time_budget_is_stopped_with_a_problem(string body)
    {
        var result = _validator.Validate(Sources.Version("greeting", 1, body), File, "greeting", 1);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(PromptProblemKind.Render, problem.Kind);
        Assert.Contains("took longer than 2 s", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ include '/etc/passwd' }}", "include")]
    [InlineData("{{ include '../../prompts/judge/v1.scriban' }}", "include")]
    [InlineData("{{ object.eval_template tone }}", "object.eval_template")]
    [InlineData("{{ tone | object.eval }}", "object.eval")]
    public void Templates_cannot_read_files_or_run_text_as_code(string body, string name)
    {
        var result = _validator.Validate(Sources.Version("greeting", 1, body), File, "greeting", 1);

        Assert.False(result.IsValid);
        Assert.Contains(result.Problems, p => p.Line == 10 && p.Message.Contains($"'{name}' is not available", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_from_a_variable_is_never_evaluated_even_through_an_alias()
    {
        var result = _validator.Validate(Sources.Version("greeting", 1, "{{ o = object }}{{ o.eval_template tone }}"), File, "greeting", 1);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(PromptProblemKind.Render, problem.Kind);
    }

    [Fact]
    public void A_version_keeps_rendering_after_another_ran_into_a_limit()
    {
        var runaway = _validator.Validate(Sources.Version("greeting", 1, "{{ while true }}x{{ end }}"), File, "greeting", 1);
        var fine = _validator.Validate(Sources.Version("greeting", 1, "Hola {{ tone }}"), File, "greeting", 1);

        Assert.False(runaway.IsValid);
        Assert.Equal("Hola {{ 7*7 }}\n", fine.Version!.Render(new PromptVariables { Tone = "{{ 7*7 }}" }));
    }
}
