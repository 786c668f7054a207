using AgentSupport.Web.Experiments;
using Xunit.Abstractions;

namespace AgentSupport.Web.Tests.Experiments;

/// <summary>
/// Experiments simulated with known rates through the real arm assignment and the real rule, checked after every
/// conversation as the chat does: a worse candidate is rolled back, equal arms decide no more often than α, and the
/// assignment gives the candidate close to its share. Each simulation has its own seed, so every run is the same.
/// </summary>
public sealed class SimulatedAutoRollbackTests(ITestOutputHelper output)
{
    private const double Share = 0.1;
    private const int Horizon = 3_000;
    private static readonly SequentialSettings Settings = new(Alpha: 0.05, MinimumEffect: 0.10, MinimumPerArm: 20, TrafficShare: Share);
    private static readonly Rates Production = new(Resolution: 0.65, Rated: 0.7, Satisfied: 0.6);

    [Fact]
    public void Equal_arms_decide_no_more_often_than_alpha_over_a_thousand_seeded_experiments()
    {
        const int simulations = 1_000;
        var decided = Enumerable.Range(1, simulations).Count(seed => Simulate(seed, Production, Production).Decision is not null);
        var rate = (double)decided / simulations;

        Report($"Equal arms: {decided} of {simulations} experiments decided anything within {Horizon} conversations " +
               $"(observed error rate {rate:P1}; α = {Settings.Alpha:P0})");
        Assert.True(rate <= Settings.Alpha, $"{rate:P1} of equal experiments decided, more than α = {Settings.Alpha}");
    }

    [Theory]
    [InlineData(0.50, 0.60, ExperimentMetrics.Resolution)]
    [InlineData(0.65, 0.40, ExperimentMetrics.Csat)]
    public void A_worse_candidate_is_rolled_back_on_the_metric_it_is_worse_at(double resolution, double satisfied, string metric)
    {
        const int simulations = 200;
        var candidate = Production with { Resolution = resolution, Satisfied = satisfied };
        var runs = Enumerable.Range(1, simulations).Select(seed => Simulate(seed, Production, candidate)).ToList();
        var rolledBack = runs.Where(r => r.Decision is { Outcome: ExperimentOutcome.CandidateWorse }).ToList();

        Report($"Candidate worse on {metric} ({resolution:P0} resolved, {satisfied:P0} satisfied): rolled back in {rolledBack.Count} of {simulations}, " +
               $"after {rolledBack.Select(r => r.Conversations).DefaultIfEmpty().Average():0} conversations on average");
        Assert.True(rolledBack.Count >= 0.9 * simulations, $"only {rolledBack.Count} of {simulations} worse candidates were rolled back");
        Assert.True(rolledBack.Count(r => r.Decision!.Value.Metric == metric) >= 0.9 * rolledBack.Count);
        // The other metric is equal in both arms: a "better" there is a false decision, at most α of the time.
        Assert.True(runs.Count(r => r.Decision is { Outcome: ExperimentOutcome.CandidateBetter }) <= Settings.Alpha * simulations);
    }

    [Fact]
    public void A_better_candidate_is_found_better_and_never_rolled_back()
    {
        const int simulations = 200;
        var runs = Enumerable.Range(1, simulations).Select(seed => Simulate(seed, Production, Production with { Resolution = 0.85 })).ToList();
        Assert.True(runs.Count(r => r.Decision is { Outcome: ExperimentOutcome.CandidateBetter }) >= 0.9 * simulations);
        Assert.True(runs.Count(r => r.Decision is { Outcome: ExperimentOutcome.CandidateWorse }) <= Settings.Alpha * simulations);
    }

    [Fact]
    public void The_size_the_dashboard_gives_for_the_minimum_effect_decides_a_true_difference_of_that_size_about_eight_times_in_ten()
    {
        const int simulations = 300;
        var settings = Settings with { TrafficShare = 0.5 };
        var needed = (int)SequentialTest.MoreNeeded(default, default, settings)!.Value;
        var candidate = Production with { Resolution = Production.Resolution + settings.MinimumEffect };
        var decided = Enumerable.Range(1, simulations)
            .Count(seed => Simulate(seed, Production, candidate, settings, needed).Decision is { Outcome: ExperimentOutcome.CandidateBetter });

        Report($"Minimum effect {settings.MinimumEffect:P0} at a 50 % share: {needed} conversations estimated; decided better by then in {decided} of {simulations}");
        // The estimate assumes the pooled share 0.5 before any data (the most variance) and counts only the last look:
        // it errs towards enough, so at least the promised power, and not wildly more.
        Assert.InRange((double)decided / simulations, SequentialSettings.Power - 0.05, 0.97);
    }

    [Fact]
    public void Assignment_is_stable_and_gives_the_candidate_close_to_its_share()
    {
        var random = new Random(7);
        var experiment = NewGuid(random);
        var customers = Enumerable.Range(0, 100_000).Select(_ => NewGuid(random)).ToList();

        foreach (var share in new[] { 0.05, 0.1, 0.5 })
        {
            var inCandidate = customers.Count(c => ArmAssignment.For(experiment, c, share) == ExperimentArm.Candidate);
            var observed = (double)inCandidate / customers.Count;
            Report($"Share {share:P0}: {observed:P2} of {customers.Count} customers in the candidate arm");
            // Five standard errors of a binomial share: a real bias fails, chance never does at this seed.
            Assert.InRange(observed, share - 5 * Math.Sqrt(share * (1 - share) / customers.Count), share + 5 * Math.Sqrt(share * (1 - share) / customers.Count));
        }
        Assert.All(customers.Take(1_000), c => Assert.Equal(ArmAssignment.For(experiment, c, Share), ArmAssignment.For(experiment, c, Share)));
        // Another experiment reshuffles: about 10 % of customers, not the same ones.
        var other = NewGuid(random);
        var both = customers.Count(c => ArmAssignment.For(experiment, c, Share) == ExperimentArm.Candidate && ArmAssignment.For(other, c, Share) == ExperimentArm.Candidate);
        Assert.InRange((double)both / customers.Count, 0.005, 0.015);
    }

    private sealed record Rates(double Resolution, double Rated, double Satisfied);

    private sealed record Run(int Conversations, (string Outcome, string Metric, MetricTest Test)? Decision);

    /// <summary>
    /// One experiment: returning customers (a pool of 1,500) in their hashed arm, each conversation concluded with the
    /// arm's rates, and the rule checked after every one until it decides or the horizon is reached.
    /// </summary>
    private static Run Simulate(int seed, Rates production, Rates candidate) => Simulate(seed, production, candidate, Settings, Horizon);

    private static Run Simulate(int seed, Rates production, Rates candidate, SequentialSettings settings, int horizon)
    {
        var random = new Random(seed);
        var experiment = NewGuid(random);
        var customers = Enumerable.Range(0, 1_500).Select(_ => NewGuid(random)).ToArray();
        var arms = new Dictionary<string, ArmOutcomes> { [ExperimentArm.Production] = ArmOutcomes.None, [ExperimentArm.Candidate] = ArmOutcomes.None };

        for (var n = 1; n <= horizon; n++)
        {
            var arm = ArmAssignment.For(experiment, customers[random.Next(customers.Length)], settings.TrafficShare);
            var rates = arm == ExperimentArm.Candidate ? candidate : production;
            var resolved = random.NextDouble() < rates.Resolution;
            var rated = random.NextDouble() < rates.Rated;
            var satisfied = random.NextDouble() < rates.Satisfied;
            var tally = arms[arm];
            arms[arm] = new ArmOutcomes(
                tally.Resolution + new Proportion(resolved ? 1 : 0, 1),
                rated ? tally.Satisfaction + new Proportion(satisfied ? 1 : 0, 1) : tally.Satisfaction);

            if (ExperimentRule.Evaluate(arms[ExperimentArm.Production], arms[ExperimentArm.Candidate], settings).Decision is { } decision)
                return new Run(n, decision);
        }
        return new Run(horizon, null);
    }

    private static Guid NewGuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private void Report(string line)
    {
        output.WriteLine(line);
        Console.WriteLine(line);
    }
}
