using AgentSupport.Plugins.Sandbox;
using AgentSupport.Workbench.Analysis;

namespace AgentSupport.Workbench.Loop.Regeneration;

/// <summary>
/// Draws the scenario set: for each context, <see cref="ScenarioPlanSettings.PerContext"/> scenarios with a tone,
/// channel and language, a goal from an intent the context allows, a persona and a conversation seed, all from one
/// seeded generator, so the same settings and fixture always give the same scenarios.
/// </summary>
public static class ScenarioPlanner
{
    /// <summary>Intents a customer writing in each context plausibly has; unknown contexts allow every intent.</summary>
    private static readonly IReadOnlyDictionary<string, string[]> IntentsByContext = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["buying"] = ["appointment", "credit_prequal", "offer_24h"],
        ["selling"] = ["offer_24h", "status_eval", "reschedule_inspection", "payment_status", "kyc_docs"],
        ["ask"] = ["status_eval", "payment_status", "kyc_docs", "credit_prequal", "offer_24h"],
        ["feedback"] = ["payment_status", "status_eval", "reschedule_inspection"],
        ["service"] = ["status_eval", "reschedule_inspection", "payment_status", "kyc_docs", "appointment"],
        ["credit"] = ["credit_prequal"],
        ["warranty"] = ["warranty_claim"],
    };

    public static IReadOnlyList<Scenario> Plan(SandboxScenario fixture, ScenarioPlanSettings settings)
    {
        settings.Validate();
        var goals = GoalCatalog.For(fixture);
        if (goals.Count == 0)
        {
            throw new ArgumentException("The sandbox fixture has no data for any goal (no customers with cars, payouts, inspections, ...).", nameof(fixture));
        }

        var random = new Random(settings.Seed);
        var scenarios = new List<Scenario>();
        foreach (var context in settings.Contexts)
        {
            var allowed = (IntentsByContext.GetValueOrDefault(context) ?? goals.Keys.ToArray()).Where(goals.ContainsKey).ToArray();
            if (allowed.Length == 0)
            {
                allowed = [.. goals.Keys.Order(StringComparer.Ordinal)];
            }

            for (var n = 1; n <= settings.PerContext; n++)
            {
                var language = Weighted(random, settings.Languages, settings.LanguageWeights);
                var intent = Weighted(random, allowed, settings.IntentWeights);
                var goal = Pick(random, goals[intent]);
                var persona = Pick(random, Personas.All);
                scenarios.Add(new Scenario
                {
                    Id = $"{context}-{n:00}",
                    Context = context,
                    Tone = Pick(random, settings.Tones),
                    Channel = Pick(random, settings.Channels),
                    Language = language,
                    Intent = intent,
                    CustomerId = goal.CustomerId,
                    CustomerName = goal.CustomerName,
                    Persona = language == "en" ? persona.English : persona.Spanish,
                    Goal = goal.In(language),
                    Expectation = goal.Expectation,
                    Seed = random.Next(),
                });
            }
        }

        return scenarios;
    }

    /// <summary>Settings that mirror an analysed conversation set: its contexts, tones, channels, languages and intent mix.</summary>
    public static ScenarioPlanSettings MirrorOf(AnalysisReport analysis, int perContext, int seed)
    {
        static IReadOnlyList<string> Seen(IEnumerable<string> keys, IReadOnlyList<string> known)
        {
            var seen = known.Where(keys.Contains).ToArray();
            return seen.Length > 0 ? seen : known;
        }

        return new ScenarioPlanSettings
        {
            PerContext = perContext,
            Seed = seed,
            Contexts = Seen(analysis.Result.ByContext.Keys, ScenarioPlanSettings.AllContexts),
            Tones = Seen(analysis.ByTone.Keys, ScenarioPlanSettings.AllTones),
            Channels = Seen(analysis.ByChannel.Keys, ScenarioPlanSettings.AllChannels),
            Languages = Seen(analysis.ByLanguage.Keys, ScenarioPlanSettings.AllLanguages),
            IntentWeights = analysis.Result.Intents.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal),
            LanguageWeights = analysis.ByLanguage.ToDictionary(pair => pair.Key, pair => pair.Value.N, StringComparer.Ordinal),
        };
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static string Weighted(Random random, IReadOnlyList<string> items, IReadOnlyDictionary<string, long> weights)
    {
        var cumulative = items.Select(item => weights.GetValueOrDefault(item) + 1).ToArray();
        var ticket = random.NextInt64(cumulative.Sum());
        for (var i = 0; i < items.Count; i++)
        {
            ticket -= cumulative[i];
            if (ticket < 0)
            {
                return items[i];
            }
        }

        return items[^1];
    }
}
