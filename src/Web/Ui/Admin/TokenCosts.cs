using AgentSupport.Plugins.Common;
using AgentSupport.Web.Data;
using AgentSupport.Web.Ui.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AgentSupport.Web.Ui.Admin;

/// <summary>
/// Model tokens the live agent used per day (hub-local days, as everywhere in the UI), with their cost at the
/// configured prices. Every agent turn stores its own usage, failed turns included.
/// </summary>
public sealed class TokenCosts(ScopedOperations operations, TimeProvider clock, IOptions<ModelPricing> pricing)
{
    public Task<TokenCostReport> LoadAsync(int days, CancellationToken ct) => operations.RunAsync(async services =>
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        var db = services.GetRequiredService<AppDbContext>();
        var today = MexicoTime.Today(clock);
        var first = today.AddDays(1 - days);
        var (from, until) = (MexicoTime.StartOf(first).UtcDateTime, MexicoTime.StartOf(today.AddDays(1)).UtcDateTime);
        var turns = await db.ConversationMessages.AsNoTracking()
            .Where(m => m.CreatedAt >= from && m.CreatedAt < until && (m.InputTokens != null || m.OutputTokens != null))
            .Select(m => new { m.CreatedAt, Input = m.InputTokens ?? 0, Output = m.OutputTokens ?? 0 })
            .ToListAsync(ct);
        var prices = pricing.Value;
        var byDay = turns.ToLookup(t => DateOnly.FromDateTime(MexicoTime.ToLocal(new DateTimeOffset(t.CreatedAt, TimeSpan.Zero)).DateTime));
        var daily = Enumerable.Range(0, days).Select(offset => first.AddDays(offset)).Select(day =>
        {
            var (input, output) = (byDay[day].Sum(t => t.Input), byDay[day].Sum(t => t.Output));
            return new DailyTokens(day, byDay[day].Count(), input, output, prices.CostOf(input, output));
        }).ToList();
        var total = new DailyTokens(first, daily.Sum(d => d.Turns), daily.Sum(d => d.InputTokens), daily.Sum(d => d.OutputTokens), daily.Sum(d => d.Cost));
        return new TokenCostReport(daily, total, prices.Currency);
    });
}

/// <param name="Days">One row per day of the window, oldest first, days without usage included.</param>
/// <param name="Total">The window's sums (its <see cref="DailyTokens.Day"/> is the first day).</param>
public sealed record TokenCostReport(IReadOnlyList<DailyTokens> Days, DailyTokens Total, string Currency);

public sealed record DailyTokens(DateOnly Day, int Turns, long InputTokens, long OutputTokens, decimal Cost);
