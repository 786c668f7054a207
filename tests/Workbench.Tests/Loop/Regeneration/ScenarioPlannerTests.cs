using AgentSupport.Plugins.Inspections;
using AgentSupport.Plugins.Sandbox;
using AgentSupport.Workbench.Analysis;
using AgentSupport.Workbench.Analysis.Intents;
using AgentSupport.Workbench.Loop.Regeneration;

namespace AgentSupport.Workbench.Tests.Loop.Regeneration;

public sealed class ScenarioPlannerTests
{
    private static readonly SandboxScenario Fixture = SandboxScenario.Default;

    [Fact]
    public void The_same_settings_give_the_same_scenarios_and_another_seed_other_ones()
    {
        var first = ScenarioPlanner.Plan(Fixture, new ScenarioPlanSettings { Seed = 7 });
        var again = ScenarioPlanner.Plan(Fixture, new ScenarioPlanSettings { Seed = 7 });
        var other = ScenarioPlanner.Plan(Fixture, new ScenarioPlanSettings { Seed = 8 });

        Assert.Equal(first, again);
        Assert.NotEqual(first.Select(s => (s.Tone, s.Channel, s.Language, s.Goal)), other.Select(s => (s.Tone, s.Channel, s.Language, s.Goal)));
    }

    [Fact]
    public void Each_context_gets_n_scenarios_with_known_tones_channels_and_languages()
    {
        var scenarios = ScenarioPlanner.Plan(Fixture, new ScenarioPlanSettings { PerContext = 4 });

        Assert.Equal(ScenarioPlanSettings.AllContexts.Count * 4, scenarios.Count);
        Assert.All(ScenarioPlanSettings.AllContexts, c => Assert.Equal(4, scenarios.Count(s => s.Context == c)));
        Assert.Equal(scenarios.Count, scenarios.Select(s => s.Id).Distinct().Count());
        Assert.All(scenarios, s =>
        {
            Assert.Contains(s.Tone, ScenarioPlanSettings.AllTones);
            Assert.Contains(s.Channel, ScenarioPlanSettings.AllChannels);
            Assert.Contains(s.Language, ScenarioPlanSettings.AllLanguages);
        });
        Assert.Equal("credit-01", scenarios.First(s => s.Context == "credit").Id);
        Assert.All(scenarios.Where(s => s.Context == "warranty"), s => Assert.Equal("warranty_claim", s.Intent));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public void Scenarios_per_context_must_be_one_to_ten(int perContext)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ScenarioPlanner.Plan(Fixture, new ScenarioPlanSettings { PerContext = perContext }));
    }

    [Fact]
    public void Every_goal_names_data_the_fixture_holds_for_its_customer()
    {
        foreach (var (intent, goals) in GoalCatalog.For(Fixture))
        {
            foreach (var goal in goals)
            {
                var customer = Fixture.Customers.Single(c => c.Id == goal.CustomerId);
                Assert.Equal(customer.DisplayName, goal.CustomerName);
                if (goal.Expectation.Reference is { } reference)
                {
                    Assert.True(customer.Inspections.Any(i => i.Id == reference) || customer.Deals.Any(d => d.Id == reference), $"{intent}: {reference}");
                }
            }
        }

        Assert.Equal(8, GoalCatalog.For(Fixture).Count);
    }

    [Fact]
    public void Reschedule_goals_move_a_scheduled_inspection_to_a_slot_nobody_holds()
    {
        var goal = GoalCatalog.For(Fixture)["reschedule_inspection"].First(g => g.Expectation.Reference == "INS-2001");

        // Ana's inspection is Wednesday 10:00; Thursday 10:00 is the next open, free slot of the Santa Fe workshop.
        Assert.Contains("jueves 5 de junio a las 10:00", goal.Spanish);
        Assert.Contains("Thursday, June 5 at 10:00 AM", goal.English);
        Assert.Equal(SandboxEffectKind.InspectionMoved, goal.Expectation.Effect);
        Assert.Equal(InspectionStage.Scheduled, Fixture.Customers.SelectMany(c => c.Inspections).Single(i => i.Id == "INS-2001").Stage);
    }

    [Fact]
    public void Warranty_goals_are_failures_the_warranty_covers_at_the_fixture_time()
    {
        var goals = GoalCatalog.For(Fixture)["warranty_claim"];

        Assert.NotEmpty(goals);
        Assert.All(goals, g => Assert.Equal(SandboxEffectKind.ClaimOpened, g.Expectation.Effect));
        // Bruno's Kicks is past the 12-month basic plan: only powertrain failures (transmission) are offered for it.
        Assert.All(goals.Where(g => g.Spanish.Contains("KCK-222-D")), g => Assert.Contains("transmisión", g.Spanish));
        Assert.Equal(3, goals.Count(g => g.Spanish.Contains("COR-721-C")));
    }

    [Fact]
    public async Task The_analysis_finds_in_each_goal_the_intent_it_was_drawn_for()
    {
        var goals = GoalCatalog.For(Fixture).Values.SelectMany(g => g).ToArray();
        var inputs = goals.SelectMany(g => new[] { g.Spanish, g.English }.Select((text, i) => new ConversationInput
        {
            ConversationId = $"{g.Intent}-{i}",
            Transcript = [new TranscriptMessage("cliente", text)],
        })).ToArray();
        var records = new List<ConversationRecord>();

        await new ConversationAnalyzer().AnalyzeAsync(inputs.ToAsyncEnumerable(), records.Add);

        var catalog = IntentCatalog.Default();
        var expected = goals.SelectMany(g => new[] { g.Intent, g.Intent }).ToArray();
        for (var i = 0; i < records.Count; i++)
        {
            var index = catalog.Intents.Select(x => x.Name).ToList().IndexOf(expected[i]);
            Assert.True((records[i].IntentMask & (1UL << index)) != 0, $"{records[i].ConversationId}: {inputs[i].Transcript[0].Text}");
        }
    }

    [Fact]
    public async Task Mirroring_a_dataset_keeps_its_contexts_and_weights_its_intents_and_languages()
    {
        var analysis = await new ConversationAnalyzer().AnalyzeFileAsync(RepositoryFiles.Sample("conversations_sample.jsonl"));

        var settings = ScenarioPlanner.MirrorOf(analysis, perContext: 2, seed: 5);

        Assert.Equal(ScenarioPlanSettings.AllContexts.Where(analysis.Result.ByContext.ContainsKey), settings.Contexts);
        Assert.Equal(analysis.Result.Intents["payment_status"], settings.IntentWeights["payment_status"]);
        Assert.True(settings.LanguageWeights["es"] > settings.LanguageWeights["en"]);
        Assert.Equal(2, settings.PerContext);
    }
}
