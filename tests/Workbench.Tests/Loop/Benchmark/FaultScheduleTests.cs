using AgentSupport.Workbench.Loop.Benchmark;

namespace AgentSupport.Workbench.Tests.Loop.Benchmark;

public sealed class FaultScheduleTests
{
    [Theory]
    [InlineData(0.1, 1)]
    [InlineData(0.2, 42)]
    [InlineData(0.05, -3)]
    public void FaultFor_FaultsExactlyTheShareOfEveryThousandCalls(double rate, int seed)
    {
        var schedule = new FaultSchedule(rate, seed);

        var faults = Enumerable.Range(1, 1000).Count(call => schedule.FaultFor(call) is not null);

        Assert.Equal((int)Math.Round(rate * 1000), faults);
    }

    [Fact]
    public void FaultFor_ByDefault_AnswersOnly429Or500_AndBoth()
    {
        var schedule = new FaultSchedule(0.1, 42);

        var kinds = Enumerable.Range(1, 1000).Select(call => schedule.FaultFor(call)).OfType<ModelFault>().ToHashSet();

        Assert.Equal(new HashSet<ModelFault> { ModelFault.Throttled, ModelFault.ServerError }, kinds);
    }

    [Fact]
    public void FaultFor_DrawsEveryConfiguredKind_AndNoOther()
    {
        ModelFault[] configured = [ModelFault.Throttled, ModelFault.ServerError, ModelFault.Stall, ModelFault.CutStream];
        var schedule = new FaultSchedule(0.1, 42, configured);

        var kinds = Enumerable.Range(1, 1000).Select(call => schedule.FaultFor(call)).OfType<ModelFault>().ToHashSet();

        Assert.Equal(configured.ToHashSet(), kinds);
    }

    [Fact]
    public void FaultFor_SameSeed_SameFaults()
    {
        var (first, second) = (new FaultSchedule(0.1, 9), new FaultSchedule(0.1, 9));

        Assert.Equal(
            Enumerable.Range(1, 500).Select(call => first.FaultFor(call)),
            Enumerable.Range(1, 500).Select(call => second.FaultFor(call)));
    }

    [Fact]
    public void FaultFor_ZeroRate_ServesEveryCall()
    {
        var schedule = new FaultSchedule(0, 1);

        Assert.All(Enumerable.Range(1, 200), call => Assert.Null(schedule.FaultFor(call)));
    }

    [Fact]
    public void Constructor_RateOfOne_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new FaultSchedule(1, 1));
}
