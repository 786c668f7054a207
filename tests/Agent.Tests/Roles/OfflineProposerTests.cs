using System.Text.Json.Nodes;
using AgentSupport.Agent.Model;
using AgentSupport.Agent.Offline;
using AgentSupport.Agent.Tests.Support;
using AgentSupport.Prompts.Templates;
using Microsoft.Extensions.AI;

namespace AgentSupport.Agent.Tests.Roles;

/// <summary>
/// The Offline proposer's policy patches, fed the four data blocks exactly as the Workbench renders them (the analysis
/// export's keys, the ranking rows, the worst conversations and the current prompt file): each knob changes only
/// with evidence, and the evidence is named in the rationale.
/// </summary>
public sealed class OfflineProposerTests
{
    private static readonly PromptVersion Shipped = ShippedPrompts.Load("customer-agent");

    private readonly OfflineChatClient _model = new();

    [Fact]
    public async Task A_prompt_with_planted_defects_gets_every_one_repaired()
    {
        var planted = ShippedPrompts.With(
            ShippedPrompts.WithLanguages(ShippedPrompts.WithTools(Shipped, Shipped.Policy.EnabledTools.Where(tool => tool != "PayoutTracker")), ["en"]),
            "max_turns", "2");
        var metrics = Metrics(avgTurns: 2, languages: new() { ["es"] = 18, ["en"] = 6 });

        var proposal = await ProposeAsync(metrics, Ranking(("payment_status", "PayoutTracker", false)), "{}", planted, "en");

        var policy = proposal["prompt_changes"]!["policy"]!;
        Assert.Contains("PayoutTracker", Strings(policy["enabled_tools"]));
        Assert.Equal(Shipped.Policy.EnabledTools.Order(), Strings(policy["enabled_tools"]).Order());
        Assert.Equal(3, policy["max_turns"]!.GetValue<int>());
        Assert.Equal(["es", "en"], Strings(policy["languages"]));
        Assert.Null(policy["default_tone"]);
        var rationale = proposal["prompt_changes"]!["rationale"]!.GetValue<string>();
        Assert.StartsWith("Over 24 conversations", rationale);
        Assert.Contains("max_turns is 2", rationale);
        Assert.Contains("Customers write in es (18)", rationale);
        Assert.Equal(4, proposal["risks"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_prompt_that_already_fits_the_data_gets_no_policy_change()
    {
        var metrics = Metrics(avgTurns: 6.8, languages: new() { ["es"] = 516, ["en"] = 84 }, channels: new() { ["whatsapp"] = (236, 0.55), ["webchat"] = (168, 0.56) });

        var proposal = await ProposeAsync(metrics, Ranking(("payment_status", "PayoutTracker", true)), "{}", Shipped);

        Assert.Null(proposal["prompt_changes"]!["policy"]);
        Assert.StartsWith("En 600 conversaciones", proposal["prompt_changes"]!["rationale"]!.GetValue<string>());
    }

    [Fact]
    public async Task Conversations_handed_over_when_the_turn_budget_ran_out_raise_it()
    {
        var handOff = "agente: Gracias por tu paciencia. Para darte una respuesta completa, paso esta conversación a una persona de nuestro equipo, que te atenderá en breve.";
        var worst = $$"""{"warranty_claim":[{"conversation_id":"conv_42","transcript":["cliente: Mi auto falla","agente: ¿Qué kilometraje tiene?","cliente: 40 mil","{{handOff}}"]}]}""";

        var proposal = await ProposeAsync(Metrics(avgTurns: 6), Ranking(("warranty_claim", "WarrantyCoverage", true)), worst, Shipped);

        Assert.Equal(8, proposal["prompt_changes"]!["policy"]!["max_turns"]!.GetValue<int>());
        Assert.Contains("conv_42", proposal["prompt_changes"]!["rationale"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_turn_budget_far_above_what_conversations_need_is_tightened()
    {
        var loose = ShippedPrompts.With(Shipped, "max_turns", "20");

        var proposal = await ProposeAsync(Metrics(avgTurns: 4), Ranking(("payment_status", "PayoutTracker", true)), "{}", loose);

        Assert.Equal(PromptPolicy.DefaultMaxTurns, proposal["prompt_changes"]!["policy"]!["max_turns"]!.GetValue<int>());
        Assert.Contains("max_turns es 20", proposal["prompt_changes"]!["rationale"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_worst_channel_gets_the_best_rated_tone_as_default()
    {
        var metrics = Metrics(
            avgTurns: 6,
            channels: new() { ["whatsapp"] = (50, 0.30), ["webchat"] = (50, 0.60), ["email"] = (40, 0.62) },
            tones: new() { ["amable"] = (60, 0.45), ["empático"] = (40, 0.65), ["formal"] = (40, 0.50) });

        var proposal = await ProposeAsync(metrics, Ranking(("payment_status", "PayoutTracker", true)), "{}", Shipped);

        var changes = proposal["prompt_changes"]!;
        Assert.Equal("empático", changes["policy"]!["default_tone"]!.GetValue<string>());
        Assert.Contains("whatsapp", changes["rationale"]!.GetValue<string>());
        Assert.Contains("En whatsapp, donde las conversaciones rinden peor, usa un tono empático", changes["user_patch"]!.GetValue<string>());
    }

    [Fact]
    public async Task Channels_that_score_alike_leave_the_default_tone_alone()
    {
        var metrics = Metrics(
            avgTurns: 6,
            channels: new() { ["whatsapp"] = (50, 0.59), ["webchat"] = (50, 0.60) },
            tones: new() { ["amable"] = (60, 0.45), ["empático"] = (40, 0.65) });

        var proposal = await ProposeAsync(metrics, Ranking(("payment_status", "PayoutTracker", true)), "{}", Shipped);

        Assert.Null(proposal["prompt_changes"]!["policy"]);
    }

    [Fact]
    public async Task Without_a_readable_current_prompt_no_policy_is_proposed()
    {
        var variables = Variables(Metrics(avgTurns: 2), Ranking(("payment_status", "PayoutTracker", false)), "{}", "not a prompt", "es");

        var proposal = await ProposeAsync(variables);

        Assert.Null(proposal["prompt_changes"]!["policy"]);
        Assert.Contains(proposal["tools"]!.AsArray(), tool => tool!["name"]!.GetValue<string>() == "PayoutTracker");
    }

    /// <summary>The <c>metrics</c> block: the analysis export's keys with its breakdowns, every group of a breakdown holding <c>n</c> and <c>composite</c>.</summary>
    private static string Metrics(
        double avgTurns,
        Dictionary<string, long>? languages = null,
        Dictionary<string, (long N, double Composite)>? channels = null,
        Dictionary<string, (long N, double Composite)>? tones = null)
    {
        static JsonObject Groups(Dictionary<string, (long N, double Composite)>? groups) => new(
            (groups ?? []).Select(group => KeyValuePair.Create(group.Key, (JsonNode?)new JsonObject { ["n"] = group.Value.N, ["avg_csat"] = 3.5, ["composite"] = group.Value.Composite })));

        var n = languages?.Values.Sum() ?? 600;
        return new JsonObject
        {
            ["n_valid"] = n,
            ["resolution_rate"] = 0.4,
            ["avg_csat"] = 3.1,
            ["avg_turns"] = avgTurns,
            ["composite"] = 0.5,
            ["by_channel"] = Groups(channels),
            ["by_tone"] = Groups(tones),
            ["by_language"] = Groups((languages ?? new() { ["es"] = 500, ["en"] = 100 }).ToDictionary(pair => pair.Key, pair => (pair.Value, 0.5))),
        }.ToJsonString();
    }

    private static string Ranking(params (string Intent, string Plugin, bool Enabled)[] rows) =>
        new JsonArray(rows.Select((row, index) => (JsonNode)new JsonObject
        {
            ["intent"] = row.Intent,
            ["tool"] = row.Plugin,
            ["frequency"] = 24,
            ["unresolved_rate"] = 1.0,
            ["csat_gap"] = 2.5,
            ["effort"] = 2,
            ["score"] = 0.9 - index * 0.1,
            ["plugin"] = row.Plugin,
            ["plugin_enabled"] = row.Enabled,
        }).ToArray()).ToJsonString();

    private static PromptVariables Variables(string metrics, string ranking, string worst, string prompt, string language) => new()
    {
        Language = language,
        Extra = new Dictionary<string, object?>
        {
            ["metrics"] = metrics,
            ["intent_ranking"] = ranking,
            ["worst_conversations"] = worst,
            ["current_prompt"] = prompt,
        },
    };

    private Task<JsonObject> ProposeAsync(string metrics, string ranking, string worst, PromptVersion current, string language = "es") =>
        ProposeAsync(Variables(metrics, ranking, worst, current.Source, language));

    private async Task<JsonObject> ProposeAsync(PromptVariables variables)
    {
        var options = new ChatOptions { ResponseFormat = ChatResponseFormat.Json }.WithHints(ModelRoles.Proposer, ShippedPrompts.Load("proposer").Policy, variables);
        var response = await _model.GetResponseAsync([new ChatMessage(ChatRole.User, "Analiza los datos y devuelve la propuesta.")], options);
        return JsonNode.Parse(response.Text)!.AsObject();
    }

    private static IReadOnlyList<string> Strings(JsonNode? array) => array!.AsArray().Select(item => item!.GetValue<string>()).ToList();
}
