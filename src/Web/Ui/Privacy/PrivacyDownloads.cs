using AgentSupport.Web.Accounts;
using AgentSupport.Web.Privacy;

namespace AgentSupport.Web.Ui.Privacy;

/// <summary>
/// The data downloads for the signed-in browser (the API serves the same documents to bearer tokens only), through
/// the same handlers, so they are recorded in the audit trail alike.
/// </summary>
public static class PrivacyDownloads
{
    public const string OwnData = "/customer/privacy/data.json";

    public static string CustomerData(Guid customerId) => $"/admin/privacy/customers/{customerId}/data.json";

    public static IEndpointRouteBuilder MapPrivacyDownloads(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(OwnData, PrivacyApi.OwnDataAsync).ExcludeFromDescription().RequireAuthorization(policy => policy.RequireRole(Roles.Customer));
        routes.MapGet("/admin/privacy/customers/{customerId:guid}/data.json", PrivacyApi.CustomerDataAsync).ExcludeFromDescription()
            .RequireAuthorization(Roles.Admin);
        return routes;
    }
}
