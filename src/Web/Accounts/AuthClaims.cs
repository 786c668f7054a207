using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;

namespace AgentSupport.Web.Accounts;

/// <summary>The claims in our tokens, read without the inbound claim-type mapping.</summary>
public static class AuthClaims
{
    public const string Name = "name";
    public const string Role = "role";

    public static Guid UserId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(JwtRegisteredClaimNames.Sub), out var id)
            ? id
            : throw new InvalidOperationException("The principal has no user id; the endpoint must require authorization.");

    public static bool IsAdmin(this ClaimsPrincipal principal) => principal.IsInRole(Roles.Admin);
}
