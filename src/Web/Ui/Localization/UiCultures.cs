using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace AgentSupport.Web.Ui.Localization;

/// <summary>
/// The UI cultures. The marketplace serves Mexico, so Spanish is Mexican Spanish (es-MX: "05/12/2026",
/// "$1,234.50") and English is en-US; any regional variant or neutral language maps to one of them, so
/// dates, times and money read the same way on every page whatever variant the browser names.
/// The choice made with the app bar's switch (a cookie) wins; otherwise the browser's Accept-Language;
/// otherwise English.
/// </summary>
public static class UiCultures
{
    public const string English = "en-US";
    public const string Spanish = "es-MX";

    public static IReadOnlyList<string> All { get; } = [English, Spanish];

    /// <summary>"es-MX" for "es", "es-ES" or "ES-mx"; "en-US" for any English; null for a language the UI does not speak.</summary>
    public static string? Resolve(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var language = name.Trim().Split('-', '_')[0];
        return All.FirstOrDefault(c => string.Equals(LanguageOf(c), language, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The two-letter language a culture speaks ("es" for es-MX), as conversations and prompts name it.</summary>
    public static string LanguageOf(string culture) => culture.Split('-')[0].ToLowerInvariant();

    public static bool IsSpanish(CultureInfo culture) => LanguageOf(culture.Name) == LanguageOf(Spanish);

    public static RequestLocalizationOptions LocalizationOptions()
    {
        var cultures = All.Select(CultureInfo.GetCultureInfo).ToList();
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(English),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
        };
        // Only the explicit choice and the browser's preference; a ?culture= query string is not a way in.
        options.RequestCultureProviders =
        [
            new MarketCultureProvider(new CookieRequestCultureProvider()),
            new MarketCultureProvider(new AcceptLanguageHeaderRequestCultureProvider()),
        ];
        return options;
    }

    public static string CookieValue(string culture) => CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture));

    /// <summary>Maps what another provider found ("es", "es-AR", "en-GB") onto the supported specific cultures.</summary>
    private sealed class MarketCultureProvider(RequestCultureProvider inner) : RequestCultureProvider
    {
        public override async Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
        {
            var found = await inner.DetermineProviderCultureResult(httpContext);
            var culture = found?.Cultures.Select(c => Resolve(c.Value)).FirstOrDefault(c => c is not null);
            return culture is null ? null : new ProviderCultureResult(culture);
        }
    }
}
