using AgentSupport.Web.Accounts;
using Hangfire.Dashboard;

namespace AgentSupport.Web.Workbench.Workers;

/// <summary>
/// The job dashboard is for admins only: Hangfire answers anyone else 401 (not signed in) or 403 (signed in). It stands
/// behind the admin policy of its route too; this check keeps it closed should the route ever lose that policy.
/// </summary>
public sealed class AdminDashboardFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsAdmin();
}
