using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;

namespace AgentSupport.Web.Accounts;

/// <summary>The claims in our tokens, read without the inbound claim-type mapping.</summary>
public static class AuthClaims
{
    public const string Name = "name";
    public const string Role = "role";

    /// <summary>The claims that identify an account, the same in access tokens and in the browser's cookie.</summary>
    public static IReadOnlyList<Claim> For(User user) =>
    [
        new(JwtRegisteredClaimNames.Sub, user.Id.ToString()),
        new(JwtRegisteredClaimNames.Email, user.Email),
        new(Name, user.DisplayName),
        new(Role, user.Role),
    ];

    public static Guid UserId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(JwtRegisteredClaimNames.Sub), out var id)
            ? id
            : throw new InvalidOperationException("The principal has no user id; the endpoint must require authorization.");

    /// <summary>The account's email, recorded as the actor of audited changes.</summary>
    public static string Email(this ClaimsPrincipal principal) =>
        principal.FindFirstValue(JwtRegisteredClaimNames.Email) ?? principal.Identity?.Name ?? "unknown";

    public static bool IsAdmin(this ClaimsPrincipal principal) => principal.IsInRole(Roles.Admin);
}
