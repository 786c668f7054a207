using AgentSupport.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AgentSupport.Web.Accounts;

/// <summary>
/// Sign-up and password checks, shared by the token API and the browser's cookie sign-in so both
/// apply the same rules (unique email, per-account throttling, one answer for unknown and wrong).
/// </summary>
public sealed class AccountService(AppDbContext db, IPasswordHasher<User> hasher, LoginThrottle throttle)
{
    /// <summary>
    /// Checked in place of a real hash when the email is unknown, so an unknown email costs the same key derivation as a
    /// wrong password and the answer's timing does not tell who has an account.
    /// </summary>
    private static readonly Lazy<(User User, string Hash)> Unknown = new(() =>
    {
        var nobody = new User { Email = "", NormalizedEmail = "", DisplayName = "", Role = Roles.Customer };
        return (nobody, new PasswordHasher<User>().HashPassword(nobody, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32))));
    });

    /// <summary>Creates a customer account; null when the email is already registered.</summary>
    public async Task<User?> RegisterCustomerAsync(RegisterRequest request, CancellationToken ct)
    {
        var normalized = User.Normalize(request.Email);
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalized, ct))
            return null;

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
            if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalized, ct)) return null;
            throw;
        }

        return user;
    }

    /// <summary>Checks an email and password, counting the attempt against the account's limit.</summary>
    public async Task<CredentialCheck> VerifyAsync(string email, string password, CancellationToken ct)
    {
        var normalized = User.Normalize(email);
        if (throttle.TryAcquire(normalized) is { } retryAfter)
            return new CredentialCheck(CredentialOutcome.Throttled, RetryAfter: retryAfter);

        var user = await db.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == normalized, ct);
        var (checkedUser, hash) = user is null ? Unknown.Value : (user, user.PasswordHash);
        var matches = hasher.VerifyHashedPassword(checkedUser, hash, password) != PasswordVerificationResult.Failed;
        return user is not null && matches ? new CredentialCheck(CredentialOutcome.Verified, user) : new CredentialCheck(CredentialOutcome.Invalid);
    }
}

public enum CredentialOutcome
{
    Verified,
    Invalid,
    Throttled,
}

/// <param name="User">The account, only when <see cref="CredentialOutcome.Verified"/>.</param>
/// <param name="RetryAfter">How long to wait, only when <see cref="CredentialOutcome.Throttled"/>.</param>
public sealed record CredentialCheck(CredentialOutcome Outcome, User? User = null, TimeSpan? RetryAfter = null);
