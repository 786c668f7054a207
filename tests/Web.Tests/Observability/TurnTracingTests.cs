using System.Diagnostics;
using AgentSupport.Agent.Telemetry;
using AgentSupport.Agent.Tests.Fakes;
using AgentSupport.Load;
using AgentSupport.Prompts;
using AgentSupport.Web.Tests.Conversations;
using AgentSupport.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AgentSupport.Web.Tests.Observability;

/// <summary>
/// One chat turn over real HTTP, its spans captured in memory: the tool call sits inside the agent's turn, inside the
/// chat turn, inside the HTTP request, in one trace, with the model calls beside the tool call.
/// </summary>
public abstract class TurnTracingTests<TFixture>(TFixture app) : ProviderTests<TFixture>(app) where TFixture : AppFixture
{
    private static readonly TimeSpan ExportWait = TimeSpan.FromSeconds(30);

    protected abstract ExportedSpans Spans { get; }

    [SkippableFact]
    public async Task A_turns_tool_call_is_inside_its_turn_inside_the_http_request()
    {
        RequireDatabase();
        var customer = await App.CustomerAsync("traced");
        var conversation = await ChatClient.StartAsync(customer);
        App.Model.Enqueue(
            FakeReply.ToolCalls(("Tickets_create_ticket", new { subject = "Pago atrasado", description = "No llega mi pago.", category = "payout" })),
            FakeReply.Text("Listo, abrí tu ticket."));

        var events = await ChatClient.SendAsync(customer, conversation.Id, "Abre un ticket por mi pago");
        Assert.Equal("done", events[^1].Event);

        var request = await ServerSpanAsync($"/api/conversations/{conversation.Id}/messages");
        var trace = Spans.Snapshot().Where(span => span.TraceId == request.TraceId).ToList();
        var chatTurn = Assert.Single(trace, span => span.OperationName == AgentSupportTelemetry.ChatTurnSpan);
        var agentTurn = Assert.Single(trace, span => span.OperationName == AgentSupportTelemetry.AgentTurnSpan);
        var toolCall = Assert.Single(trace, span => span.OperationName == AgentSupportTelemetry.ToolCallSpan);
        Assert.Equal(["Tickets", "create_ticket", true], new object?[]
        {
            toolCall.GetTagItem(AgentSupportTelemetry.PluginTag), toolCall.GetTagItem(AgentSupportTelemetry.FunctionTag), toolCall.GetTagItem(AgentSupportTelemetry.SucceededTag),
        });
        Assert.Equal([agentTurn, chatTurn, request], Ancestors(toolCall, trace).Where(span => span == agentTurn || span == chatTurn || span == request));
        Assert.Equal(conversation.Id.ToString(), chatTurn.GetTagItem(AgentSupportTelemetry.ConversationIdTag)?.ToString());
        Assert.Equal(("completed", 22L, 14L), (
            agentTurn.GetTagItem(AgentSupportTelemetry.OutcomeTag), agentTurn.GetTagItem(AgentSupportTelemetry.InputTokensTag), agentTurn.GetTagItem(AgentSupportTelemetry.OutputTokensTag)));

        // The two requests to the model (the tool call, then the answer) are GenAI chat spans inside the agent's turn.
        var modelCalls = trace.Where(span => span.Source.Name == AgentSupportTelemetry.ModelSourceName && Equals(span.GetTagItem("gen_ai.operation.name"), "chat")).ToList();
        Assert.Equal(2, modelCalls.Count);
        Assert.All(modelCalls, call => Assert.Contains(agentTurn, Ancestors(call, trace)));
        Assert.All(modelCalls, call => Assert.Equal("fake-model", call.GetTagItem("gen_ai.request.model")));
        AssertDatabaseSpans(trace, request);
    }

    /// <summary>Database calls that are traced (PostgreSQL's) are inside the request too.</summary>
    protected virtual void AssertDatabaseSpans(IReadOnlyList<Activity> trace, Activity request)
    {
    }

    protected static IEnumerable<Activity> Ancestors(Activity span, IReadOnlyList<Activity> trace)
    {
        var byId = trace.ToDictionary(s => s.SpanId);
        for (var parent = span.ParentSpanId; byId.TryGetValue(parent, out var next); parent = next.ParentSpanId)
        {
            yield return next;
        }
    }

    /// <summary>
    /// The server span of the last of <paramref name="requests"/> requests to <paramref name="path"/>. A span ends after
    /// the last byte of the streamed answer reached the client, so it is exported a moment after the client has read it.
    /// </summary>
    protected async Task<Activity> ServerSpanAsync(string path, int requests = 1)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var found = Spans.Snapshot().Where(span => span.Kind == ActivityKind.Server && Equals(span.GetTagItem("url.path"), path)).ToList();
            if (found.Count >= requests)
            {
                return found.MaxBy(span => span.StartTimeUtc)!;
            }

            Assert.True(waited.Elapsed < ExportWait, $"{found.Count} of {requests} server spans for {path} were exported.");
            await Task.Delay(TimeSpan.FromMilliseconds(20));
        }
    }
}

public sealed class TurnTracingSqliteTests(TracedSqliteAppFixture app) : TurnTracingTests<TracedSqliteAppFixture>(app), IClassFixture<TracedSqliteAppFixture>
{
    protected override ExportedSpans Spans => App.Spans;
}

public sealed class TurnTracingPostgresTests(TracedPostgresAppFixture app) : TurnTracingTests<TracedPostgresAppFixture>(app), IClassFixture<TracedPostgresAppFixture>
{
    protected override ExportedSpans Spans => App.Spans;

    protected override void AssertDatabaseSpans(IReadOnlyList<Activity> trace, Activity request)
    {
        var queries = trace.Where(span => span.Source.Name == "Npgsql").ToList();
        Assert.NotEmpty(queries);
        Assert.All(queries, query => Assert.Contains(request, Ancestors(query, trace)));
        // The ticket is saved in a transaction of its own, without a savepoint's extra round trip.
        var statements = queries.Select(query => query.GetTagItem("db.query.text") as string).ToList();
        Assert.Contains(statements, sql => sql?.StartsWith("INSERT INTO \"Tickets\"", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(statements, sql => sql?.Contains("SAVEPOINT", StringComparison.Ordinal) == true);
    }

    [SkippableFact]
    public async Task A_hand_over_reads_the_customers_tickets_once_and_never_reads_back_what_it_wrote()
    {
        RequireDatabase();
        var customer = await App.CustomerAsync("handed-over");
        var conversation = await ChatClient.StartAsync(customer);
        App.Model.Enqueue(
            FakeReply.ToolCalls(("Tickets_escalate_to_human", new { reason = "Quiere hablar con una persona." })),
            FakeReply.Text("Te paso con una persona."));

        var events = await ChatClient.SendAsync(customer, conversation.Id, "Quiero hablar con una persona");
        Assert.Equal("done", events[^1].Event);

        var request = await ServerSpanAsync($"/api/conversations/{conversation.Id}/messages");
        var statements = Statements(request);
        var opened = statements.FindIndex(sql => sql.StartsWith("INSERT INTO \"Tickets\"", StringComparison.Ordinal));
        Assert.True(opened >= 0, string.Join("\n", statements));
        var ticketReads = statements.Select((sql, index) => (sql, index))
            .Where(s => s.sql.StartsWith("SELECT t.\"Id\", t.\"Category\"", StringComparison.Ordinal)).ToList();
        Assert.Single(ticketReads);
        Assert.True(ticketReads[0].index < opened, "The ticket a hand-over opens is not read back.");
        // The conversation with its history, the customer's message, the profile, the tickets, the hand-over's draft
        // (whose conversation language the note is written in), the ticket (its row, then its details and note), the
        // conversation moved to it, the answer.
        Assert.True(statements.Count <= 9, $"{statements.Count} round trips:\n{string.Join("\n", statements)}");
    }

    [SkippableFact]
    public async Task A_turn_past_the_prompts_turn_budget_reads_no_profile_for_a_prompt_it_does_not_render()
    {
        RequireDatabase();
        var customer = await App.CustomerAsync("past-budget");
        var conversation = await ChatClient.StartAsync(customer);
        var budget = App.Services.GetRequiredService<IPromptCatalog>().Get(conversation.PromptId, conversation.PromptVersion).Policy.MaxTurns;
        for (var turn = 1; turn <= budget; turn++)
        {
            App.Model.Enqueue(FakeReply.Text($"Respuesta {turn}."));
            Assert.Equal("done", (await ChatClient.SendAsync(customer, conversation.Id, $"Pregunta {turn}"))[^1].Event);
        }

        // The first message past the budget hands the conversation over; the next one finds it handed over already.
        Assert.Equal("done", (await ChatClient.SendAsync(customer, conversation.Id, "¿Sigue ahí?"))[^1].Event);
        Assert.Equal("done", (await ChatClient.SendAsync(customer, conversation.Id, "¿Hola?"))[^1].Event);

        var last = await ServerSpanAsync($"/api/conversations/{conversation.Id}/messages", requests: budget + 2);
        var statements = Statements(last);
        // The conversation with its history, the customer's message, the answer.
        Assert.True(statements.Count == 3, $"{statements.Count} round trips:\n{string.Join("\n", statements)}");
    }

    /// <summary>The statements of the request's trace, in order, as the load test counts a turn's round trips.</summary>
    private List<string> Statements(Activity request) =>
        Spans.Snapshot().Where(span => span.TraceId == request.TraceId && TurnSpans.IsStatement(span))
            .OrderBy(span => span.StartTimeUtc).Select(span => (string)span.GetTagItem("db.query.text")!).ToList();
}
