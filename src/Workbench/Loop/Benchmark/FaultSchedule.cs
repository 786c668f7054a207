namespace AgentSupport.Workbench.Loop.Benchmark;

/// <summary>
/// Which calls the fake model refuses: of every run of calls in arrival order, exactly the configured share, spread
/// evenly from a seeded starting phase, each one of the configured kinds (429 or 500 unless told) as the seed draws.
/// The same seed and call number always give the same answer, so a run's fault count depends only on how many calls it made.
/// </summary>
public sealed class FaultSchedule
{
    private static readonly ModelFault[] StatusFaults = [ModelFault.Throttled, ModelFault.ServerError];

    private readonly double _rate;
    private readonly double _phase;
    private readonly int _seed;
    private readonly IReadOnlyList<ModelFault> _kinds;

    public FaultSchedule(double rate, int seed, IReadOnlyList<ModelFault>? kinds = null)
    {
        if (kinds is { Count: 0 })
        {
            throw new ArgumentException("At least one kind of fault is needed.", nameof(kinds));
        }

        if (rate is < 0 or >= 1 || double.IsNaN(rate))
        {
            throw new ArgumentOutOfRangeException(nameof(rate), rate, "The fault rate must be at least 0 and below 1.");
        }

        _rate = rate;
        _seed = seed;
        _phase = new Random(seed).NextDouble();
        _kinds = kinds ?? StatusFaults;
    }

    /// <summary>How call number <paramref name="call"/> (1-based) fails, or null to serve it.</summary>
    public ModelFault? FaultFor(long call)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(call, 1);
        var faulted = Math.Floor(call * _rate + _phase) > Math.Floor((call - 1) * _rate + _phase);
        return !faulted ? null : _kinds[(int)(Mix((ulong)_seed << 32 ^ (ulong)call) % (ulong)_kinds.Count)];
    }

    // SplitMix64's finaliser: unlike HashCode it gives the same value in every process.
    private static ulong Mix(ulong value)
    {
        value = (value ^ value >> 30) * 0xBF58476D1CE4E5B9UL;
        value = (value ^ value >> 27) * 0x94D049BB133111EBUL;
        return value ^ value >> 31;
    }
}
