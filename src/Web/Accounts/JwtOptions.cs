namespace AgentSupport.Web.Accounts;

public sealed class JwtOptions
{
    public const string Section = "Jwt";

    public string Issuer { get; set; } = "AgentSupport";
    public string Audience { get; set; } = "AgentSupport";
    public int LifetimeMinutes { get; set; } = 60;
    /// <summary>At least 32 bytes of UTF-8. When empty outside Production a key is generated into the data folder.</summary>
    public string? SigningKey { get; set; }
}
