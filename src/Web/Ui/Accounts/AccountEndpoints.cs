using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using AgentSupport.Web.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace AgentSupport.Web.Ui.Accounts;

/// <summary>
/// The browser's sign-in: plain form posts (with antiforgery tokens) that set or clear the auth cookie,
/// then redirect. The pages validate as the user types; these endpoints decide.
/// </summary>
public static class AccountEndpoints
{
    public const string LoginPage = "/account/login";
    public const string SignUpPage = "/account/signup";
    public const string AccessDeniedPage = "/account/access-denied";
    public const string LogoutPath = "/account/logout";

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder routes)
    {
        var account = routes.MapGroup("/account").ExcludeFromDescription();
        account.MapPost("/login", LoginAsync).RequireRateLimiting(AuthenticationExtensions.LoginRateLimitPolicy);
        account.MapPost("/signup", SignUpAsync).RequireRateLimiting(AuthenticationExtensions.LoginRateLimitPolicy);
        account.MapPost("/logout", LogoutAsync);
        return routes;
    }

    /// <summary>Where a signed-in user starts: admins in the console, customers in their portal.</summary>
    public static string HomeFor(ClaimsPrincipal user) => user.IsAdmin() ? "/admin" : "/customer";

    private static async Task<IResult> LoginAsync(
        [FromForm] string? email, [FromForm] string? password, [FromForm] string? returnUrl,
        AccountService accounts, HttpContext http, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
            return Back(LoginPage, LoginError.Invalid, returnUrl);

        var check = await accounts.VerifyAsync(email, password, ct);
        return check.Outcome switch
        {
            CredentialOutcome.Verified => await SignInAsync(http, check.User!, returnUrl),
            CredentialOutcome.Throttled => Back(LoginPage, LoginError.Throttled, returnUrl),
            _ => Back(LoginPage, LoginError.Invalid, returnUrl),
        };
    }

    private static async Task<IResult> SignUpAsync(
        [FromForm] string? email, [FromForm] string? password, [FromForm] string? displayName,
        AccountService accounts, HttpContext http, CancellationToken ct)
    {
        var request = new RegisterRequest(email ?? "", password ?? "", displayName ?? "");
        // The page validates field by field; a post that skipped it gets the same rules here.
        if (!Validator.TryValidateObject(request, new ValidationContext(request), [], validateAllProperties: true))
            return Back(SignUpPage, LoginError.Invalid, returnUrl: null);

        return await accounts.RegisterCustomerAsync(request, ct) is { } user
            ? await SignInAsync(http, user, returnUrl: null)
            : Back(SignUpPage, LoginError.EmailTaken, returnUrl: null);
    }

    private static async Task<IResult> LogoutAsync([FromForm] string? returnUrl, HttpContext http)
    {
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.LocalRedirect(LocalUrl.OrHome(returnUrl));
    }

    private static async Task<IResult> SignInAsync(HttpContext http, User user, string? returnUrl)
    {
        var identity = new ClaimsIdentity(AuthClaims.For(user), CookieAuthenticationDefaults.AuthenticationScheme, AuthClaims.Name, AuthClaims.Role);
        var principal = new ClaimsPrincipal(identity);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        return TypedResults.LocalRedirect(LocalUrl.IsLocal(returnUrl) ? returnUrl! : HomeFor(principal));
    }

    private static IResult Back(string page, string error, string? returnUrl)
    {
        var url = $"{page}?error={error}";
        if (LocalUrl.IsLocal(returnUrl)) url += $"&returnUrl={Uri.EscapeDataString(returnUrl!)}";
        return TypedResults.LocalRedirect(url);
    }
}
