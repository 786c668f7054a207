namespace AgentSupport.Agent.Model;

/// <summary>The parts a model plays in AgentSupport; the Offline engine picks its rules by these names.</summary>
public static class ModelRoles
{
    /// <summary>The customer-service agent (tools, policy, tone).</summary>
    public const string Agent = "agent";

    /// <summary>A simulated customer in a Workbench regeneration; ends with the prompt's stop marker.</summary>
    public const string Simulator = "simulator";

    /// <summary>Scores a transcript; answers JSON <c>{"resolved", "csat", "reasons"}</c>.</summary>
    public const string Judge = "judge";

    /// <summary>Proposes prompt and tool changes from an analysis; answers the five-part proposal JSON.</summary>
    public const string Proposer = "proposer";

    /// <summary>Every role, each of which may have its own model (<c>Model:Roles:&lt;Role&gt;</c>).</summary>
    public static readonly IReadOnlyList<string> All = [Agent, Simulator, Judge, Proposer];
}
