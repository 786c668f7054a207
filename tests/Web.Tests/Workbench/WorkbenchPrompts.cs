using AgentSupport.Prompts;
using AgentSupport.Prompts.Storage;
using AgentSupport.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AgentSupport.Web.Tests.Workbench;

/// <summary>The agent prompt of a test app, read and changed through its store as a prompt engineer would.</summary>
public static class WorkbenchPrompts
{
    public const string Agent = "customer-agent";

    public static int Production(AppFixture app) => Store(app).Resolve(Agent).Number;

    /// <summary>Production becomes a version without PayoutTracker, with a two-turn budget and only English.</summary>
    public static int PlantDefects(AppFixture app)
    {
        var store = Store(app);
        var production = store.Resolve(Agent);
        var defective = store.CreateVersion(Agent, new PromptEdit
        {
            Author = "test",
            Description = "planted defects",
            Policy = production.Policy with { EnabledTools = [.. production.Policy.EnabledTools.Where(t => t != "PayoutTracker")], MaxTurns = 2, Languages = ["en"] },
        });
        store.MoveLabel(Agent, PromptLabels.Production, defective.Number, by: "test", reason: "planted defects");
        return defective.Number;
    }

    private static FilePromptStore Store(AppFixture app) => app.Services.GetRequiredService<FilePromptStore>();
}
