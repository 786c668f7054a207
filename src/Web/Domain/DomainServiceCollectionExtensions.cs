using AgentSupport.Plugins.Documents;
using AgentSupport.Plugins.Hubs;
using AgentSupport.Plugins.Inspections;
using AgentSupport.Plugins.Offers;
using AgentSupport.Plugins.Payouts;
using AgentSupport.Plugins.Scheduling;
using AgentSupport.Plugins.Tickets;
using AgentSupport.Plugins.Warranty;
using AgentSupport.Web.Domain.Documents;
using AgentSupport.Web.Domain.Hubs;
using AgentSupport.Web.Domain.Inspections;
using AgentSupport.Web.Domain.Offers;
using AgentSupport.Web.Domain.Payouts;
using AgentSupport.Web.Domain.Scheduling;
using AgentSupport.Web.Domain.Tickets;
using AgentSupport.Web.Domain.Warranty;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AgentSupport.Web.Domain;

public static class DomainServiceCollectionExtensions
{
    /// <summary>
    /// Registers the plugins' ports over <c>AppDbContext</c>, scoped like the context, so the ports of
    /// one chat turn share its unit of work. Safe to call twice.
    /// </summary>
    public static IServiceCollection AddDomainPorts(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<IHubDirectory, EfHubDirectory>();
        services.TryAddScoped<IOfferService, EfOfferService>();
        services.TryAddScoped<IInspectionService, EfInspectionService>();
        services.TryAddScoped<IPayoutService, EfPayoutService>();
        services.TryAddScoped<IDocumentService, EfDocumentService>();
        services.TryAddScoped<IWarrantyService, EfWarrantyService>();
        services.TryAddScoped<ISchedulingService, EfSchedulingService>();
        services.TryAddScoped<ITicketService, EfTicketService>();
        services.TryAddScoped<IHandOverWriter, ConversationHandOverWriter>();
        return services;
    }
}
