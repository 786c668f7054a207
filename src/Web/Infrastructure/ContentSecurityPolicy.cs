using System.Security.Cryptography;

namespace AgentSupport.Web.Infrastructure;

/// <summary>
/// The Content-Security-Policy of every HTML page: scripts, connections (the Blazor circuit's WebSocket included, which
/// <c>'self'</c> covers), frames and images from the app's own origin only. The one inline script, Blazor's import map,
/// runs by a nonce fresh for each answer. Styles allow inline ones because MudBlazor sets its theme and layout in
/// <c>style</c> elements and attributes; styles cannot run code.
/// </summary>
public static class ContentSecurityPolicy
{
    public const string HeaderName = "Content-Security-Policy";

    private static readonly object NonceKey = new();

    /// <summary>The nonce an inline script of this answer carries to be allowed to run.</summary>
    public static string Nonce(HttpContext http)
    {
        if (http.Items[NonceKey] is not string nonce)
        {
            // Hex rather than base64: no "+" or "/" for HTML encoding to turn into entities in the page.
            nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            http.Items[NonceKey] = nonce;
        }

        return nonce;
    }

    public static string For(string nonce) =>
        "default-src 'self'; " +
        $"script-src 'self' 'nonce-{nonce}'; " +
        "style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; " +
        "font-src 'self' data:; " +
        "connect-src 'self'; " +
        "object-src 'none'; " +
        "base-uri 'self'; " +
        "form-action 'self'; " +
        "frame-ancestors 'self'";

    /// <summary>Adds the policy to HTML answers, once their content type is known.</summary>
    public static void AddTo(HttpContext http) =>
        http.Response.OnStarting(() =>
        {
            // The API reference page writes its own inline configuration script, which cannot carry our nonce; it shows
            // the API's description only and can be switched off in production (Api:Documentation).
            if (http.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true
                && !http.Request.Path.StartsWithSegments("/scalar"))
            {
                http.Response.Headers[HeaderName] = For(Nonce(http));
            }

            return Task.CompletedTask;
        });
}
