using System.Text.Json;
using System.Text.Json.Nodes;
using AgentSupport.Web.Conversations;
using AgentSupport.Web.Data;
using AgentSupport.Workbench.Privacy;
using Microsoft.EntityFrameworkCore;

namespace AgentSupport.Web.Privacy;

/// <summary>
/// Unlinks conversations from their customer and rewrites their texts (messages, rating comment, tool arguments and
/// results). What the dashboards and the Workbench count stays: status, CSAT, turns, tokens, models, tool outcomes,
/// durations and every timestamp.
/// </summary>
public static class ConversationAnonymiser
{
    public const int BatchSize = 200;

    /// <summary>What stands in place of erased text.</summary>
    public const string ErasedText = "[ERASED]";

    /// <summary>Personal data replaced by typed placeholders; the rest of the text stays for analysis.</summary>
    public static ConversationRewrite Redacting { get; } = new(PersonalDataRedactor.Redact, RedactJson, PersonalDataRedactor.Redact);

    /// <summary>Every text gone.</summary>
    public static ConversationRewrite Erasing { get; } = new(_ => ErasedText, _ => "{}", _ => null);

    /// <summary>
    /// Anonymises every conversation <paramref name="selected"/> picks, in batches, and returns how many. Anonymising
    /// must take a conversation out of the selection (it unlinks the customer and stamps <see cref="Conversation.AnonymisedAt"/>).
    /// The change tracker is cleared after each batch.
    /// </summary>
    public static async Task<int> AnonymiseAsync(
        AppDbContext db, IQueryable<Conversation> selected, ConversationRewrite rewrite, DateTime now, CancellationToken ct)
    {
        var total = 0;
        while (await selected.OrderBy(c => c.Id).Take(BatchSize).ToListAsync(ct) is { Count: > 0 } batch)
        {
            var ids = batch.Select(c => c.Id).ToList();
            foreach (var message in await db.ConversationMessages.Where(m => ids.Contains(m.ConversationId)).ToListAsync(ct))
                message.Text = rewrite.Text(message.Text);
            foreach (var call in await db.ToolCalls.Where(t => ids.Contains(t.ConversationId)).ToListAsync(ct))
            {
                call.ArgumentsJson = rewrite.Json(call.ArgumentsJson);
                call.ResultJson = rewrite.Json(call.ResultJson);
            }
            foreach (var conversation in batch)
            {
                conversation.RatingComment = conversation.RatingComment is null ? null : rewrite.Comment(conversation.RatingComment);
                conversation.CustomerId = null;
                conversation.AnonymisedAt = now;
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            total += batch.Count;
        }
        return total;
    }

    private static string RedactJson(string json)
    {
        try
        {
            return JsonNode.Parse(json) is { } node ? ExportRedaction.Redact(node).ToJsonString() : json;
        }
        catch (JsonException)
        {
            return PersonalDataRedactor.Redact(json);
        }
    }
}

/// <summary>How each kind of conversation text is rewritten; a null comment is dropped.</summary>
public sealed record ConversationRewrite(Func<string, string> Text, Func<string, string> Json, Func<string, string?> Comment);
