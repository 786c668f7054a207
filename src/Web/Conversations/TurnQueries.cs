using System.Runtime.CompilerServices;
using AgentSupport.Web.Accounts;
using AgentSupport.Web.Data;
using AgentSupport.Web.Domain.Cars;
using AgentSupport.Web.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace AgentSupport.Web.Conversations;

/// <summary>
/// The reads every chat turn makes, compiled once: a LINQ query is otherwise translated again on each run (its
/// expression visited, its cache key built, its captured values compiled into delegates), which cost more CPU than
/// the database spent answering it. A compiled query keeps the SQL of the first provider it ran on, so each model
/// (SQLite or PostgreSQL) gets its own set.
/// </summary>
internal sealed class TurnQueries
{
    private static readonly ConditionalWeakTable<IModel, TurnQueries> ByModel = [];

    private TurnQueries()
    {
    }

    public static TurnQueries For(AppDbContext db) => ByModel.GetValue(db.Model, _ => new TurnQueries());

    /// <summary>
    /// The customer's own conversation (tracked), their name and every message with the tool calls of its turn, in one
    /// round trip: the next message's turn comes from the last one, and the agent reads the rest as history.
    /// </summary>
    public Func<AppDbContext, Guid, Guid, CancellationToken, Task<OwnConversationRow?>> OwnConversation { get; } =
        EF.CompileAsyncQuery((AppDbContext db, Guid conversationId, Guid customerId, CancellationToken _) =>
            db.Conversations.Where(c => c.Id == conversationId && c.CustomerId == customerId)
                .Select(c => new OwnConversationRow(
                    c,
                    db.Users.Where(u => u.Id == c.CustomerId).Select(u => u.DisplayName).First(),
                    db.ConversationMessages.Where(m => m.ConversationId == c.Id).OrderBy(m => m.Turn)
                        .Select(m => new StoredMessage(m.Turn, m.Role, m.Text,
                            db.ToolCalls.Where(t => t.ConversationId == m.ConversationId && t.Turn == m.Turn).OrderBy(t => t.Id)
                                .Select(t => new StoredToolCall(t.Plugin, t.Function, t.ArgumentsJson, t.ResultJson, t.Succeeded, t.DurationMs)).ToList()))
                        .ToList()))
                .SingleOrDefault());

    public Func<AppDbContext, Guid?, CancellationToken, Task<User>> Customer { get; } =
        EF.CompileAsyncQuery((AppDbContext db, Guid? customerId, CancellationToken _) =>
            db.Users.AsNoTracking().Single(u => u.Id == customerId));

    /// <summary>
    /// What the prompt says about the customer, in one round trip: their cars and their tickets still in progress, most
    /// recently updated first, as the prompt names them. The tickets are not limited here: a limit inside a collection
    /// becomes a window over every customer's tickets on SQLite, which has no lateral joins; a customer has few open.
    /// </summary>
    public Func<AppDbContext, Guid, CancellationToken, Task<ProfileRow>> Profile { get; } =
        EF.CompileAsyncQuery((AppDbContext db, Guid customerId, CancellationToken _) =>
            db.Users.AsNoTracking().Where(u => u.Id == customerId)
                .Select(u => new ProfileRow(
                    db.Set<Car>().Where(c => c.OwnerId == u.Id).OrderBy(c => c.Id).Select(c => new CarRow(c.Make, c.Model, c.Year, c.Plate)).ToList(),
                    db.Tickets.Where(t => t.CustomerId == u.Id && t.Status != TicketStatus.Closed && t.Status != TicketStatus.Resolved)
                        .OrderByDescending(t => t.UpdatedAt).Select(t => "TK-" + t.Id + " " + t.Subject).ToList()))
                .Single());
}

/// <summary>A message of a conversation and the tool calls of its turn.</summary>
internal sealed record StoredMessage(int Turn, string Role, string Text, List<StoredToolCall> ToolCalls);

/// <summary>A tool call as the agent's history replays it; not tracked, since a turn never changes the ones before it.</summary>
internal sealed record StoredToolCall(string Plugin, string Function, string ArgumentsJson, string ResultJson, bool Succeeded, int DurationMs);

internal sealed record ProfileRow(List<CarRow> Cars, List<string> OpenTickets);

internal sealed record CarRow(string Make, string Model, int Year, string Plate);

internal sealed record OwnConversationRow(Conversation Conversation, string CustomerName, List<StoredMessage> Messages);
