namespace AgentSupport.Workbench.Tasks;

/// <summary>The runs of a suite and their success rates, overall and by set, language and category.</summary>
public sealed record TaskReport(IReadOnlyList<TaskRun> Runs)
{
    public TaskRate Overall => TaskRate.Of(Runs);

    public TaskRate For(string set, string? language = null) =>
        TaskRate.Of(Runs.Where(run => run.Task.Set == set && (language is null || run.Task.Language == language)));

    /// <summary>Rates by set and language, in a stable order: sets as the suite lists them, then languages alphabetically.</summary>
    public IReadOnlyList<(string Set, string Language, TaskRate Rate)> BySetAndLanguage() =>
        Runs.GroupBy(run => (run.Task.Set, run.Task.Language))
            .OrderBy(group => group.Key.Set == TaskSuite.DevSet ? 0 : 1).ThenBy(group => group.Key.Language, StringComparer.Ordinal)
            .Select(group => (group.Key.Set, group.Key.Language, TaskRate.Of(group)))
            .ToList();

    public IReadOnlyList<(string Category, TaskRate Rate)> ByCategory() =>
        Runs.GroupBy(run => run.Task.Category, StringComparer.Ordinal).OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => (group.Key, TaskRate.Of(group)))
            .ToList();
}

/// <summary>Succeeded out of total.</summary>
public readonly record struct TaskRate(int Succeeded, int Total)
{
    public double Share => Total == 0 ? 0 : (double)Succeeded / Total;

    public static TaskRate Of(IEnumerable<TaskRun> runs)
    {
        var list = runs.ToList();
        return new TaskRate(list.Count(run => run.Succeeded), list.Count);
    }
}
