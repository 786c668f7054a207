using AgentSupport.Agent.Model;
using Microsoft.Extensions.AI;

namespace AgentSupport.Workbench.Loop.Runs;

/// <summary>The models that play the Workbench's roles around the agent under test, and the record a run keeps of them.</summary>
public sealed record WorkbenchModels(IChatClient Simulator, IChatClient Judge, IChatClient Proposer, RunModel Record)
{
    /// <summary>Each role's model as configured (<c>Model:Roles:&lt;Role&gt;</c>, else the top-level model).</summary>
    public static WorkbenchModels From(ModelClientFactory models)
    {
        var roles = ModelRoles.All.ToDictionary(role => role, role => RecordOf(models.ModelFor(role)), StringComparer.Ordinal);
        var agent = roles[ModelRoles.Agent];
        return new WorkbenchModels(
            models.CreateChatClient(ModelRoles.Simulator),
            models.CreateChatClient(ModelRoles.Judge),
            models.CreateChatClient(ModelRoles.Proposer),
            new RunModel(agent.Provider, agent.ModelId, roles));
    }

    private static RunRoleModel RecordOf(ModelChoice choice) => new(choice.Provider.ToString(), choice.ModelId);

    /// <summary>One model in every role.</summary>
    public static WorkbenchModels Single(IChatClient model, RunModel record) => new(model, model, model, record);
}
