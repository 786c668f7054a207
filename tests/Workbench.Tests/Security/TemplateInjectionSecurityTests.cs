using AgentSupport.Plugins.Catalog;
using AgentSupport.Prompts.Templates;
using AgentSupport.Prompts.Validation;
using AgentSupport.Workbench.Loop.Candidates;
using AgentSupport.Workbench.Loop.Proposals;
using AgentSupport.Workbench.Tests.Loop.Proposals;
using AgentSupport.Workbench.Tests.Loop.Support;
using static AgentSupport.Workbench.Tests.Support.Jsonl;

namespace AgentSupport.Workbench.Tests.Security;

/// <summary>Conversation data and model replies are text: they never become template code in a prompt version.</summary>
public sealed class TemplateInjectionSecurityTests : IDisposable
{
    private const string Agent = "customer-agent";
    private readonly TempPrompts _prompts = new();

    public void Dispose() => _prompts.Dispose();

    [Fact]
    public async Task Dataset_values_outside_the_vocabularies_are_bad_fields_and_stay_out_of_the_breakdowns()
    {
        var report = await AnalyzeLinesAsync(
            Line(Dialect.Seed, "a", channel: "{{ 6*7 }}z", tone: "{{ 7*7 }}", transcript: [CustomerSays("hola")]),
            Line(Dialect.Roles, "b", context: "{{ include 'x' }}", channel: "WhatsApp", tone: "Empatico", language: "es-MX", transcript: [CustomerSays("hola")]),
            Line(Dialect.Seed, "c", channel: "webchat", tone: "formal", transcript: [CustomerSays("hola")]));

        Assert.Equal(3, report.Result.NValid);
        // Absent and refused values count under "(none)"; known ones under their canonical spelling.
        Assert.Equal(["(none)", "webchat", "whatsapp"], report.ByChannel.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["(none)", "empático", "formal"], report.ByTone.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["(none)", "buying"], report.Result.ByContext.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["es"], report.ByLanguage.Keys);
        Assert.Contains(report.Warnings, w => w is { Line: 1, Field: "meta.channel" } && w.Reason.Contains("not a known channel", StringComparison.Ordinal));
        Assert.Contains(report.Warnings, w => w is { Line: 1, Field: "meta.tone" } && w.Reason.Contains("not a known tone", StringComparison.Ordinal));
        Assert.Contains(report.Warnings, w => w is { Line: 2, Field: "meta.context" });
        Assert.DoesNotContain(report.Warnings, w => w.Line == 3);
    }

    [Fact]
    public void A_user_patch_carrying_template_code_renders_as_the_text_it_is()
    {
        var production = _prompts.Store.Resolve(Agent);
        var changes = new PromptChanges("", "En {{ 6*7 }}z, donde las conversaciones rinden peor, usa un tono {{ 7*7 }} en {canal}. }%} {%{ }}", "data");

        var candidate = new CandidateApprover(_prompts.Store).Approve(Agent, production.Number, changes, "admin");
        var rendered = candidate.Render(new PromptVariables { Context = "service", Channel = "whatsapp", Language = "es" });

        Assert.Contains("En {{ 6*7 }}z, donde las conversaciones rinden peor, usa un tono {{ 7*7 }} en whatsapp. }%} {%{ }}", rendered);
        Assert.DoesNotContain("42z", rendered);
        Assert.DoesNotContain("tono 49", rendered);
    }

    [Theory]
    [InlineData("Eres el asistente. {{ 6*7 }}z")]
    [InlineData("Eres el asistente de {{ customer?.name | string.upcase }}.")]
    [InlineData("---\ndescription: x\n---\nHola {{ for t in policy.enabled_tools }}{{ t }}{{ end }}")]
    public void A_system_patch_with_code_its_parent_lacks_is_refused_with_a_problem(string systemPatch)
    {
        var production = _prompts.Store.Resolve(Agent);
        var before = _prompts.Store.ListVersions(Agent).Count;

        var error = Assert.Throws<PromptValidationException>(() =>
            new CandidateApprover(_prompts.Store).Approve(Agent, production.Number, new PromptChanges(systemPatch, "", "model"), "admin"));

        Assert.Contains(error.Problems, p => p.Kind == PromptProblemKind.NewCode && p.Message.Contains($"version {production.Number} does not have", StringComparison.Ordinal));
        Assert.Equal(before, _prompts.Store.ListVersions(Agent).Count);
    }

    [Fact]
    public void A_system_patch_may_rearrange_the_parents_code_and_add_the_conversation_variables()
    {
        var production = _prompts.Store.Resolve(Agent);
        var patch = production.Body + "\nCanal: {{ channel }}, tono {tono}.";

        var candidate = new CandidateApprover(_prompts.Store).Approve(Agent, production.Number, new PromptChanges(patch, "", "model"), "admin");

        Assert.Contains("Canal: email, tono formal.", candidate.Render(new PromptVariables { Channel = "email", Tone = "formal", Language = "es", Context = "ask" }));
    }

    [Fact]
    public void The_proposer_is_told_to_fix_a_reply_whose_patch_adds_code()
    {
        var production = _prompts.Store.Resolve(Agent);
        var validator = new ProposalValidator(PluginCatalog.Names) { CandidateCheck = c => CandidateComposer.Check(production, c, _prompts.Store.Validator) };
        var validation = validator.Validate(SampleProposals.Valid(systemPatch: "Hola {{ 6*7 }}").ToJsonString());

        Assert.False(validation.IsValid);
        Assert.Contains(validation.Errors, e => e.StartsWith("/prompt_changes: ", StringComparison.Ordinal) && e.Contains("6 * 7", StringComparison.Ordinal));
    }
}
