using AgentSupport.Plugins.Inspections;
using AgentSupport.Plugins.Payouts;
using AgentSupport.Web.Data;
using AgentSupport.Web.Domain.Inspections;
using AgentSupport.Web.Domain.Payouts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AgentSupport.Web.E2ETests.Infrastructure;

/// <summary>
/// The payout and inspection look-ups over the real database, answering after <see cref="Delay"/> as a back office
/// across the network does, so the browser can see a tool while it runs and then its outcome.
/// </summary>
public static class SlowBackOffice
{
    public static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(700);

    public static void Use(IServiceCollection services)
    {
        services.Replace(ServiceDescriptor.Scoped<IPayoutService>(sp => new Payouts(new EfPayoutService(sp.GetRequiredService<AppDbContext>()))));
        services.Replace(ServiceDescriptor.Scoped<IInspectionService>(sp =>
            new Inspections(new EfInspectionService(sp.GetRequiredService<AppDbContext>(), sp.GetRequiredService<TimeProvider>()))));
    }

    private sealed class Payouts(IPayoutService inner) : IPayoutService
    {
        public async Task<IReadOnlyList<Payout>> ListPayoutsAsync(Guid customerId, CancellationToken cancellationToken)
        {
            await Task.Delay(Delay, cancellationToken);
            return await inner.ListPayoutsAsync(customerId, cancellationToken);
        }
    }

    private sealed class Inspections(IInspectionService inner) : IInspectionService
    {
        public async Task<IReadOnlyList<Inspection>> ListInspectionsAsync(Guid customerId, CancellationToken cancellationToken)
        {
            await Task.Delay(Delay, cancellationToken);
            return await inner.ListInspectionsAsync(customerId, cancellationToken);
        }

        public Task<IReadOnlyList<DateTimeOffset>> ListFreeSlotsAsync(string hubId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
            inner.ListFreeSlotsAsync(hubId, from, to, cancellationToken);

        public Task<bool> MoveInspectionAsync(Guid customerId, string inspectionId, DateTimeOffset newStart, CancellationToken cancellationToken) =>
            inner.MoveInspectionAsync(customerId, inspectionId, newStart, cancellationToken);
    }
}
