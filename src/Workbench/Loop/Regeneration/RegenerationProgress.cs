namespace AgentSupport.Workbench.Loop.Regeneration;

/// <summary>Reported after each conversation: counts so far and the conversation that just finished.</summary>
public sealed record RegenerationProgress(int Total, int Completed, int Failed, string ScenarioId, Arm Arm, bool Succeeded);
