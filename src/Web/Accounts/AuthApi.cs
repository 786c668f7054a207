using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using AgentSupport.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AgentSupport.Web.Accounts;

public static class AuthApi
{
    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/auth").WithTags("Accounts");

        api.MapPost("/register", RegisterAsync).WithName("Register").WithSummary("Create a customer account");
        api.MapPost("/login", LoginAsync).WithName("Login").WithSummary("Exchange email and password for an access token")
            .RequireRateLimiting(AuthenticationExtensions.LoginRateLimitPolicy);
        api.MapGet("/me", MeAsync).WithName("Me").WithSummary("The signed-in account").RequireAuthorization();

        return routes;
    }

    public static async Task<Results<Created<UserResponse>, ProblemHttpResult>> RegisterAsync(
        RegisterRequest request, AppDbContext db, IPasswordHasher<User> hasher, CancellationToken ct)
    {
        var normalized = User.Normalize(request.Email);
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalized, ct))
            return DuplicateEmail();

        var user = new User
        {
            Email = request.Email.Trim(),
            NormalizedEmail = normalized,
            DisplayName = request.DisplayName.Trim(),
            Role = Roles.Customer,
        };
        user.PasswordHash = hasher.HashPassword(user, request.Password);
        db.Users.Add(user);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Lost a race with a concurrent registration of the same email: the unique index said no.
            db.ChangeTracker.Clear();
            if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalized, ct)) return DuplicateEmail();
            throw;
        }

        return TypedResults.Created("/api/auth/me", UserResponse.From(user));
    }

    public static async Task<Results<Ok<LoginResponse>, ProblemHttpResult>> LoginAsync(
        LoginRequest request, AppDbContext db, IPasswordHasher<User> hasher, TokenService tokens,
        LoginThrottle throttle, HttpContext http, CancellationToken ct)
    {
        var normalized = User.Normalize(request.Email);
        if (throttle.TryAcquire(normalized) is { } retryAfter)
            return LoginThrottle.TooManyAttempts(http, retryAfter);

        var user = await db.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == normalized, ct);
        var verified = user is not null && hasher.VerifyHashedPassword(user, user.PasswordHash, request.Password) != PasswordVerificationResult.Failed;
        // One answer for an unknown email and a wrong password, so the endpoint does not reveal who has an account.
        if (!verified)
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Invalid email or password");

        var token = tokens.Issue(user!);
        return TypedResults.Ok(new LoginResponse(token.Value, token.ExpiresAt, UserResponse.From(user!)));
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
