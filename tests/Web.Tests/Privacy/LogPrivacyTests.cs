using System.Collections.Concurrent;
using AgentSupport.Web.Data;
using AgentSupport.Web.Tests.Conversations;
using AgentSupport.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace AgentSupport.Web.Tests.Privacy;

/// <summary>The app with every log record kept, from Trace up.</summary>
public sealed class LogCaptureAppFixture : AppFixture, ILoggerProvider
{
    public ConcurrentQueue<(LogLevel Level, string Category, string Text)> Records { get; } = new();

    protected override IEnumerable<KeyValuePair<string, string?>> DatabaseSettings =>
        [new("Database:Provider", DatabaseExtensions.Sqlite)];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddFilter(_ => true).AddProvider(this));
    }

    ILogger ILoggerProvider.CreateLogger(string categoryName) => new Capture(this, categoryName);

    private sealed class Capture(LogCaptureAppFixture owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Records.Enqueue((logLevel, category, formatter(state, exception) + " " + exception));
    }
}

public sealed class LogPrivacyTests(LogCaptureAppFixture app) : IClassFixture<LogCaptureAppFixture>
{
    [Fact]
    public async Task No_log_record_above_debug_holds_what_the_customer_wrote()
    {
        var customer = await app.CustomerAsync();
        var conversation = await ChatClient.StartAsync(customer, language: "es");
        const string said = "Mi CLABE es 002180012345678906, mi correo privado.cliente@example.com, ¿cuándo me pagan?";

        await ChatClient.SendAsync(customer, conversation.Id, said);

        var records = app.Records.ToArray();
        Assert.Contains(records, r => r.Level >= LogLevel.Information);
        foreach (var secret in new[] { "002180012345678906", "privado.cliente@example.com", "cuándo me pagan" })
        {
            Assert.DoesNotContain(records, r => r.Level > LogLevel.Debug && r.Text.Contains(secret, StringComparison.Ordinal));
        }
    }
}
