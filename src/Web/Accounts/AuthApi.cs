using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using AgentSupport.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AgentSupport.Web.Accounts;

public static class AuthApi
{
    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/auth").WithTags("Accounts");

        // Sign-up must say when an email is taken; the per-address limit keeps that from becoming a way to list accounts.
        api.MapPost("/register", RegisterAsync).WithName("Register").WithSummary("Create a customer account")
            .RequireRateLimiting(AuthenticationExtensions.LoginRateLimitPolicy);
        api.MapPost("/login", LoginAsync).WithName("Login").WithSummary("Exchange email and password for an access token")
            .RequireRateLimiting(AuthenticationExtensions.LoginRateLimitPolicy);
        api.MapGet("/me", MeAsync).WithName("Me").WithSummary("The signed-in account").RequireAuthorization();

        return routes;
    }

    public static async Task<Results<Created<UserResponse>, ProblemHttpResult>> RegisterAsync(
        RegisterRequest request, AccountService accounts, CancellationToken ct) =>
        await accounts.RegisterCustomerAsync(request, ct) is { } user
            ? TypedResults.Created("/api/auth/me", UserResponse.From(user))
            : DuplicateEmail();

    public static async Task<Results<Ok<LoginResponse>, ProblemHttpResult>> LoginAsync(
        LoginRequest request, AccountService accounts, TokenService tokens, HttpContext http, CancellationToken ct)
    {
        var check = await accounts.VerifyAsync(request.Email, request.Password, ct);
        switch (check.Outcome)
        {
            case CredentialOutcome.Throttled:
                return LoginThrottle.TooManyAttempts(http, check.RetryAfter!.Value);
            case CredentialOutcome.Invalid:
                // One answer for an unknown email and a wrong password, so the endpoint does not reveal who has an account.
                return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Invalid email or password");
        }

        var token = tokens.Issue(check.User!);
        return TypedResults.Ok(new LoginResponse(token.Value, token.ExpiresAt, UserResponse.From(check.User!)));
    }

    public static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> MeAsync(ClaimsPrincipal principal, AppDbContext db, CancellationToken ct)
    {
        var user = await db.Users.FindAsync([principal.UserId()], ct);
        return user is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "The account no longer exists")
            : TypedResults.Ok(UserResponse.From(user));
    }

    private static ProblemHttpResult DuplicateEmail() =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Email already registered",
            detail: "An account with this email already exists.");
}

public sealed record RegisterRequest(
    [property: Required, EmailAddress, MaxLength(256)] string Email,
    [property: Required, StrongPassword] string Password,
    [property: Required, MinLength(1), MaxLength(100)] string DisplayName);

public sealed record LoginRequest([property: Required] string Email, [property: Required] string Password);

public sealed record LoginResponse(string AccessToken, DateTime ExpiresAt, UserResponse User);

public sealed record UserResponse(Guid Id, string Email, string DisplayName, string Role)
{
    public static UserResponse From(User user) => new(user.Id, user.Email, user.DisplayName, user.Role);
}
