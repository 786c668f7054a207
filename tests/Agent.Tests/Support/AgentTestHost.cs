using AgentSupport.Agent.Conversation;
using AgentSupport.Agent.Model;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AgentSupport.Agent.Tests.Support;

/// <summary>The agent registered exactly as a host registers it, from configuration.</summary>
public sealed class AgentTestHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private AgentTestHost(IDictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Debug));
        services.AddCustomerAgent(configuration);
        _services = services.BuildServiceProvider();
    }

    public RecordingLoggerProvider Logs { get; } = new();

    public ICustomerAgent Agent => _services.GetRequiredService<ICustomerAgent>();

    public ModelClientFactory Models => _services.GetRequiredService<ModelClientFactory>();

    public IChatClient ChatClient => _services.GetRequiredService<IChatClient>();

    public static AgentTestHost Offline() => new(new Dictionary<string, string?>());

    /// <summary>The agent configured from exactly these settings.</summary>
    public static AgentTestHost FromSettings(IDictionary<string, string?> settings) => new(settings);

    /// <summary>The agent against an OpenAI-compatible server, with fast retries so tests stay quick.</summary>
    public static AgentTestHost ForServer(
        Uri baseUrl, int maxRetries = 2, TimeSpan? turnTimeout = null, string model = "fake-model", IDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["OpenAI:ApiKey"] = "test-key",
            ["OpenAI:BaseUrl"] = baseUrl.ToString(),
            ["OpenAI:Model"] = model,
            ["Model:MaxRetries"] = maxRetries.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Model:RetryBaseDelay"] = "00:00:00.010",
            ["Model:AttemptTimeout"] = "00:00:20",
            ["Agent:TurnTimeout"] = (turnTimeout ?? TimeSpan.FromSeconds(30)).ToString(),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return new(all);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
