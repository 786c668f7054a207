using Hangfire.AspNetCore;
using Hangfire.Logging;

namespace AgentSupport.Web.Workbench.Workers;

/// <summary>
/// Hangfire's logs, written through the app's logger factory. Hangfire keeps one log provider for the whole process,
/// the one of the app configured last; in a process that hosts more than one app (a test run) that app may have
/// stopped and disposed its logger factory while another still enqueues and runs jobs. Its logs then go nowhere,
/// instead of failing the other app's requests and jobs.
/// </summary>
internal sealed class HangfireLogs(ILoggerFactory loggers) : ILogProvider
{
    private readonly AspNetCoreLogProvider _inner = new(loggers);

    public ILog GetLogger(string name) => new OutlivedLog(_inner, name);

    private sealed class OutlivedLog(AspNetCoreLogProvider provider, string name) : ILog
    {
        private ILog? _log;

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            try
            {
                return (_log ??= provider.GetLogger(name)).Log(logLevel, messageFunc, exception);
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }
}
