using AgentSupport.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AgentSupport.Load;

/// <summary>
/// Compares the database with what the customers saw: every message the app accepted is stored exactly once, in the
/// order sent, nothing else is stored as a customer's, and each is followed by the agent message the customer was
/// shown (the answer, or the failure message), or at least by an agent message when the stream broke first.
/// </summary>
public static class ConsistencyCheck
{
    public static async Task<ConsistencyResult> RunAsync(AppDbContext db, IReadOnlyList<ConversationRecord> conversations, CancellationToken ct = default)
    {
        var ids = conversations.Select(c => c.Id).ToList();
        var stored = (await db.ConversationMessages.AsNoTracking()
                .Where(m => ids.Contains(m.ConversationId))
                .Select(m => new { m.ConversationId, m.Turn, m.Role, m.Text })
                .ToListAsync(ct))
            .ToLookup(m => m.ConversationId);

        var problems = new List<string>();
        foreach (var conversation in conversations)
        {
            var messages = stored[conversation.Id].OrderBy(m => m.Turn).ToList();
            var accepted = conversation.Turns.Where(t => t.Accepted).ToList();
            var questions = messages.Where(m => m.Role == "user").ToList();
            var sent = accepted.Select(t => t.Sent).ToList();
            if (!questions.Select(m => m.Text).SequenceEqual(sent, StringComparer.Ordinal))
            {
                problems.Add($"{conversation.Id}: customer messages stored {Describe(questions.Select(m => m.Text), sent)}");
                continue;
            }

            if (!messages.Select(m => m.Turn).SequenceEqual(Enumerable.Range(1, messages.Count)))
            {
                problems.Add($"{conversation.Id}: turns are not numbered 1..{messages.Count} without gaps");
            }

            for (var i = 0; i < questions.Count; i++)
            {
                var answer = messages.SingleOrDefault(m => m.Turn == questions[i].Turn + 1);
                if (answer is not { Role: "assistant" })
                {
                    problems.Add($"{conversation.Id}: message {i + 1} (turn {questions[i].Turn}) has no stored answer or failure");
                }
                else if (accepted[i].Seen is { } seen && !string.Equals(answer.Text, seen, StringComparison.Ordinal))
                {
                    problems.Add($"{conversation.Id}: message {i + 1} (turn {questions[i].Turn}) stored an answer other than the one shown");
                }
            }
        }

        var checkedMessages = conversations.Sum(c => c.Turns.Count(t => t.Accepted));
        return new ConsistencyResult(conversations.Count, checkedMessages, problems);
    }

    private static string Describe(IEnumerable<string> stored, List<string> sent)
    {
        var storedList = stored.ToList();
        var duplicated = storedList.GroupBy(t => t, StringComparer.Ordinal).Count(g => g.Count() > 1);
        var missing = sent.Except(storedList, StringComparer.Ordinal).Count();
        var extra = storedList.Except(sent, StringComparer.Ordinal).Count();
        return $"{storedList.Count} vs {sent.Count} sent: {duplicated} duplicated, {missing} missing, {extra} never sent"
            + (duplicated + missing + extra == 0 ? ", out of order" : "");
    }
}

/// <summary>The check's verdict; <see cref="Problems"/> names each conversation that failed it and how.</summary>
public sealed record ConsistencyResult(int Conversations, int Messages, IReadOnlyList<string> Problems)
{
    public bool Passed => Problems.Count == 0;
}
