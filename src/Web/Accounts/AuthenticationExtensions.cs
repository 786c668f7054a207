using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace AgentSupport.Web.Accounts;

public static class AuthenticationExtensions
{
    public const string LoginRateLimitPolicy = "login";
    public const string ApiOrCookieScheme = "ApiOrCookie";

    public static IHostApplicationBuilder AddAccounts(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<JwtOptions>().BindConfiguration(JwtOptions.Section);
        services.AddSingleton(sp => new JwtSigningKey(
            sp.GetRequiredService<IOptions<JwtOptions>>().Value,
            sp.GetRequiredService<Infrastructure.DataFolder>(),
            sp.GetRequiredService<IHostEnvironment>()));
        services.AddSingleton<TokenService>();
        services.AddSingleton<IPasswordHasher<User>, PasswordHasher<User>>();
        services.AddSingleton<LoginThrottle>();
        services.AddScoped<AccountService>();
        services.AddDataProtectionKeys();

        // The API speaks bearer tokens only (no cookie, so no cross-site request can act for a signed-in
        // browser); the browser UI signs in with a cookie. One policy scheme picks per request.
        services.AddAuthentication(ApiOrCookieScheme)
            .AddPolicyScheme(ApiOrCookieScheme, "Bearer token for the API, cookie for the browser UI", policy =>
                policy.ForwardDefaultSelector = http =>
                    http.Request.Path.StartsWithSegments("/api")
                    || (http.Request.Headers.Authorization.FirstOrDefault()?.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ?? false)
                        ? JwtBearerDefaults.AuthenticationScheme
                        : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddJwtBearer()
            .AddCookie();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<JwtOptions>, JwtSigningKey, TimeProvider>((bearer, jwt, key, clock) =>
            {
                bearer.MapInboundClaims = false;
                bearer.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = jwt.Value.Issuer,
                    ValidAudience = jwt.Value.Audience,
                    IssuerSigningKey = key.Key,
                    ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                    ClockSkew = TimeSpan.FromSeconds(30),
                    NameClaimType = AuthClaims.Name,
                    RoleClaimType = AuthClaims.Role,
                    // Tokens are issued on the app's clock (TokenService), so they are checked on it too.
                    LifetimeValidator = (notBefore, expires, _, parameters) => WithinLifetime(clock.GetUtcNow().UtcDateTime, notBefore, expires, parameters.ClockSkew),
                };
            });

        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.Admin, policy => policy.RequireRole(Roles.Admin));

        var perIpPermits = builder.Configuration.GetValue("RateLimiting:LoginPerIpPerMinute", 20);
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, token) => LoginThrottle.RejectAsync(context.HttpContext,
                context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1), token);
            limiter.AddPolicy(LoginRateLimitPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perIpPermits, Window = TimeSpan.FromMinutes(1) }));
        });

        // Fail at start, not at the first login, when production has no signing key.
        if (builder.Environment.IsProduction() && string.IsNullOrEmpty(builder.Configuration["Jwt:SigningKey"]))
            throw new InvalidOperationException("Jwt:SigningKey is required in Production (at least 32 bytes).");

        return builder;
    }

    private static bool WithinLifetime(DateTime now, DateTime? notBefore, DateTime? expires, TimeSpan skew) =>
        expires is { } end && now < end + skew && (notBefore is not { } start || now >= start - skew);
}
