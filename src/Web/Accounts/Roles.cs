namespace AgentSupport.Web.Accounts;

public static class Roles
{
    public const string Customer = "customer";
    public const string Admin = "admin";
}
