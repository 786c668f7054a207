using System.Globalization;
using AgentSupport.Web.Ui.Localization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace AgentSupport.Web.E2ETests.Components;

/// <summary>
/// A bUnit context with MudBlazor's services and the UI texts of one language. MudBlazor's services only
/// dispose asynchronously, so xunit disposes the context through <see cref="IAsyncLifetime"/>.
/// </summary>
public abstract class UiTestContext : BunitContext, IAsyncLifetime
{
    protected UiTestContext(string culture = UiCultures.Spanish)
    {
        Strings = UiStrings.For(CultureInfo.GetCultureInfo(culture));
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton(Strings);
    }

    protected UiStrings Strings { get; }

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    protected static int Occurrences(string markup, string text)
    {
        var count = 0;
        for (var at = markup.IndexOf(text, StringComparison.Ordinal); at >= 0; at = markup.IndexOf(text, at + text.Length, StringComparison.Ordinal))
            count++;
        return count;
    }
}
