using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace AgentSupport.Web.E2ETests.Infrastructure;

/// <summary>
/// The warnings and errors the apps under test logged, the last hundred, so a browser test that times out can say what
/// the server was doing: the console they would go to is not shown by the test runner.
/// </summary>
public sealed class AppErrorLog : ILoggerProvider
{
    private const int Kept = 100;
    private static readonly ConcurrentQueue<(long Number, string Line)> Entries = new();
    private static long _logged;

    public static AppErrorLog Provider { get; } = new();

    /// <summary>How many entries have been logged so far: a mark to read what comes after it (<see cref="Since"/>).</summary>
    public static long Mark() => Interlocked.Read(ref _logged);

    /// <summary>What was logged after <paramref name="mark"/>, oldest first.</summary>
    public static IReadOnlyList<string> Since(long mark) => Entries.Where(e => e.Number > mark).Select(e => e.Line).ToList();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            var error = exception is null ? "" : $" ({exception.GetType().Name}: {exception.Message})";
            Entries.Enqueue((Interlocked.Increment(ref _logged), $"{logLevel} {category}: {formatter(state, exception)}{error}"));
            while (Entries.Count > Kept) Entries.TryDequeue(out _);
        }
    }
}
