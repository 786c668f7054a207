using AgentSupport.Web.Components;
using AgentSupport.Web.Ui.Accounts;
using AgentSupport.Web.Ui.Admin;
using AgentSupport.Web.Ui.Customer;
using AgentSupport.Web.Ui.Data;
using AgentSupport.Web.Ui.Localization;
using AgentSupport.Web.Ui.Privacy;
using AgentSupport.Web.Ui.Workbench;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Diagnostics;
using MudBlazor.Services;

namespace AgentSupport.Web.Ui;

public static class WebUiExtensions
{
    public const string NotFoundPath = "/not-found";

    /// <summary>The browser UI: Blazor (interactive server) with MudBlazor, cookie sign-in, English and Spanish.</summary>
    public static WebApplicationBuilder AddWebUi(this WebApplicationBuilder builder)
    {
        // MudBlazor's CSS and JS are static web assets of its package. Only Development maps them from the
        // build manifest by default; test hosts run as "Testing". A published app has no manifest and this is a no-op.
        builder.WebHost.UseStaticWebAssets();

        var services = builder.Services;
        // The prompt editor sends a whole template in one message; SignalR's 32 KB default would drop the circuit.
        services.AddRazorComponents().AddInteractiveServerComponents()
            .AddHubOptions(hub => hub.MaximumReceiveMessageSize = 512 * 1024);
        services.AddMudServices();
        services.AddCascadingAuthenticationState();
        services.AddScoped(_ => UiStrings.ForCurrentCulture());
        services.AddScoped<ScopedOperations>();
        services.AddScoped<CustomerPortal>();
        services.AddScoped<AdminOverview>();
        services.AddScoped<LiveMetrics>();
        services.AddScoped<TokenCosts>();
        services.AddOptions<ModelPricing>().Bind(builder.Configuration.GetSection(ModelPricing.SectionName));
        services.AddScoped<AdminTickets>();
        services.AddScoped<AdminConversations>();
        services.AddScoped<PrivacyPages>();

        // The antiforgery cookie is not Secure by default; like every UI cookie it is, whenever the page came over HTTPS.
        services.AddAntiforgery(antiforgery => antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.Configure<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme, cookie =>
        {
            cookie.LoginPath = AccountEndpoints.LoginPage;
            cookie.AccessDeniedPath = AccountEndpoints.AccessDeniedPage;
            cookie.ReturnUrlParameter = "returnUrl";
            cookie.Cookie.Name = "AgentSupport.Auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
        });
        return builder;
    }

    /// <summary>Maps the pages, the form endpoints behind them and their middleware; call after authorization.</summary>
    public static WebApplication MapWebUi(this WebApplication app)
    {
        app.UseRequestLocalization(UiCultures.LocalizationOptions());
        // A browser asking for a page that does not exist gets the UI's own "not found" page (still a 404).
        // The API keeps its problem details: for /api this re-execution stands aside and the app's own
        // status code pages answer.
        app.UseStatusCodePagesWithReExecute(NotFoundPath, createScopeForStatusCodePages: true);
        app.Use((http, next) =>
        {
            if (http.Request.Path.StartsWithSegments("/api") && http.Features.Get<IStatusCodePagesFeature>() is { } pages)
                pages.Enabled = false;
            return next(http);
        });
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapAccountEndpoints();
        app.MapCultureEndpoint();
        app.MapWorkbenchDownloads();
        app.MapPrivacyDownloads();
        return app;
    }
}
