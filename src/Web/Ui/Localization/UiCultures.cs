using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace AgentSupport.Web.Ui.Localization;

/// <summary>
/// The UI languages. The choice made with the app bar's switch (a cookie) wins; otherwise the browser's
/// Accept-Language; otherwise English. Regional variants fall back to their language (es-MX reads as es).
/// </summary>
public static class UiCultures
{
    public const string English = "en";
    public const string Spanish = "es";

    public static IReadOnlyList<string> All { get; } = [English, Spanish];

    public static bool IsSupported(string? culture) => culture is not null && All.Contains(culture, StringComparer.OrdinalIgnoreCase);

    public static RequestLocalizationOptions LocalizationOptions()
    {
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(English),
            SupportedCultures = All.Select(CultureInfo.GetCultureInfo).ToList(),
            SupportedUICultures = All.Select(CultureInfo.GetCultureInfo).ToList(),
        };
        // Only the explicit choice and the browser's preference; a ?culture= query string is not a way in.
        options.RequestCultureProviders =
        [
            new CookieRequestCultureProvider(),
            new AcceptLanguageHeaderRequestCultureProvider(),
        ];
        return options;
    }

    public static string CookieValue(string culture) => CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture));
}
