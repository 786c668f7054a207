using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AgentSupport.Web.E2ETests.Infrastructure;

/// <summary>The app and Chromium of <see cref="BrowserAppFixture"/>, on <see cref="Clock"/>: the 5th of a month, 11:29 in Mexico City.</summary>
public sealed class PinnedClockAppFixture : BrowserAppFixture
{
    /// <summary>A single-digit day; 17:29 UTC is 11:29 in Mexico City (UTC-6) and already the next day east of UTC+7.</summary>
    public static readonly DateTimeOffset Start = new(2030, 3, 5, 17, 29, 0, TimeSpan.Zero);

    public PinnedClock Clock { get; } = new(Start);

    protected override void ConfigureServices(IServiceCollection services) => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
}

[CollectionDefinition(Name)]
public sealed class PinnedClockCollection : ICollectionFixture<PinnedClockAppFixture>
{
    public const string Name = "Browser on a pinned clock";
}
