using AgentSupport.Prompts.Import;
using AgentSupport.Prompts.Templates;
using AgentSupport.Prompts.Tests.Support;
using AgentSupport.Prompts.Validation;
namespace AgentSupport.Prompts.Tests.Import;

public sealed class SeedPlaceholdersTests
{
    [Fact]
    public void Converts_the_four_seed_placeholders_to_scriban_variables()
    {
        var text = SeedPlaceholders.ToScriban("Contexto: {contexto}. Tono: { tono }. Idioma: {idioma}. Canal: {CANAL}.");

        Assert.Equal("Contexto: {{ context }}. Tono: {{ tone }}. Idioma: {{ language }}. Canal: {{ channel }}.", text);
    }

    [Fact]
    public void Leaves_scriban_blocks_and_other_braces_alone()
    {
        const string text = "{{ context }} {{contexto}} {otro} {\"json\": 1} {contextos}";

        Assert.Equal(text, SeedPlaceholders.ToScriban(text));
    }

    [Fact]
    public void A_converted_seed_patch_validates_as_a_template()
    {
        var body = SeedPlaceholders.ToScriban("Atiende en {idioma} por {canal} con tono {tono} sobre {contexto}.");

        var result = new PromptValidator(KnownTools.All).ValidateDraft("customer-agent", $"---\ndescription: seed import\n---\n{body}");

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal("Atiende en es por whatsapp con tono formal sobre credit.",
            result.Version!.Render(new PromptVariables { Language = "es", Channel = "whatsapp", Tone = "formal", Context = "credit" }));
    }
}
