using System.Runtime.CompilerServices;
using AgentSupport.Agent.Conversation;
using AgentSupport.Agent.Model;
using AgentSupport.Agent.Telemetry;
using AgentSupport.Agent.Tools;
using AgentSupport.Plugins;
using AgentSupport.Plugins.Common;
using AgentSupport.Prompts;
using AgentSupport.Prompts.Templates;
using AgentSupport.Web.Data;
using AgentSupport.Web.Experiments;
using AgentSupport.Web.Prompts;
using Microsoft.EntityFrameworkCore;
using IHandOverWriter = AgentSupport.Plugins.Tickets.IHandOverWriter;
using ITicketService = AgentSupport.Plugins.Tickets.ITicketService;
using TicketsPlugin = AgentSupport.Plugins.Tickets.TicketsPlugin;

namespace AgentSupport.Web.Conversations;

/// <summary>
/// Runs live conversations: starts them on the production prompt, stores every message before and
/// after the agent answers, and records the agent's tool calls. The API and the UI both call it.
/// </summary>
public sealed class ChatService(
    AppDbContext db,
    IPromptCatalog prompts,
    ICustomerAgent agent,
    ModelClientFactory model,
    IServiceScopeFactory scopes,
    LiveExperiments experiments,
    TimeProvider clock,
    ILogger<ChatService> logger)
{
    /// <summary>The prompt names the customer's most recently updated tickets still in progress, up to this many.</summary>
    private const int OpenTicketsShown = 5;

    public async Task<Conversation> StartAsync(Guid customerId, StartConversation request, CancellationToken ct)
    {
        // The version is fixed at the start, so a promotion or a rollback mid-conversation never changes its rules.
        var served = await experiments.ChooseAsync(ChatPrompt.AgentPromptId, customerId, ct);
        var prompt = served.Version;
        var now = clock.GetUtcNow().UtcDateTime;
        var conversation = new Conversation
        {
            CustomerId = customerId,
            TicketId = request.TicketId,
            Context = request.Context,
            Channel = request.Channel,
            Language = request.Language,
            Tone = string.IsNullOrWhiteSpace(request.Tone) ? prompt.Metadata.Policy.DefaultTone ?? "amable" : request.Tone,
            PromptId = prompt.Metadata.Id,
            PromptVersion = prompt.Metadata.Version,
            ExperimentId = served.ExperimentId,
            ExperimentArm = served.Arm,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Conversations.Add(conversation);
        await db.SaveChangesAsync(ct);
        return conversation;
    }

    /// <summary>
    /// The conversation <paramref name="customerId"/> may write in: their own (admins read every
    /// conversation but only its customer speaks in it) and not yet resolved. It is read for one message.
    /// </summary>
    public async Task<(WritableConversation? Conversation, SendRefusal? Refusal)> FindWritableAsync(Guid customerId, Guid conversationId, CancellationToken ct)
    {
        var row = await TurnQueries.For(db).OwnConversation(db, conversationId, customerId, ct);
        return row switch
        {
            null => (null, SendRefusal.NotFound),
            { Conversation.Status: ConversationStatus.Resolved } => (null, SendRefusal.Resolved),
            _ => (new WritableConversation(row.Conversation, row.CustomerName, QuestionTurn(row.Messages.LastOrDefault()), History(row.Messages)), null),
        };
    }

    /// <summary>
    /// Stores the customer's message, then streams the agent's turn and stores the answer and its
    /// tool calls. The customer's message is saved first, so a model failure loses nothing.
    /// Null when another message took the turn meanwhile (the agent was still answering the previous one).
    /// </summary>
    public async Task<ConversationMessage?> AddCustomerMessageAsync(WritableConversation writable, string text, CancellationToken ct)
    {
        var conversation = writable.Conversation;
        var message = new ConversationMessage
        {
            ConversationId = conversation.Id,
            Turn = writable.QuestionTurn,
            Role = ChatTurn.User,
            Text = text,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.ConversationMessages.Add(message);
        conversation.UpdatedAt = message.CreatedAt;
        try
        {
            await db.SaveBatchAsync(ct);
        }
        // The unique (conversation, turn) index decides between two writers of the same turn.
        catch (DbUpdateException ex) when (Domain.UniqueViolation.Caused(ex))
        {
            db.Entry(message).State = EntityState.Detached;
            return null;
        }
        return message;
    }

    /// <summary>The agent answers <paramref name="question"/> (stored by <see cref="AddCustomerMessageAsync"/>) in the turn after it.</summary>
    public async IAsyncEnumerable<AgentEvent> RunAgentTurnAsync(WritableConversation writable, ConversationMessage question, [EnumeratorCancellation] CancellationToken ct)
    {
        var conversation = writable.Conversation;
        // Started before the first yield, so the agent's turn (started below) is its child.
        using var span = AgentSupportTelemetry.Source.StartActivity(AgentSupportTelemetry.ChatTurnSpan)
            ?.SetTag(AgentSupportTelemetry.ConversationIdTag, conversation.Id)
            .SetTag(AgentSupportTelemetry.TurnTag, question.Turn + 1);
        var (scope, context) = ActAsCustomer(conversation, writable.CustomerName);
        await using var _ = scope;
        var prompt = prompts.Get(conversation.PromptId, conversation.PromptVersion);
        // Past the budget the agent renders no prompt, so the customer's cars and tickets are not read for it.
        var variables = await VariablesAsync(conversation, context, readProfile: !TurnBudget.IsSpent(prompt.Policy, writable.History), ct);
        var session = new AgentSession(conversation.Id, context, prompt, variables, writable.History, Seed: conversation.Id.GetHashCode());

        await foreach (var item in agent.RunTurnAsync(session, question.Text, scope.ServiceProvider, ct))
        {
            if (item is TurnFailed failed)
            {
                logger.LogWarning("Turn failed in conversation {ConversationId}: {Reason}", conversation.Id, failed.Reason);
            }

            if (item is TurnEnded ending && await StoreAnswerAsync(conversation, question.Turn + 1, ending) is { } unstored)
            {
                yield return unstored;
                yield break;
            }

            yield return item;
        }
    }

    /// <summary>
    /// Stores the turn's answer (or, for a failed turn, what the customer was told) with its tool calls; when the
    /// database has gone away meanwhile, what the customer is told instead.
    /// </summary>
    private async Task<TurnFailed?> StoreAnswerAsync(Conversation conversation, int turn, TurnEnded ending)
    {
        try
        {
            // What the customer was told and what the tools did before a failure are part of the conversation too.
            await SaveAnswerAsync(conversation, turn, ending);
            return null;
        }
        catch (Exception exception) when (DatabaseFailures.IsTransient(exception))
        {
            logger.LogError(exception, "The answer of turn {Turn} in conversation {ConversationId} could not be stored", turn, conversation.Id);
            return UnstoredAnswer.Of(ending, conversation.Language, $"The answer could not be stored: {exception.GetBaseException().Message}");
        }
    }

    /// <summary>
    /// Hands the conversation to a person: its ticket (or a new one) is escalated and the conversation
    /// marked escalated. A customer's request for a human is honoured whatever tools the prompt version
    /// enables, so it goes through the Tickets plugin directly rather than through the model.
    /// </summary>
    public async Task<string?> EscalateAsync(Conversation conversation, string reason, CancellationToken ct)
    {
        var (scope, context) = await ActAsCustomerAsync(conversation, ct);
        await using var _ = scope;
        var plugin = new TicketsPlugin(scope.ServiceProvider.GetRequiredService<ITicketService>(), context, clock,
            scope.ServiceProvider.GetRequiredService<ILogger<TicketsPlugin>>(), scope.ServiceProvider.GetRequiredService<IHandOverWriter>());
        var result = await plugin.EscalateToHumanAsync(reason, cancellationToken: ct);
        if (!result.Ok)
        {
            logger.LogWarning("Escalation of conversation {ConversationId} failed: {Error}", conversation.Id, result.Error?.Message);
            return null;
        }

        // The ticket service may have linked the ticket to this conversation meanwhile; keep its link.
        await db.Entry(conversation).ReloadAsync(ct);
        conversation.Status = ConversationStatus.Escalated;
        conversation.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await experiments.ObserveAsync(conversation, ct);
        return result.Value!.TicketNumber;
    }

    public async Task RateAsync(Conversation conversation, int csat, string? comment, CancellationToken ct)
    {
        conversation.Csat = csat;
        conversation.RatingComment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        conversation.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await experiments.ObserveAsync(conversation, ct);
    }

    public async Task ResolveAsync(Conversation conversation, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        conversation.Status = ConversationStatus.Resolved;
        conversation.ResolvedAt = now;
        conversation.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        await experiments.ObserveAsync(conversation, ct);
    }

    private async Task SaveAnswerAsync(Conversation conversation, int turn, TurnEnded ending)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.ConversationMessages.Add(new ConversationMessage
        {
            ConversationId = conversation.Id, Turn = turn, Role = ChatTurn.Assistant, Text = ending.Shown, CreatedAt = now,
            InputTokens = ending.Usage?.InputTokens, OutputTokens = ending.Usage?.OutputTokens, ModelId = model.ModelFor(ModelRoles.Agent).ModelId,
        });
        db.ToolCalls.AddRange(ending.ToolCalls.Select(call => new ToolCall
        {
            ConversationId = conversation.Id,
            Turn = turn,
            Plugin = call.Plugin,
            Function = call.Function,
            ArgumentsJson = call.ArgumentsJson,
            ResultJson = call.ResultJson,
            Succeeded = call.Succeeded,
            DurationMs = (int)Math.Round(call.Duration.TotalMilliseconds),
            CreatedAt = now,
        }));
        var handedOver = ending.Escalated && conversation.Status == ConversationStatus.Open;
        if (handedOver) conversation.Status = ConversationStatus.Escalated;
        conversation.UpdatedAt = now;
        // The client may have gone away mid-stream; the answer it was given is still recorded.
        await db.SaveBatchAsync(CancellationToken.None);
        if (handedOver) await experiments.ObserveAsync(conversation, CancellationToken.None);
    }

    /// <summary>A scope whose tools act for the conversation's customer, and that customer.</summary>
    private async Task<(AsyncServiceScope Scope, CustomerContext Context)> ActAsCustomerAsync(Conversation conversation, CancellationToken ct) =>
        ActAsCustomer(conversation, (await TurnQueries.For(db).Customer(db, conversation.CustomerId, ct)).DisplayName);

    private (AsyncServiceScope Scope, CustomerContext Context) ActAsCustomer(Conversation conversation, string customerName)
    {
        var scope = scopes.CreateAsyncScope();
        var context = new CustomerContext(conversation.CustomerId!.Value, customerName, conversation.Id.ToString());
        scope.ServiceProvider.GetRequiredService<CurrentCustomer>().Set(context);
        return (scope, context);
    }

    private static List<ChatTurn> History(List<StoredMessage> messages) =>
        messages.Select(m => m.Role == ChatTurn.User
                ? ChatTurn.FromUser(m.Text)
                : ChatTurn.FromAssistant(m.Text, m.ToolCalls.Select(c => new ToolCallRecord(
                    c.Plugin, c.Function, c.ArgumentsJson, c.ResultJson, c.Succeeded, TimeSpan.FromMilliseconds(c.DurationMs))).ToList()))
            .ToList();

    private async Task<PromptVariables> VariablesAsync(Conversation conversation, CustomerContext customer, bool readProfile, CancellationToken ct)
    {
        var profile = readProfile ? await TurnQueries.For(db).Profile(db, customer.CustomerId, ct) : null;
        return new PromptVariables
        {
            Context = conversation.Context,
            Tone = conversation.Tone,
            Channel = conversation.Channel,
            Language = conversation.Language,
            Customer = new CustomerProfile(
                customer.DisplayName,
                profile?.Cars.Select(c => $"{c.Make} {c.Model} {c.Year} ({c.Plate})").ToList() ?? [],
                profile?.OpenTickets.Take(OpenTicketsShown).ToList() ?? []),
            Now = MexicoTime.Now(clock),
        };
    }

    /// <summary>
    /// The turn of a new customer message. The turn after every customer message is its answer's: while that answer is
    /// still being written (or never came), the new message takes the turn after it, so the answer never loses its place.
    /// </summary>
    private static int QuestionTurn(StoredMessage? last) =>
        last is null ? 1 : last.Role == ChatTurn.User ? last.Turn + 2 : last.Turn + 1;
}

/// <summary>
/// A conversation its customer may write in, read for their next message: the customer's name for the agent, the
/// turn the message takes and what was said before it. Read it again for each message; a stale one loses its turn to
/// the message stored meanwhile.
/// </summary>
public sealed record WritableConversation(Conversation Conversation, string CustomerName, int QuestionTurn, IReadOnlyList<ChatTurn> History);

public enum SendRefusal
{
    NotFound,
    Resolved,
}

public sealed record StartConversation(int? TicketId, string Context, string Channel, string Language, string? Tone);
