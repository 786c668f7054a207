namespace AgentSupport.Workbench.Tasks;

/// <summary>A suite file as stored: its tasks, in order.</summary>
internal sealed record TaskSuiteFile(IReadOnlyList<TaskScenario> Tasks);
