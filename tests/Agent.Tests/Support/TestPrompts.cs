using AgentSupport.Plugins.Catalog;
using AgentSupport.Prompts.Templates;
using AgentSupport.Prompts.Validation;

namespace AgentSupport.Agent.Tests.Support;

/// <summary>Customer-agent prompt versions built in memory through the real validator.</summary>
public static class TestPrompts
{
    public static readonly string[] AllBusinessTools =
        ["OfferIn24", "InspectionStatus", "PayoutTracker", "InspectionRescheduler", "CreditPrequalification", "WarrantyCoverage", "DocumentsKyc", "Scheduling", "Tickets"];

    public static PromptVersion CustomerAgent(
        IEnumerable<string>? enabledTools = null,
        int maxTurns = 6,
        int escalateAfterFailedTools = 2,
        string defaultTone = "amable",
        IEnumerable<string>? languages = null,
        int? maxOutputTokens = null)
    {
        var tools = string.Join(", ", enabledTools ?? AllBusinessTools);
        var source = $"""
            ---
            description: test prompt
            enabled_tools: [{tools}]
            max_turns: {maxTurns}
            escalate_after_failed_tools: {escalateAfterFailedTools}
            default_tone: {defaultTone}
            languages: [{string.Join(", ", languages ?? ["es", "en"])}]
            {(maxOutputTokens is { } max ? $"max_output_tokens: {max}" : "# no output cap")}
            ---
            Eres el asistente de AgentSupport. Contexto: {"{{ context }}"}. Tono: {"{{ tone }}"}. Idioma: {"{{ language }}"}. Canal: {"{{ channel }}"}.
            """;
        var result = new PromptValidator(PluginCatalog.Names).ValidateDraft("customer-agent", source);
        if (!result.IsValid)
        {
            throw new InvalidOperationException(string.Join("; ", result.Problems));
        }

        return result.Version!;
    }

    public static PromptVariables Variables(string language = "es", string tone = "", string context = "service") =>
        new() { Context = context, Tone = tone, Channel = "webchat", Language = language, Now = new DateTimeOffset(2025, 10, 28, 10, 0, 0, TimeSpan.FromHours(-6)) };
}
