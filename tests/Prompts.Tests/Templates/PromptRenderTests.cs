using AgentSupport.Prompts.Templates;
using AgentSupport.Prompts.Tests.Support;
using AgentSupport.Prompts.Validation;
namespace AgentSupport.Prompts.Tests.Templates;

public sealed class PromptRenderTests
{
    private static readonly DateTimeOffset Tuesday = new(2025, 10, 28, 10, 50, 0, TimeSpan.FromHours(-6));

    private static PromptVersion Compile(string body, string promptId = "greeting", PromptVariableRules? rules = null, string tools = "[Tickets, Scheduling]")
    {
        var result = new PromptValidator(KnownTools.All, rules).Validate(Sources.Version(promptId, 1, body, tools: tools), $"{promptId}/v1.scriban", promptId, 1);
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        return result.Version!;
    }

    [Fact]
    public void Renders_every_standard_variable()
    {
        var version = Compile(
            "{{ context }}|{{ tone }}|{{ channel }}|{{ language }}|{{ customer?.name }}|{{ customer?.cars | array.join ',' }}|"
            + "{{ customer?.open_tickets.size }}|{{ now | date.to_string '%Y-%m-%d %H:%M' }}|{{ policy.max_turns }}|{{ policy.enabled_tools | array.join ',' }}");

        var text = version.Render(new PromptVariables
        {
            Context = "credit",
            Tone = "formal",
            Channel = "email",
            Language = "en",
            Customer = new CustomerProfile("Ana", ["Versa 2019", "Kwid 2020"], ["TCK-1"]),
            Now = Tuesday,
        });

        Assert.Equal("credit|formal|email|en|Ana|Versa 2019,Kwid 2020|1|2025-10-28 10:50|6|Tickets,Scheduling\n", text);
    }

    [Fact]
    public void Empty_tone_falls_back_to_the_policy_default()
    {
        var result = new PromptValidator(KnownTools.All).Validate(
            "---\nid: greeting\nversion: 1\ndescription: d\nauthor: a\ncreated: 2026-01-15\ndefault_tone: empático\n---\n{{ tone }}", "greeting/v1.scriban", "greeting", 1);

        Assert.Equal("empático", result.Version!.Render(new PromptVariables { Tone = "" }));
        Assert.Equal("directo", result.Version.Render(new PromptVariables { Tone = "directo" }));
    }

    [Theory]
    [InlineData("es", "martes 28 octubre\n")]
    [InlineData("en", "Tuesday 28 October\n")]
    public void Dates_use_the_conversation_language(string language, string expected)
    {
        var version = Compile("{{ now | date.to_string '%A %d %B' }}");

        Assert.Equal(expected, version.Render(new PromptVariables { Language = language, Now = Tuesday }));
    }

    [Fact]
    public void Extras_are_rendered_and_missing_ones_are_null()
    {
        var version = Compile("{{ goal ?? 'sin objetivo' }} / {{ persona ?? 'sin persona' }}", "customer-simulator", PromptVariableRules.Shipped, "[]");

        var text = version.Render(new PromptVariables { Extra = new Dictionary<string, object?> { ["goal"] = "saber la fecha de pago" } });

        Assert.Equal("saber la fecha de pago / sin persona\n", text);
    }

    [Fact]
    public void An_extra_cannot_hide_a_standard_variable()
    {
        var version = Compile("{{ context }}");

        var error = Assert.Throws<ArgumentException>(() => version.Render(new PromptVariables { Extra = new Dictionary<string, object?> { ["context"] = "x" } }));

        Assert.Contains("'context'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_failure_with_real_values_carries_the_file_position()
    {
        // Two cars (the validation sample) stay under the loop limit; three do not.
        var version = Compile("Autos:\n{{ for i in 1..((customer?.cars.size ?? 0) * 400) }}{{ end }}");

        var error = Assert.Throws<PromptRenderException>(() => version.Render(new PromptVariables
        {
            Customer = new CustomerProfile("Ana", ["Versa", "Kwid", "Beat"], []),
        }));

        Assert.Equal(("greeting/v1.scriban", 11, 14), (error.File, error.Line, error.Column));
        Assert.Equal("greeting/v1.scriban(11,14): " + error.Reason, error.Message);
        Assert.Contains("loop", error.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Renders_concurrently_from_one_parsed_template()
    {
        var version = Compile("{{ customer?.name }} {{ context }}");

        var texts = Enumerable.Range(0, 200).AsParallel()
            .Select(i => version.Render(new PromptVariables { Context = $"c{i}", Customer = new CustomerProfile($"n{i}", [], []) }))
            .ToArray();

        Assert.Equal(Enumerable.Range(0, 200).Select(i => $"n{i} c{i}\n"), texts.OrderBy(text => int.Parse(text.Split(' ')[1][1..].Trim())));
    }
}
