using Microsoft.Extensions.Options;

namespace AgentSupport.Web.Privacy;

/// <summary>Runs <see cref="ConversationRetention"/> at start-up and then once a day on the app's clock, while retention is on.</summary>
public sealed class RetentionJob(IServiceScopeFactory scopes, IOptions<PrivacyOptions> options, TimeProvider clock, ILogger<RetentionJob> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.RetentionDays <= 0) return;
        // Created before the first await, so the daily tick is counted from start-up however long the first run takes.
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var anonymised = await scope.ServiceProvider.GetRequiredService<ConversationRetention>().RunAsync(stoppingToken);
                logger.LogInformation("Retention anonymised {Count} conversations older than {Days} days", anonymised, options.Value.RetentionDays);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The next day's run tries again; a failed run anonymised nothing it did not save.
                logger.LogError(exception, "Retention run failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
