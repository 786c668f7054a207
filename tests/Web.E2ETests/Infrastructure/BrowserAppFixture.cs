using System.Net;
using AgentSupport.Agent;
using AgentSupport.Agent.Conversation;
using AgentSupport.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace AgentSupport.Web.E2ETests.Infrastructure;

/// <summary>
/// The real app on Kestrel at a free 127.0.0.1 port (fresh SQLite data folder, demo seed, Offline agent,
/// a copy of the repository's prompts so that editing and promoting in the browser never touches them)
/// and one headless Debian Chromium driven by Playwright, shared by the browser test classes.
/// Without Chromium nothing starts and the tests skip with <see cref="SkipReason"/>. A fixture that runs the app on
/// another model overrides <see cref="ConfigureAgent"/>.
/// </summary>
public class BrowserAppFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string SkipReason = "Browser tests need Debian's Chromium at " + ChromiumPath + ".";
    public const string TestSigningKey = "e2e-test-signing-key-that-is-long-enough-for-hs256!";

    private readonly string _dataPath = Directory.CreateTempSubdirectory("agentsupport-e2e-").FullName;
    private AppFactory? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public static bool BrowserAvailable => File.Exists(ChromiumPath);

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser => _browser ?? throw new InvalidOperationException(SkipReason);

    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        if (!BrowserAvailable) return;

        await BeforeAppStartsAsync();
        _app = new AppFactory(_dataPath, ConfigureAgent, ConfigureServices, Settings);
        _app.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _app.StartServer();
        var addresses = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseUrl = addresses.Addresses.Single().TrimEnd('/');

        // Shared 2-core machines are slow at times: waits are for things that will happen, so give them room.
        Assertions.SetDefaultExpectTimeout(15_000);
        Directory.CreateDirectory(ScreenshotFolder);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
            ],
        });
    }

    /// <summary>A fresh browser session (own cookies) whose Accept-Language follows <paramref name="locale"/>.</summary>
    public async Task<IPage> NewPageAsync(string locale = "es-MX", int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            Locale = locale,
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>Where a fixture of its own changes the app under test (a pinned clock, ...).</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>Settings a fixture of its own adds to the app's (a feature switched on, ...).</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();

    /// <summary>Starts what the app depends on before it starts, such as a model server it is pointed at.</summary>
    protected virtual Task BeforeAppStartsAsync() => Task.CompletedTask;

    /// <summary>The agent of the app: the Offline engine, paced so that the browser sees answers grow.</summary>
    protected virtual void ConfigureAgent(IWebHostBuilder builder) =>
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<CustomerAgent>();
            services.Replace(ServiceDescriptor.Singleton<ICustomerAgent>(sp =>
                new PacedCustomerAgent(sp.GetRequiredService<CustomerAgent>(), TimeSpan.FromMilliseconds(40))));
        });

    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException(SkipReason);

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public virtual async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_app is not null) await _app.DisposeAsync();
        SqliteCleanup();
        try { Directory.Delete(_dataPath, recursive: true); } catch (IOException) { }
    }

    private static void SqliteCleanup() => Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

    private sealed class AppFactory(
        string dataPath, Action<IWebHostBuilder> configureAgent, Action<IServiceCollection> configure, IReadOnlyDictionary<string, string> settings)
        : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Storage:DataPath", dataPath);
            builder.UseSetting("Database:Provider", DatabaseExtensions.Sqlite);
            builder.UseSetting("Jwt:SigningKey", TestSigningKey);
            builder.UseSetting("Demo:Seed", "true");
            builder.UseSetting("Prompts:Root", RepositoryFiles.CopyPrompts(Path.Combine(dataPath, "prompts")));
            builder.UseSetting("Prompts:Watch", "false");
            builder.UseSetting("RateLimiting:LoginPerIpPerMinute", "10000");
            builder.UseSetting("RateLimiting:LoginPerAccountPerMinute", "10000");
            foreach (var (key, value) in settings) builder.UseSetting(key, value);
            builder.ConfigureLogging(logging => logging.AddProvider(AppErrorLog.Provider));
            configureAgent(builder);
            builder.ConfigureServices(configure);
        }
    }
}
