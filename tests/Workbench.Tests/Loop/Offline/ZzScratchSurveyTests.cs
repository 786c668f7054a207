using AgentSupport.Plugins.Sandbox;
using AgentSupport.Workbench.Loop.Judging;
using AgentSupport.Workbench.Loop.Regeneration;

namespace AgentSupport.Workbench.Tests.Loop.Offline;

public sealed class ZzScratchSurveyTests : IDisposable
{
    private readonly TempPrompts _prompts = new();
    private readonly OfflineModel _model = new();

    public void Dispose()
    {
        _model.Dispose();
        _prompts.Dispose();
    }

    [Fact]
    public async Task Survey()
    {
        var agentPrompt = _prompts.Store.Resolve("customer-agent");
        if (Environment.GetEnvironmentVariable("SURVEY_MAXTURNS") is { } mt)
        {
            agentPrompt = _prompts.Store.CreateVersion("customer-agent", new AgentSupport.Prompts.PromptEdit { Author = "t", Description = "t", Policy = agentPrompt.Policy with { MaxTurns = int.Parse(mt), Languages = (Environment.GetEnvironmentVariable("SURVEY_LANGS") ?? "es,en").Split(',') } });
        }
        var sim = _prompts.Store.Resolve("customer-simulator");
        var judgePrompt = _prompts.Store.Resolve("judge");
        var simulator = new ConversationSimulator(_model.Agent, _model.Chat, SandboxScenario.Default, _model.Logging, new SimulationOptions());
        var judge = new ConversationJudge(_model.Chat, new SimulationOptions());
        var total = 0; var unresolved = 0;
        var byIntent = new Dictionary<string, (int, int)>();
        var log = new System.Text.StringBuilder();
        foreach (var seed in Enumerable.Range(int.Parse(Environment.GetEnvironmentVariable("SURVEY_FROM") ?? "1"), int.Parse(Environment.GetEnvironmentVariable("SURVEY_N") ?? "6")))
        {
            var scenarios = ScenarioPlanner.Plan(SandboxScenario.Default, new ScenarioPlanSettings { PerContext = 10, Seed = seed });
            foreach (var s in scenarios)
            {
                var c = await simulator.RunAsync(s, agentPrompt, sim, default);
                var (j, _) = await judge.JudgeAsync(s, c, judgePrompt, default);
                total++;
                var (t, u) = byIntent.GetValueOrDefault(s.Intent);
                byIntent[s.Intent] = (t + 1, u + (j.Resolved ? 0 : 1));
                var calls = c.Transcript.SelectMany(x => x.ToolCalls).ToList();
                var odd = !j.Resolved || Environment.GetEnvironmentVariable("SURVEY_ALL") is not null || calls.Any(x => !x.Succeeded) || c.Transcript.Count > 6 || calls.Select(x => x.Plugin).Distinct().Count() > 1 || !c.CustomerEnded;
                if (odd)
                {
                    unresolved++;
                    log.AppendLine($"=== {s.Id} seed {seed} {s.Intent} {s.Language} persona={s.Persona} goal={s.Goal}");
                    foreach (var turn in c.Transcript)
                    {
                        log.AppendLine($"{turn.Speaker}: {turn.Text}");
                        foreach (var call in turn.ToolCalls) log.AppendLine($"   [{call.Plugin}.{call.Function} {call.ArgumentsJson} -> {(call.Succeeded ? "ok" : "FAILED " + call.ResultJson)}]");
                    }
                    log.AppendLine($"   judge: {string.Join(" | ", j.Reasons)}");
                }
            }
        }
        log.Insert(0, $"total {total} unresolved {unresolved}\n" + string.Join("\n", byIntent.Select(p => $"{p.Key}: {p.Value.Item2}/{p.Value.Item1}")) + "\n");
        File.WriteAllText("/tmp/scratch/survey.txt", log.ToString());
    }
}
