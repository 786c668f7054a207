using AgentSupport.Web.Ui.Accounts;
using Microsoft.AspNetCore.Localization;

namespace AgentSupport.Web.Ui.Localization;

public static class CultureEndpoint
{
    public const string Path = "/culture";

    /// <summary>Stores the chosen UI language in a cookie and reloads the page, so a new circuit starts in it.</summary>
    public static IEndpointRouteBuilder MapCultureEndpoint(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(Path, SetCulture).ExcludeFromDescription();
        return routes;
    }

    public static string UrlFor(string culture, string returnUrl) =>
        $"{Path}?name={Uri.EscapeDataString(culture)}&returnUrl={Uri.EscapeDataString(returnUrl)}";

    private static IResult SetCulture(HttpContext http, string? name, string? returnUrl)
    {
        if (UiCultures.Resolve(name) is { } culture)
        {
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName, UiCultures.CookieValue(culture),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true, Secure = http.Request.IsHttps });
        }
        return TypedResults.LocalRedirect(LocalUrl.OrHome(returnUrl));
    }
}
