using System.Runtime.CompilerServices;
using AgentSupport.Agent.Conversation;
using AgentSupport.Web.Data;
using AgentSupport.Workbench.Conversations;
using AgentSupport.Workbench.Privacy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AgentSupport.Web.Conversations;

/// <summary>
/// Live conversations in the seed dialect, so they feed the Workbench like any uploaded file.
/// Read in batches and written as they are read: an export never holds the whole history in memory. Personal data
/// in the text is redacted: the Workbench learns from what customers asked, not who they are.
/// </summary>
public static class ConversationExport
{
    public const string Company = "AgentSupport";
    private const int BatchSize = 200;

    public static Results<PushStreamHttpResult, ValidationProblem> ExportAsync(
        AppDbContext db, TimeProvider clock, DateTime? from = null, DateTime? to = null, string? context = null)
    {
        if (from is not null && to is not null && from > to)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["from"] = ["'from' must not be after 'to'."] });

        return TypedResults.Stream(
            (output) => SeedJsonlWriter.WriteAsync(output, ReadAsync(db, clock, from, to, context, CancellationToken.None)),
            contentType: "application/x-ndjson",
            fileDownloadName: "conversations.jsonl");
    }

    public static async IAsyncEnumerable<SeedConversation> ReadAsync(
        AppDbContext db, TimeProvider clock, DateTime? from, DateTime? to, string? context, [EnumeratorCancellation] CancellationToken ct)
    {
        var query = db.Conversations.AsNoTracking();
        if (from is { } start) query = query.Where(c => c.CreatedAt >= start.ToUniversalTime());
        if (to is { } end) query = query.Where(c => c.CreatedAt <= end.ToUniversalTime());
        if (!string.IsNullOrWhiteSpace(context)) query = query.Where(c => c.Context == context);

        // Bounded above by the export's start, so conversations arriving meanwhile cannot shift the pages.
        var until = clock.GetUtcNow().UtcDateTime;
        query = query.Where(c => c.CreatedAt <= until).OrderBy(c => c.CreatedAt).ThenBy(c => c.Id);
        for (var skip = 0; ; skip += BatchSize)
        {
            var batch = await query.Skip(skip).Take(BatchSize).ToListAsync(ct);
            if (batch.Count == 0) yield break;

            var ids = batch.Select(c => c.Id).ToList();
            var messages = (await db.ConversationMessages.AsNoTracking().Where(m => ids.Contains(m.ConversationId)).ToListAsync(ct))
                .ToLookup(m => m.ConversationId);
            var calls = (await db.ToolCalls.AsNoTracking().Where(t => ids.Contains(t.ConversationId)).ToListAsync(ct))
                .ToLookup(t => t.ConversationId);

            foreach (var conversation in batch)
                yield return ExportRedaction.Redact(ToSeed(conversation, messages[conversation.Id].OrderBy(m => m.Turn).ToList(), calls[conversation.Id].ToList()));
        }
    }

    private static SeedUsage? Usage(IReadOnlyList<ConversationMessage> messages)
    {
        var answered = messages.Where(m => m.InputTokens is not null || m.OutputTokens is not null).ToList();
        return answered.Count == 0
            ? null
            : new SeedUsage(answered.Sum(m => m.InputTokens ?? 0), answered.Sum(m => m.OutputTokens ?? 0),
                string.Join(", ", answered.Select(m => m.ModelId).OfType<string>().Distinct(StringComparer.Ordinal)) is { Length: > 0 } models ? models : null);
    }

    public static SeedConversation ToSeed(Conversation c, IReadOnlyList<ConversationMessage> messages, IReadOnlyList<ToolCall> calls)
    {
        var transcript = messages.Select((m, i) => new SeedMessage(i + 1,
            m.Role == ChatTurn.User ? SeedMessage.Customer : SeedMessage.Agent, m.Text,
            new DateTimeOffset(m.CreatedAt, TimeSpan.Zero))).ToList();
        double? duration = messages.Count == 0 ? null : Math.Round((messages[^1].CreatedAt - messages[0].CreatedAt).TotalSeconds, 1);
        var tools = calls.Select(t => t.Plugin).Distinct().ToList();
        var summary = tools.Count == 0 ? "No tools were used." : $"Tools used: {string.Join(", ", tools)}.";

        return new SeedConversation(
            new SeedMeta(c.Id.ToString(), Company, c.Context, c.Channel, c.Tone, c.Language,
                CustomerIssue: messages.FirstOrDefault(m => m.Role == ChatTurn.User)?.Text,
                CustomerGoal: null, AgentGoal: null,
                Resolved: c.Status == ConversationStatus.Resolved,
                NumInteractions: messages.Count,
                DurationSec: duration,
                Usage: Usage(messages)),
            transcript,
            new SeedOutcomes(c.Csat,
                NextAction: c.Status == ConversationStatus.Escalated ? "human_follow_up" : null,
                FollowupNeeded: c.Status == ConversationStatus.Escalated,
                Summary: summary));
    }
}
