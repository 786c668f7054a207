using System.Text.Json;
using AgentSupport.Agent.Model;
using AgentSupport.Agent.Offline;
using AgentSupport.Agent.Offline.Understanding;
using AgentSupport.Agent.Tests.Support;
using AgentSupport.Prompts.Templates;
using Microsoft.Extensions.AI;

namespace AgentSupport.Agent.Tests.Roles;

/// <summary>The Offline engine's judge, simulator and proposer roles, called as a plain chat client the way the Workbench calls them.</summary>
public sealed class OfflineRoleTests
{
    private const string Goal = "Vendiste tu auto con placas MZD-320-A y quieres saber cuándo te depositan el pago.";

    private readonly OfflineChatClient _model = new();

    [Fact]
    public async Task Judge_resolves_a_goal_served_by_its_plugin_in_the_right_language()
    {
        var verdict = await JudgeAsync(
            "customer: ¿Cuándo me pagan por el MZD-320-A?\nagent: ¡Hola! El pago de $183,000 MXN por tu auto está aprobado; la transferencia está prevista para el viernes.",
            "Tool calls:\n- PayoutTracker.get_payout_status {\"plate\":\"MZD-320-A\"} -> {\"ok\":true}\n");

        Assert.True(verdict.GetProperty("resolved").GetBoolean());
        Assert.Equal(5, verdict.GetProperty("csat").GetDouble());
        Assert.Contains("PayoutTracker", verdict.GetProperty("reasons")[0].GetString());
    }

    [Fact]
    public async Task Judge_does_not_count_failed_tools_or_a_hand_over_as_resolution()
    {
        var verdict = await JudgeAsync(
            "customer: ¿Cuándo me pagan?\nagent: No encontré un pago con esa placa.\ncustomer: Es la MZD-320-A\nagent: Listo: pasé tu caso a una persona de nuestro equipo (ticket TK-1001).",
            "Tool calls:\n- PayoutTracker.get_payout_status {\"plate\":\"XYZ\"} -> FAILED {\"ok\":false}\n- Tickets.escalate_to_human {} -> {\"ok\":true}\n");

        Assert.False(verdict.GetProperty("resolved").GetBoolean());
        Assert.InRange(verdict.GetProperty("csat").GetDouble(), 1, 2.5);
    }

    [Fact]
    public async Task Judge_lowers_the_score_for_an_answer_in_the_wrong_language()
    {
        var evidence = "Tool calls:\n- PayoutTracker.get_payout_status {} -> {\"ok\":true}\n";
        var spanish = await JudgeAsync("customer: ¿Y mi pago?\nagent: El pago de tu auto ya se transfirió el lunes con la referencia SPEI.", evidence);
        var english = await JudgeAsync("customer: ¿Y mi pago?\nagent: The payment for your car was transferred on Monday with the SPEI reference.", evidence);

        Assert.True(english.GetProperty("csat").GetDouble() < spanish.GetProperty("csat").GetDouble());
        Assert.Contains(english.GetProperty("reasons").EnumerateArray(), reason => reason.GetString()!.Contains("language"));
    }

    [Fact]
    public async Task Simulator_opens_with_its_goal_in_its_own_words()
    {
        var reply = await SimulateAsync([], seed: 2);

        Assert.Contains("quiero saber cuándo me depositan el pago", reply);
        Assert.DoesNotContain("quieres", reply);
        Assert.DoesNotContain("[[END]]", reply);
    }

    [Fact]
    public async Task Simulator_opens_some_conversations_with_another_customers_words_for_the_same_request_from_the_corpus()
    {
        var payoutLines = IntentClassifier.ShippedCorpus.Where(line => line.Intent == Intents.Payout).Select(line => line.Text).ToHashSet(StringComparer.Ordinal);
        var openings = new List<string>();
        for (var seed = 0; seed < 24; seed++)
        {
            openings.Add(await SimulateAsync([], seed: seed));
        }

        var paraphrased = openings.Where(opening => payoutLines.Any(line => opening.EndsWith(line, StringComparison.Ordinal))).ToList();
        Assert.NotEmpty(paraphrased);
        Assert.Contains(openings, opening => opening.Contains("quiero saber cuándo me depositan el pago", StringComparison.Ordinal));
        Assert.All(paraphrased, opening => Assert.DoesNotContain("MZD-320-A", opening, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Simulator_gives_the_plate_when_asked_and_ends_once_answered()
    {
        var plate = await SimulateAsync([(true, "Hola, quiero saber de mi pago."), (false, "¡Hola! Para revisar tu pago, ¿me compartes la placa de tu auto?")]);
        var done = await SimulateAsync([(true, "Hola, quiero saber de mi pago."), (false, "¿Me compartes la placa?"), (true, plate), (false, "El pago de $183,000 MXN se transfirió el lunes.")]);

        Assert.Equal("Las placas son MZD-320-A.", plate);
        Assert.EndsWith("[[END]]", done);
    }

    [Fact]
    public async Task Simulator_gives_up_when_the_turn_budget_is_spent()
    {
        var lines = new List<(bool, string)>();
        for (var i = 0; i < 7; i++)
        {
            lines.Add((true, $"Mensaje {i}"));
            lines.Add((false, $"¿Podrías darme más detalles sobre el caso {i}?"));
        }

        Assert.EndsWith("[[END]]", await SimulateAsync(lines));
    }

    [Fact]
    public async Task Simulator_says_which_figure_it_lacks_and_ends_rather_than_repeat_itself()
    {
        const string goal = "Quieres simular un crédito para un auto de 289,000 pesos con 60,000 de enganche a 48 meses.";
        const string ask = "Con gusto simulo tu crédito. Necesito tu ingreso mensual neto.";
        List<(bool, string)> lines = [(true, "Hola, quiero simular un crédito para un auto de 289,000 pesos con 60,000 de enganche a 48 meses."), (false, "¡Hola! " + ask)];

        var first = await SimulateAsync(lines, goal: goal);
        lines.AddRange([(true, first), (false, ask)]);
        var second = await SimulateAsync(lines, goal: goal);

        Assert.Contains("no tengo a la mano mi ingreso exacto", first);
        Assert.Contains("$60,000 MXN de enganche", first);
        Assert.DoesNotContain("[[END]]", first);
        Assert.StartsWith("Ya te di todos los datos que tengo", second);
        Assert.EndsWith("[[END]]", second);
    }

    [Fact]
    public async Task Simulator_states_a_down_payment_share_as_the_goal_gives_it()
    {
        const string goal = "Quieres simular un crédito para un auto de 289,000 pesos: das el 20% de enganche y quieres pagarlo en 48 meses.";

        var reply = await SimulateAsync([(true, "Hola, quiero simular un crédito."), (false, "Con gusto simulo tu crédito. Necesito tu ingreso mensual neto, el precio del auto y cuánto darías de enganche.")], goal: goal);

        Assert.Contains("daría el 20% de enganche", reply);
        Assert.StartsWith("El auto cuesta $289,000 MXN", reply);
    }

    [Theory]
    [InlineData("Ya mandaste tu estado de cuenta bancario para tu trámite; quieres que quede registrado.", "ya mandé mi estado de cuenta bancario para mi trámite; quiero que quede registrado")]
    [InlineData("Quieres que registren tu comprobante de domicilio, que ya subiste; darías tus datos.", "quiero que registren mi comprobante de domicilio, que ya subí; daría mis datos")]
    public async Task Simulator_speaks_of_itself_in_the_first_person(string goal, string expected)
    {
        var corpus = IntentClassifier.ShippedCorpus.Select(line => line.Text).ToList();
        var openings = new List<string>();
        for (var seed = 0; seed < 6; seed++)
        {
            openings.Add(await SimulateAsync([], seed: seed, goal: goal));
        }

        // Openings in another customer's words (from the corpus) are not the goal's sentence; every other one is, in the first person.
        var own = openings.Where(opening => !corpus.Any(line => opening.EndsWith(line, StringComparison.Ordinal))).ToList();
        Assert.NotEmpty(own);
        Assert.All(own, opening => Assert.Contains(expected, opening));
    }

    [Fact]
    public async Task Without_a_role_hint_the_rendered_prompt_picks_the_role()
    {
        var simulatorSystem = ShippedPrompts.Load("customer-simulator").Render(new PromptVariables { Language = "es", Extra = new Dictionary<string, object?> { ["goal"] = Goal } });

        var response = await _model.GetResponseAsync([new ChatMessage(ChatRole.System, simulatorSystem), new ChatMessage(ChatRole.User, "(Se abre el chat.)")]);

        Assert.DoesNotContain("¿En qué puedo ayudarte", response.Text);
        Assert.Equal(ModelOptions.OfflineModelId, response.ModelId);
    }

    [Fact]
    public async Task Proposer_answers_the_five_part_json_and_enables_the_tool_a_top_intent_lacks()
    {
        var current = ShippedPrompts.WithTools(ShippedPrompts.Load("customer-agent"), ["OfferIn24", "Tickets"]);
        var variables = new PromptVariables
        {
            Language = "es",
            Extra = new Dictionary<string, object?>
            {
                ["metrics"] = "{\"n_valid\":600,\"resolution_rate\":0.61,\"avg_csat\":3.8,\"avg_turns\":5.2}",
                ["intent_ranking"] = "[{\"intent\":\"payment_status\",\"tool\":\"Payout Status Tracker\",\"frequency\":120,\"unresolved_rate\":0.5,\"effort\":2,\"score\":0.82,\"plugin\":\"PayoutTracker\",\"plugin_enabled\":false}," +
                                     "{\"intent\":\"offer_24h\",\"tool\":\"OfferIn24 Orchestrator\",\"frequency\":80,\"unresolved_rate\":0.4,\"effort\":3,\"score\":0.6,\"plugin\":\"OfferIn24\",\"plugin_enabled\":true}]",
                ["worst_conversations"] = "{\"offer_24h\":[{\"conversation_id\":\"conv_7\"}]}",
                ["current_prompt"] = current.Source,
            },
        };
        var options = new ChatOptions { ResponseFormat = ChatResponseFormat.Json }.WithHints(ModelRoles.Proposer, ShippedPrompts.Load("proposer").Policy, variables);

        var response = await _model.GetResponseAsync([new ChatMessage(ChatRole.User, "Analiza los datos y devuelve la propuesta.")], options);

        using var proposal = JsonDocument.Parse(response.Text);
        var root = proposal.RootElement;
        Assert.Equal(["prompt_changes", "code_changes", "tools", "evaluation_plan", "risks"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["OfferIn24", "PayoutTracker", "Tickets"], root.GetProperty("prompt_changes").GetProperty("policy").GetProperty("enabled_tools").EnumerateArray().Select(t => t.GetString()));
        Assert.Contains("PayoutTracker", root.GetProperty("prompt_changes").GetProperty("rationale").GetString());
        Assert.StartsWith("En 600 conversaciones", root.GetProperty("prompt_changes").GetProperty("rationale").GetString());
        Assert.Contains("conv_7", root.GetProperty("code_changes")[0].GetProperty("patch").GetString());
        Assert.Equal(2, root.GetProperty("tools")[0].GetProperty("effort_1_3").GetInt32());
        Assert.Contains("Pide en una sola pregunta", root.GetProperty("prompt_changes").GetProperty("user_patch").GetString());
    }

    private async Task<JsonElement> JudgeAsync(string transcript, string evidence)
    {
        var judge = ShippedPrompts.Load("judge");
        var variables = new PromptVariables
        {
            Language = "es",
            Extra = new Dictionary<string, object?> { ["goal"] = Goal, ["transcript"] = transcript, ["evidence"] = evidence },
        };
        var response = await _model.GetResponseAsync(
            [new ChatMessage(ChatRole.System, judge.Render(variables)), new ChatMessage(ChatRole.User, "Score the conversation.")],
            new ChatOptions().WithHints(ModelRoles.Judge, judge.Policy, variables));
        using var document = JsonDocument.Parse(response.Text);
        return document.RootElement.Clone();
    }

    private async Task<string> SimulateAsync(IReadOnlyList<(bool FromCustomer, string Text)> lines, int seed = 0, string goal = Goal)
    {
        var simulator = ShippedPrompts.Load("customer-simulator");
        var variables = new PromptVariables { Language = "es", Extra = new Dictionary<string, object?> { ["persona"] = "Paciente.", ["goal"] = goal } };
        List<ChatMessage> messages = [new(ChatRole.System, simulator.Render(variables)), new(ChatRole.User, "(Se abre el chat.)")];
        messages.AddRange(lines.Select(line => new ChatMessage(line.FromCustomer ? ChatRole.Assistant : ChatRole.User, line.Text)));
        var response = await _model.GetResponseAsync(messages, new ChatOptions { Seed = seed }.WithHints(ModelRoles.Simulator, simulator.Policy, variables));
        return response.Text;
    }
}
