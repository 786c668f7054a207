using Microsoft.EntityFrameworkCore;

namespace AgentSupport.Web.Domain;

public static class DomainModelExtensions
{
    /// <summary>Adds the domain tables (cars, hubs, offers, inspections, payouts, deals, warranties, appointments, agent tickets).</summary>
    public static ModelBuilder ApplyDomainModel(this ModelBuilder model) =>
        model.ApplyConfigurationsFromAssembly(
            typeof(DomainModelExtensions).Assembly,
            type => type.Namespace?.StartsWith(typeof(DomainModelExtensions).Namespace!, StringComparison.Ordinal) == true);
}
