using AgentSupport.Agent.Conversation;
using AgentSupport.Agent.Tests.Support;
using AgentSupport.Agent.Tools;
using AgentSupport.Plugins.Inspections;
using AgentSupport.Plugins.Payouts;
using AgentSupport.Plugins.Tickets;
using Moq;

namespace AgentSupport.Agent.Tests.Offline;

/// <summary>The Offline agent honours the prompt's policy: enabled tools, failed-tool escalation, turn budget, language and tone.</summary>
public sealed class OfflinePolicyTests : IAsyncLifetime
{
    private readonly AgentTestHost _host = AgentTestHost.Offline();
    private readonly TestCustomer _customer = new TestCustomer().WithWorkingTickets();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("es", "¿Cuándo me depositan el pago de mi auto?", "se transfirió el")]
    [InlineData("en", "When will I get the payment for my car?", "was transferred on")]
    public async Task Looks_up_the_payout_without_a_plate_when_the_customer_gave_none(string language, string message, string expected)
    {
        SetUpPayout();

        var turn = await RunAsync(message, language: language);

        var call = Assert.Single(turn.ToolCalls);
        Assert.Equal(("PayoutTracker", "get_payout_status", "{}"), (call.Plugin, call.Function, call.ArgumentsJson));
        Assert.True(call.Succeeded);
        Assert.Contains(expected, turn.Completed.Text);
        Assert.Contains("SPEI-1", turn.Completed.Text);
        Assert.DoesNotContain(language == "es" ? "placa" : "plate", turn.Completed.Text);
    }

    [Fact]
    public async Task With_several_records_and_no_plate_each_one_is_described()
    {
        _customer.Payouts.Setup(p => p.ListPayoutsAsync(_customer.Id, It.IsAny<CancellationToken>())).ReturnsAsync(
        [
            new Payout("PO-1", "ABC123D", 185_000m, PayoutStage.Transferred, TestCustomer.Now.AddDays(-5), TestCustomer.Now.AddDays(-3), TestCustomer.Now.AddDays(-1), "SPEI-1", "4321"),
            new Payout("PO-2", "XYZ987A", 120_000m, PayoutStage.Approved, TestCustomer.Now.AddDays(-2), TestCustomer.Now.AddDays(-1)),
        ]);

        var turn = await RunAsync("¿Cuándo me pagan mis autos?");

        Assert.Equal("{}", Assert.Single(turn.ToolCalls).ArgumentsJson);
        Assert.Contains("ABC123D", turn.Completed.Text);
        Assert.Contains("XYZ987A", turn.Completed.Text);
    }

    [Fact]
    public async Task Asks_for_the_plate_only_when_the_plugin_says_it_needs_one()
    {
        _customer.Inspections.Setup(i => i.ListInspectionsAsync(_customer.Id, It.IsAny<CancellationToken>())).ReturnsAsync(
        [
            new Inspection("IN-1", "ABC123D", "cdmx-santa-fe", TestCustomer.Now.AddDays(1), InspectionStage.Scheduled, []),
            new Inspection("IN-2", "XYZ987A", "cdmx-santa-fe", TestCustomer.Now.AddDays(2), InspectionStage.Scheduled, []),
        ]);
        const string message = "Necesito reprogramar la inspección de mi auto";

        var first = await RunAsync(message);

        var failed = Assert.Single(first.ToolCalls);
        Assert.Equal(("list_inspection_slots", false), (failed.Function, failed.Succeeded));
        Assert.DoesNotContain("plate", failed.ArgumentsJson);
        Assert.Contains("ABC123D o XYZ987A", first.Completed.Text);
        Assert.Contains("placa", first.Completed.Text);
        Assert.EndsWith("?", first.Completed.Text);

        var second = await RunAsync("Es la XYZ-987-A", history: [ChatTurn.FromUser(message), ChatTurn.FromAssistant(first.Completed.Text, first.ToolCalls)]);

        Assert.Contains("XYZ-987-A", Assert.Single(second.ToolCalls).ArgumentsJson);
    }

    [Fact]
    public async Task Uses_the_plate_given_in_the_next_message_for_the_pending_request()
    {
        SetUpPayout();
        ChatTurn[] history = [ChatTurn.FromUser("¿Cuándo me depositan el pago de mi auto?"), ChatTurn.FromAssistant("¡Hola! Para revisar tu pago, ¿me compartes la placa de tu auto (por ejemplo ABC-123-D)?")];

        var turn = await RunAsync("Es la abc123d", history: history);

        Assert.Equal("get_payout_status", Assert.Single(turn.ToolCalls).Function);
        Assert.Contains("abc123d", turn.ToolCalls[0].ArgumentsJson, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("SPEI-1", turn.Completed.Text);
        Assert.DoesNotContain("¡Hola", turn.Completed.Text);
    }

    [Theory]
    [InlineData("es", "Hola, buenos días", "¿En qué puedo ayudarte hoy?")]
    [InlineData("en", "Hi there", "How can I help you today?")]
    public async Task Answers_in_the_conversation_language(string language, string message, string expected)
    {
        var turn = await RunAsync(message, language: language);

        Assert.Contains(expected, turn.Completed.Text);
        Assert.Empty(turn.ToolCalls);
    }

    [Fact]
    public async Task A_disabled_tool_is_not_called_and_the_customer_is_offered_a_person()
    {
        SetUpPayout();
        var prompt = TestPrompts.CustomerAgent(TestPrompts.AllBusinessTools.Where(tool => tool != "PayoutTracker"));

        var turn = await RunAsync("Vendí mi auto ABC-123-D, ¿cuándo me depositan el pago?", prompt);

        Assert.Empty(turn.ToolCalls);
        Assert.Contains("no lo puedo resolver", turn.Completed.Text);
        Assert.Contains("persona", turn.Completed.Text);
        Assert.False(turn.Completed.Escalated);
        _customer.Payouts.VerifyNoOtherCalls();

        var yes = await RunAsync("Sí, por favor", prompt, history: [ChatTurn.FromUser("Vendí mi auto ABC-123-D, ¿cuándo me depositan el pago?"), ChatTurn.FromAssistant(turn.Completed.Text)]);

        Assert.Equal(("Tickets", "escalate_to_human"), (yes.ToolCalls.Single().Plugin, yes.ToolCalls.Single().Function));
        Assert.True(yes.Completed.Escalated);
        Assert.Contains("TK-1001", yes.Completed.Text);
        _customer.Payouts.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Escalates_through_tickets_once_failed_tools_reach_the_policy_limit()
    {
        SetUpPayout();
        var prompt = TestPrompts.CustomerAgent(escalateAfterFailedTools: 2);
        var first = await RunAsync("¿Cuándo me pagan por mi auto XYZ-999-Z?", prompt);
        Assert.False(first.ToolCalls.Single().Succeeded);
        Assert.False(first.Completed.Escalated);
        Assert.Contains("¿Me confirmas la placa?", first.Completed.Text);

        var second = await RunAsync("Perdón, es la QWE-555-R", prompt, history: [ChatTurn.FromUser("¿Cuándo me pagan por mi auto XYZ-999-Z?"), ChatTurn.FromAssistant(first.Completed.Text, first.ToolCalls)]);

        Assert.Equal(["PayoutTracker.get_payout_status", "Tickets.escalate_to_human"], second.ToolCalls.Select(c => $"{c.Plugin}.{c.Function}"));
        Assert.True(second.Completed.Escalated);
        Assert.Contains("TK-1001", second.Completed.Text);
        _customer.Tickets.Verify(t => t.OpenEscalatedAsync(_customer.Id, It.IsAny<TicketRequest>(), It.Is<string>(reason => reason.Contains("2 tool calls failed")), It.IsAny<string?>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task The_agent_escalates_itself_when_the_prompt_gives_the_model_no_tickets_tool()
    {
        SetUpPayout();
        var prompt = TestPrompts.CustomerAgent(["PayoutTracker"], escalateAfterFailedTools: 1);

        var turn = await RunAsync("¿Cuándo me pagan por mi auto XYZ-999-Z?", prompt);

        Assert.Equal(["PayoutTracker.get_payout_status", "Tickets.escalate_to_human"], turn.ToolCalls.Select(c => $"{c.Plugin}.{c.Function}"));
        Assert.True(turn.ToolCalls[1].Succeeded);
        Assert.True(turn.Completed.Escalated);
        Assert.Contains("pasé tu caso a una persona", turn.Completed.Text);
        Assert.Equal(turn.Completed.Text, turn.StreamedText);
    }

    [Fact]
    public async Task Beyond_the_turn_budget_the_conversation_is_handed_to_a_person_without_calling_the_model()
    {
        SetUpPayout();
        var prompt = TestPrompts.CustomerAgent(maxTurns: 2);
        ChatTurn[] history =
        [
            ChatTurn.FromUser("Hola"), ChatTurn.FromAssistant("¡Hola! ¿En qué puedo ayudarte hoy?"),
            ChatTurn.FromUser("Tengo una duda"), ChatTurn.FromAssistant("¿Me cuentas un poco más?"),
        ];

        var turn = await RunAsync("¿Cuándo me pagan por mi auto ABC-123-D?", prompt, history: history);

        Assert.True(turn.Completed.Escalated);
        Assert.Contains("una persona de nuestro equipo", turn.Completed.Text);
        Assert.Equal("escalate_to_human", Assert.Single(turn.ToolCalls).Function);
        _customer.Payouts.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task A_conversation_already_handed_over_is_not_escalated_twice()
    {
        var prompt = TestPrompts.CustomerAgent(maxTurns: 1);
        var escalation = new ToolCallRecord("Tickets", "escalate_to_human", "{}", "{\"ok\":true}", true, TimeSpan.FromMilliseconds(2));
        ChatTurn[] history = [ChatTurn.FromUser("Hola"), ChatTurn.FromAssistant("Te paso con una persona.", [escalation])];

        var turn = await RunAsync("¿Sigue ahí?", prompt, history: history);

        Assert.True(turn.Completed.Escalated);
        Assert.Empty(turn.ToolCalls);
    }

    [Fact]
    public async Task Same_seed_same_conversation_gives_the_same_reply_and_seeds_vary_the_wording()
    {
        SetUpPayout();
        var replies = new List<string>();
        foreach (var seed in new[] { 7, 7, 1, 2, 3, 4, 5 })
        {
            var session = _customer.Session(TestPrompts.CustomerAgent(), seed: seed);
            replies.Add((await TurnResult.RunAsync(_host.Agent, session, "¿Cuándo me pagan por mi auto ABC-123-D?", _customer.Services())).Completed.Text);
        }

        Assert.Equal(replies[0], replies[1]);
        Assert.True(replies.Distinct().Count() > 1, "different seeds should word the answer differently");
    }

    [Fact]
    public async Task Tool_calls_are_recorded_with_arguments_result_and_duration()
    {
        SetUpPayout();

        var turn = await RunAsync("¿Cuándo me pagan por mi auto ABC-123-D?");

        var call = Assert.Single(turn.ToolCalls);
        Assert.Equal("{\"plate\":\"ABC-123-D\"}", call.ArgumentsJson);
        Assert.StartsWith("{\"ok\":true", call.ResultJson);
        Assert.Contains("\"reference\":\"SPEI-1\"", call.ResultJson);
        Assert.True(call.Succeeded);
        Assert.True(call.Duration > TimeSpan.Zero);
        Assert.Equal(call, Assert.Single(turn.Events.OfType<ToolCallCompleted>()).Call);
    }

    [Fact]
    public async Task The_reply_is_streamed_in_small_pieces()
    {
        SetUpPayout();

        var turn = await RunAsync("¿Cuándo me pagan por mi auto ABC-123-D?");

        Assert.True(turn.Events.OfType<TextDelta>().Count() > 5);
        Assert.Equal(turn.Completed.Text, turn.StreamedText);
    }

    [Theory]
    [InlineData("formal", "Buen día, Ana. Con gusto le atiendo.", "Quedo a sus órdenes")]
    [InlineData("amable", "¡Hola, Ana!", "¿Hay algo más en lo que pueda ayudarte?")]
    [InlineData("empático", "entiendo lo importante que es esto para ti", "Aquí sigo para lo que necesites.")]
    [InlineData("apologético", "lamento mucho las molestias", "disculpa los inconvenientes")]
    [InlineData("entusiasta", "¡Qué gusto saludarte!", "¡Que tengas un excelente día!")]
    [InlineData("resolutivo", "Vamos a resolverlo.", "¿Algo más que resolvamos?")]
    public async Task The_tone_changes_how_the_agent_greets_and_closes(string tone, string greeting, string closing)
    {
        var turn = await AskAboutPayoutAsync("Ana López", tone);

        Assert.Contains(greeting, turn.Completed.Text);
        Assert.Contains(closing, turn.Completed.Text);
        Assert.True(turn.Completed.Text.IndexOf(closing, StringComparison.Ordinal) > turn.Completed.Text.IndexOf(greeting, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Ana López", "¡Hola, Ana! ")]
    [InlineData("José-Luis O'Brien", "¡Hola, José-Luis! ")]
    [InlineData("<script>x</script>\tMaría", "¡Hola, María! ")]
    [InlineData("{{ 7*7 }} <b>Bold</b>", "¡Hola! ")]
    [InlineData("  ", "¡Hola! ")]
    public async Task The_greeting_names_the_first_word_of_the_display_name_that_reads_as_a_name(string displayName, string greeting)
    {
        var turn = await AskAboutPayoutAsync(displayName, "amable");

        Assert.StartsWith(greeting, turn.Completed.Text);
    }

    [Fact]
    public async Task The_direct_tone_skips_greeting_and_closing_and_formal_uses_usted()
    {
        var direct = await RunAsync("Quiero vender mi auto", tone: "directo");
        var formal = await RunAsync("Quiero vender mi auto", tone: "formal");

        Assert.StartsWith("Con gusto te cotizo", direct.Completed.Text);
        Assert.Contains("¿Podría compartirme la placa del auto", formal.Completed.Text);
    }

    [Theory]
    [InlineData("es", "en", "¿Cuándo me depositan el pago de mi auto ABC-123-D?", "The payment of MXN 185,000")]
    [InlineData("en", "es", "When will I get the payment for my car ABC-123-D?", "El pago de $185,000 MXN")]
    public async Task A_conversation_in_a_language_the_prompt_does_not_list_is_answered_in_the_prompts_first_language(
        string conversationLanguage, string promptLanguage, string message, string expected)
    {
        SetUpPayout();
        var prompt = TestPrompts.CustomerAgent(languages: [promptLanguage]);

        var turn = await RunAsync(message, prompt, language: conversationLanguage);

        Assert.Contains("ABC-123-D", Assert.Single(turn.ToolCalls).ArgumentsJson);
        Assert.Contains(expected, turn.Completed.Text);
    }

    [Fact]
    public async Task A_conversation_in_a_listed_language_is_answered_in_it()
    {
        SetUpPayout();

        var turn = await RunAsync("¿Cuándo me depositan el pago de mi auto?", TestPrompts.CustomerAgent(languages: ["en", "es"]));

        Assert.Contains("El pago de $185,000 MXN", turn.Completed.Text);
    }

    private void SetUpPayout() =>
        _customer.Payouts.Setup(p => p.ListPayoutsAsync(_customer.Id, It.IsAny<CancellationToken>()))
            .ReturnsAsync([new Payout("PO-1", "ABC123D", 185_000m, PayoutStage.Transferred, TestCustomer.Now.AddDays(-5), TestCustomer.Now.AddDays(-3), TestCustomer.Now.AddDays(-1), "SPEI-1", "4321")]);

    /// <summary>The first question of a customer of that display name, in that tone, about a payout the agent finds.</summary>
    private Task<TurnResult> AskAboutPayoutAsync(string displayName, string tone)
    {
        SetUpPayout();
        var session = _customer.Session(TestPrompts.CustomerAgent(), tone: tone) with
        {
            Variables = TestPrompts.Variables(tone: tone) with { Customer = new Prompts.Templates.CustomerProfile(displayName, [], []) },
        };
        return TurnResult.RunAsync(_host.Agent, session, "¿Cuándo me pagan por mi auto ABC-123-D?", _customer.Services());
    }

    private Task<TurnResult> RunAsync(string message, Prompts.Templates.PromptVersion? prompt = null, string language = "es", IReadOnlyList<ChatTurn>? history = null, string tone = "") =>
        TurnResult.RunAsync(_host.Agent, _customer.Session(prompt ?? TestPrompts.CustomerAgent(), language, history, tone: tone), message, _customer.Services());
}
