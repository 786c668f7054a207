using AgentSupport.Plugins.Hubs;
using AgentSupport.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AgentSupport.Web.Domain.Hubs;

public sealed class EfHubDirectory(AppDbContext db) : IHubDirectory
{
    public async Task<IReadOnlyList<Hub>> ListHubsAsync(CancellationToken cancellationToken)
    {
        var hubs = await db.Set<ServiceHub>().AsNoTracking().OrderBy(h => h.City).ThenBy(h => h.Name).ToListAsync(cancellationToken);
        return hubs.Select(h => new Hub(h.Id, h.Name, h.City, h.Address)).ToList();
    }
}
