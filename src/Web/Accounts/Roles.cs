namespace AgentSupport.Web.Accounts;

public static class Roles
{
    public const string Customer = "customer";
    public const string Admin = "admin";

    /// <summary>An erased customer's account: kept so the records the business must keep still point somewhere, but nobody can sign in as it.</summary>
    public const string Erased = "erased";
}
