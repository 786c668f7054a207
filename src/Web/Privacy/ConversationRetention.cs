using System.Globalization;
using AgentSupport.Web.Data;
using Microsoft.Extensions.Options;

namespace AgentSupport.Web.Privacy;

/// <summary>
/// Anonymises the conversations (and their tool calls) whose last activity is older than
/// <see cref="PrivacyOptions.RetentionDays"/>: texts redacted, customer unlinked, metrics kept.
/// </summary>
public sealed class ConversationRetention(AppDbContext db, PrivacyAudit audit, TimeProvider clock, IOptions<PrivacyOptions> options)
{
    /// <summary>How many conversations were anonymised; 0 when retention is off.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var days = options.Value.RetentionDays;
        if (days <= 0) return 0;
        var now = clock.GetUtcNow().UtcDateTime;
        var cutoff = now.AddDays(-days);
        var anonymised = await ConversationAnonymiser.AnonymiseAsync(
            db, db.Conversations.Where(c => c.AnonymisedAt == null && c.UpdatedAt < cutoff), ConversationAnonymiser.Redacting, now, ct);
        if (anonymised > 0)
        {
            await audit.RecordAsync(PrivacyAudit.SystemActor, PrivacyActions.Retention,
                string.Create(CultureInfo.InvariantCulture, $"{anonymised} conversations without activity since {cutoff:yyyy-MM-dd HH:mm} UTC ({days} days)"), ct: ct);
        }
        return anonymised;
    }
}
