using AgentSupport.Web.Conversations;
using AgentSupport.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AgentSupport.Web.Experiments;

/// <summary>
/// What an experiment's conversations gave, per arm. A conversation counts for resolution once it has an outcome: the
/// customer marked it resolved (1), it was handed to a person (0), or the customer rated it without resolving it, which
/// is how a chat is ended (0). Open, unrated conversations may still go either way and are left out. A rating counts
/// for CSAT whatever the status.
/// </summary>
public static class ExperimentTally
{
    public static async Task<(ArmOutcomes Production, ArmOutcomes Candidate)> LoadAsync(AppDbContext db, Guid experimentId, CancellationToken ct)
    {
        var arms = await db.Conversations.AsNoTracking()
            .Where(c => c.ExperimentId == experimentId && (c.Status != ConversationStatus.Open || c.Csat != null))
            .GroupBy(c => c.ExperimentArm)
            .Select(g => new
            {
                Arm = g.Key,
                Concluded = g.Count(),
                Resolved = g.Count(c => c.Status == ConversationStatus.Resolved),
                Rated = g.Count(c => c.Csat != null),
                Satisfied = g.Count(c => c.Csat >= ExperimentMetrics.SatisfiedFrom),
            })
            .ToListAsync(ct);

        ArmOutcomes Of(string arm) => arms.SingleOrDefault(a => a.Arm == arm) is { } a
            ? new ArmOutcomes(new Proportion(a.Resolved, a.Concluded), new Proportion(a.Satisfied, a.Rated))
            : ArmOutcomes.None;

        return (Of(ExperimentArm.Production), Of(ExperimentArm.Candidate));
    }
}
