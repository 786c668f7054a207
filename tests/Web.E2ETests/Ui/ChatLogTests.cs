using AgentSupport.Agent.Conversation;
using AgentSupport.Agent.Tools;
using AgentSupport.Web.Conversations;
using AgentSupport.Web.Ui.Chat;
using AgentSupport.Web.Ui.Localization;

namespace AgentSupport.Web.E2ETests.Ui;

public sealed class ChatLogTests
{
    private static readonly DateTime At = new(2026, 11, 26, 18, 0, 0, DateTimeKind.Utc);
    private static readonly ToolCallRecord PayoutLookup = new("PayoutTracker", "get_payout_status", "{}", "{\"stage\":\"paid\"}", true, TimeSpan.FromMilliseconds(12));

    private readonly ChatLog _log = new(UiStrings.Spanish);

    [Fact]
    public void Text_deltas_are_appended_to_the_answer_as_they_arrive()
    {
        _log.Ask("¿cuándo me pagan?", At);

        _log.Apply(new TextDelta("Tu pago "));
        Assert.Equal("Tu pago ", _log.Entries[^1].Text);
        _log.Apply(new TextDelta("sale mañana."));

        Assert.Equal("Tu pago sale mañana.", _log.Entries[^1].Text);
        Assert.True(_log.Entries[^1].Streaming);
        Assert.True(_log.Answering);
    }

    [Fact]
    public void A_tool_shows_as_running_under_the_answer_and_then_as_its_outcome()
    {
        _log.Ask("¿cuándo me pagan?", At);

        _log.Apply(new ToolCallStarted("PayoutTracker", "get_payout_status"));
        Assert.Equal([new ToolUse("PayoutTracker", "get_payout_status", "Consultando tu pago…", ToolState.Running)], _log.Entries[^1].Tools);

        _log.Apply(new ToolCallCompleted(PayoutLookup));
        Assert.Equal([new ToolUse("PayoutTracker", "get_payout_status", "Pago consultado", ToolState.Succeeded)], _log.Entries[^1].Tools);
    }

    [Fact]
    public void A_failed_tool_says_in_plain_words_what_could_not_be_done()
    {
        _log.Ask("¿cuándo me pagan?", At);
        _log.Apply(new ToolCallStarted("PayoutTracker", "get_payout_status"));

        _log.Apply(new ToolCallCompleted(PayoutLookup with { Succeeded = false, ResultJson = "{\"ok\":false}" }));

        Assert.Equal([new ToolUse("PayoutTracker", "get_payout_status", "No pude consultar tu pago", ToolState.Failed)], _log.Entries[^1].Tools);
    }

    [Fact]
    public void The_answer_is_what_streamed_not_the_text_of_the_final_event()
    {
        _log.Ask("¿cuándo me pagan?", At);
        _log.Apply(new TextDelta("Tu pago "));
        _log.Apply(new TextDelta("sale mañana."));

        _log.Apply(new TurnCompleted("", [], Escalated: false, Usage: null));

        Assert.Equal("Tu pago sale mañana.", _log.Entries[^1].Text);
        Assert.False(_log.Entries[^1].Streaming);
    }

    [Fact]
    public void Completed_turn_keeps_the_streamed_text_and_records_an_escalation()
    {
        _log.Ask("Quiero hablar con una persona", At);
        _log.Apply(new TextDelta("Listo: pasé tu caso "));
        _log.Apply(new TextDelta("a una persona."));

        _log.Apply(new TurnCompleted("", [], Escalated: true, Usage: null));

        var answer = _log.Entries[^1];
        Assert.Equal("Listo: pasé tu caso a una persona.", answer.Text);
        Assert.False(answer.Streaming);
        Assert.False(answer.Failed);
        Assert.True(_log.Escalated);
        Assert.False(_log.Answering);
    }

    [Fact]
    public void Failed_turn_shows_the_customer_message_not_the_reason()
    {
        _log.Ask("hola", At);
        _log.Apply(new TextDelta("Ho"));

        _log.Apply(new TurnFailed("No pude responder ahora; inténtalo de nuevo.", "HTTP 500 from the model", [], Escalated: false, Usage: null));

        var answer = _log.Entries[^1];
        Assert.Equal("No pude responder ahora; inténtalo de nuevo.", answer.Text);
        Assert.True(answer.Failed);
        Assert.DoesNotContain(_log.Entries, e => e.Text.Contains("HTTP 500", StringComparison.Ordinal));
    }

    [Fact]
    public void Interrupted_turn_without_text_says_so_and_frees_the_composer()
    {
        _log.Ask("hola", At);
        _log.Apply(new ToolCallStarted("PayoutTracker", "get_payout_status"));

        _log.Interrupt();

        Assert.Equal(UiStrings.Spanish.AnswerInterrupted, _log.Entries[^1].Text);
        Assert.True(_log.Entries[^1].Failed);
        Assert.Equal(ToolState.Failed, Assert.Single(_log.Entries[^1].Tools).State);
        Assert.False(_log.Answering);
    }

    [Fact]
    public void A_second_question_waits_for_the_first_answer()
    {
        _log.Ask("hola", At);

        Assert.Throws<InvalidOperationException>(() => _log.Ask("¿sigues ahí?", At));
    }

    [Fact]
    public void Stored_conversation_is_shown_with_the_tools_each_answer_used()
    {
        var detail = new ConversationDetail(
            new ConversationResponse(Guid.NewGuid(), Guid.NewGuid(), null, "service", "webchat", "es", "amable", "customer-agent", 1, "open", null, At, At),
            [new MessageResponse(1, ChatTurn.User, "¿cuándo me pagan?", At), new MessageResponse(2, ChatTurn.Assistant, "Mañana.", At)],
            [new ToolCallResponse(2, "PayoutTracker", "get_payout_status", "{}", "{}", true, 12)]);

        var log = ChatLog.From(detail, UiStrings.English);

        Assert.Equal([ChatRole.Customer, ChatRole.Agent], log.Entries.Select(e => e.Role));
        Assert.Empty(log.Entries[0].Tools);
        Assert.Equal([new ToolUse("PayoutTracker", "get_payout_status", "Payout checked", ToolState.Succeeded)], log.Entries[1].Tools);
    }

    [Theory]
    [InlineData("Perfecto, muchas gracias. Eso es todo.", true)]
    [InlineData("Listo, gracias, que tengas buen día", true)]
    [InlineData("no, gracias", true)]
    [InlineData("Great, thanks. That's all.", true)]
    [InlineData("Thank you very much, bye!", true)]
    [InlineData("Gracias, ¿y cuándo me pagan?", false)]
    [InlineData("gracias, ahora quiero mover mi inspección", false)]
    [InlineData("Thanks, can you also check my warranty", false)]
    [InlineData("ok", false)]
    public void The_agents_answer_to_a_thanks_or_goodbye_closes_the_exchange_and_an_answer_to_anything_else_does_not(string said, bool closes)
    {
        _log.Ask("¿Cuándo me pagan?", At);
        _log.Apply(new TurnCompleted("Tu pago sale mañana.", [], Escalated: false, Usage: null));
        Assert.False(_log.ClosedByAgent);

        _log.Ask(said, At);
        Assert.False(_log.ClosedByAgent);
        _log.Apply(new TextDelta("¡Con gusto!"));
        Assert.False(_log.ClosedByAgent);
        _log.Apply(new TurnCompleted("", [], Escalated: false, Usage: null));

        Assert.Equal(closes, _log.ClosedByAgent);
    }

    [Fact]
    public void A_failed_answer_to_a_goodbye_closes_nothing()
    {
        _log.Ask("Gracias, eso es todo", At);

        _log.Apply(new TurnFailed("No pude responder ahora; inténtalo de nuevo.", "timeout", [], Escalated: false, Usage: null));

        Assert.False(_log.ClosedByAgent);
    }
}
