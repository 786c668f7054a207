using MathNet.Numerics.Distributions;

namespace AgentSupport.Web.Experiments;

/// <summary>Successes out of trials: resolved out of concluded conversations, or satisfied out of rated ones.</summary>
public readonly record struct Proportion(int Successes, int Trials)
{
    public double? Rate => Trials == 0 ? null : (double)Successes / Trials;

    public static Proportion operator +(Proportion a, Proportion b) => new(a.Successes + b.Successes, a.Trials + b.Trials);
}

/// <param name="Alpha">Chance that an experiment whose arms are equal decides anything, over both metrics and its whole life.</param>
/// <param name="MinimumEffect">The difference in share points the experiment is sized for; also the mixture's spread τ.</param>
/// <param name="MinimumPerArm">Observations each arm needs before the rule looks (the variance estimate is poor below).</param>
/// <param name="TrafficShare">The candidate's share, for the sample-size estimate.</param>
public sealed record SequentialSettings(double Alpha, double MinimumEffect, int MinimumPerArm, double TrafficShare)
{
    /// <summary>Power of the sample-size estimate: a true difference of δ is decided by then about this often.</summary>
    public const double Power = 0.8;

    /// <summary>The rule tests two metrics, each at α/2, so both together decide wrongly at most α of the time.</summary>
    public const int Metrics = 2;

    /// <summary>The mixture likelihood ratio that decides one metric: 1/(α/2).</summary>
    public double Threshold => Metrics / Alpha;
}

public enum TestState
{
    /// <summary>An arm has fewer than the minimum observations.</summary>
    Collecting,
    Undecided,
    CandidateWorse,
    CandidateBetter,
}

/// <param name="Statistic">The mixture likelihood ratio Λ (capped at <see cref="SequentialTest.MaxStatistic"/>).</param>
public sealed record MetricTest(Proportion Production, Proportion Candidate, double Statistic, double Threshold, TestState State)
{
    public double? Difference => Candidate.Rate - Production.Rate;
}

/// <summary>
/// The always-valid rule of docs/design.md, "Live experiments": a mixture sequential probability ratio test (mSPRT,
/// Johari et al. 2017) on the difference of two proportions, with a normal mixture N(0, τ²) over the difference and the
/// pooled variance of the two arms. Λ is a nonnegative martingale under "no difference", so by Ville's inequality it
/// ever reaches 1/α with probability at most α, however often it is looked at: checking after every conversation is safe.
/// </summary>
public static class SequentialTest
{
    public const double MaxStatistic = 1e9;
    private const long MaxSample = 100_000_000;

    public static MetricTest Evaluate(Proportion production, Proportion candidate, SequentialSettings settings)
    {
        var threshold = settings.Threshold;
        if (production.Trials < settings.MinimumPerArm || candidate.Trials < settings.MinimumPerArm)
            return new MetricTest(production, candidate, 1, threshold, TestState.Collecting);

        var pooled = (production + candidate).Rate!.Value;
        var variance = pooled * (1 - pooled) * (1.0 / production.Trials + 1.0 / candidate.Trials);
        var difference = candidate.Rate!.Value - production.Rate!.Value;
        var log = LogRatio(difference, variance, settings.MinimumEffect);
        var state = log < Math.Log(threshold) ? TestState.Undecided : difference < 0 ? TestState.CandidateWorse : TestState.CandidateBetter;
        return new MetricTest(production, candidate, Math.Min(Math.Exp(log), MaxStatistic), threshold, state);
    }

    /// <summary>
    /// log Λ = ½·ln(V / (V + τ²)) + τ²·θ² / (2·V·(V + τ²)) for an observed difference θ with variance V; 0 (Λ = 1) when
    /// there is no variance (every observation alike), where the data say nothing.
    /// </summary>
    public static double LogRatio(double difference, double variance, double tau)
    {
        if (variance <= 0) return 0;
        var tau2 = tau * tau;
        return 0.5 * Math.Log(variance / (variance + tau2)) + tau2 * difference * difference / (2 * variance * (variance + tau2));
    }

    /// <summary>
    /// Further observations (both arms together) at which a true difference of δ is decided with probability about
    /// <see cref="SequentialSettings.Power"/>; null when out of reach. The smallest total n (split by the traffic share) at which an observed difference of δ − z₀.₈·√V(n) already
    /// crosses the threshold, V(n) = p̄(1 − p̄)·(1/n_production + 1/n_candidate) at the current pooled rate p̄ (0.5 before any
    /// observation): when the true difference is δ, the observed one exceeds that about 80 % of the time. Minus what is in.
    /// </summary>
    public static long? MoreNeeded(Proportion production, Proportion candidate, SequentialSettings settings)
    {
        var pooled = (production + candidate).Rate is { } rate and > 0 and < 1 ? rate : 0.5;
        var z = Normal.InvCDF(0, 1, SequentialSettings.Power);
        var target = Math.Log(settings.Threshold);
        var share = settings.TrafficShare;
        var floor = (long)Math.Ceiling(settings.MinimumPerArm / Math.Min(share, 1 - share));

        bool Decides(long n)
        {
            var variance = pooled * (1 - pooled) * (1 / ((1 - share) * n) + 1 / (share * n));
            var observed = settings.MinimumEffect - z * Math.Sqrt(variance);
            return observed > 0 && LogRatio(observed, variance, settings.MinimumEffect) >= target;
        }

        long high = Math.Max(floor, 2);
        while (!Decides(high))
        {
            if (high >= MaxSample) return null;
            high = Math.Min(high * 2, MaxSample);
        }
        var low = high / 2;
        while (high - low > 1)
        {
            var middle = (low + high) / 2;
            if (Decides(middle)) high = middle;
            else low = middle;
        }
        return Math.Max(0, Math.Max(high, floor) - (production.Trials + candidate.Trials));
    }

    /// <summary>Wilson score interval of a proportion at 95 %.</summary>
    public static (double Low, double High)? Wilson(Proportion p, double z = 1.959963984540054)
    {
        if (p.Rate is not { } rate) return null;
        var n = p.Trials;
        var centre = (rate + z * z / (2 * n)) / (1 + z * z / n);
        var half = z / (1 + z * z / n) * Math.Sqrt(rate * (1 - rate) / n + z * z / (4.0 * n * n));
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}
