namespace AgentSupport.Web.Workbench.Workers;

/// <summary>Section <c>Workers</c>: how runs on PostgreSQL hand their conversations to worker processes.</summary>
public sealed record WorkersOptions
{
    public const string Section = "Workers";

    /// <summary>The Hangfire queue of the Workbench's conversation jobs.</summary>
    public const string Queue = "workbench";

    /// <summary>
    /// Whether this process holds conversations too. On by default, so a PostgreSQL install of one process still
    /// finishes its runs; turn it off on a web app that leaves the work to dedicated workers.
    /// </summary>
    public bool Enabled { get; init; } = true;

    /// <summary>A worker process only (<c>--worker</c>): the job server and health, no web UI or API.</summary>
    public bool Only { get; init; }

    /// <summary>Conversation jobs one process holds at once.</summary>
    public int Count { get; init; } = 4;

    /// <summary>
    /// How long a job a worker took stays invisible to the others while that worker shows no sign of life; a live
    /// worker keeps extending it (sliding), so this only bounds how soon a killed worker's jobs are taken elsewhere.
    /// </summary>
    public TimeSpan InvisibilityTimeout { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>How often idle workers look for jobs, and the run's coordinator for finished conversations.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The database schema Hangfire creates and keeps its tables in.</summary>
    public string Schema { get; init; } = "hangfire";

    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Count, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(InvisibilityTimeout, TimeSpan.FromSeconds(1));
        ArgumentOutOfRangeException.ThrowIfLessThan(PollInterval, TimeSpan.FromMilliseconds(50));
    }
}
