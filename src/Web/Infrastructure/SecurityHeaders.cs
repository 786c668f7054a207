namespace AgentSupport.Web.Infrastructure;

/// <summary>
/// Response headers that keep browsers from second-guessing content types, leaking addresses in the Referer header,
/// framing the app elsewhere or running scripts it did not serve (<see cref="ContentSecurityPolicy"/>), and HSTS outside Development so a browser that once reached the app over HTTPS stays on it.
/// </summary>
public static class SecurityHeaders
{
    public const string DocumentationSetting = "Api:Documentation";

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.Use((http, next) =>
        {
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers.XFrameOptions = "SAMEORIGIN";
            ContentSecurityPolicy.AddTo(http);
            return next(http);
        });
        return app;
    }

    /// <summary>The OpenAPI document and the Scalar reference, unless <c>Api:Documentation</c> is false (on by default).</summary>
    public static WebApplication MapApiDocumentation(this WebApplication app, Action<WebApplication> map)
    {
        if (app.Configuration.GetValue(DocumentationSetting, true))
        {
            map(app);
        }

        return app;
    }
}
