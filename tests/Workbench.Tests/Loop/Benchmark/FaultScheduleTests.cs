using AgentSupport.Workbench.Loop.Benchmark;

namespace AgentSupport.Workbench.Tests.Loop.Benchmark;

public sealed class FaultScheduleTests
{
    [Theory]
    [InlineData(0.1, 1)]
    [InlineData(0.2, 42)]
    [InlineData(0.05, -3)]
    public void StatusFor_FaultsExactlyTheShareOfEveryThousandCalls(double rate, int seed)
    {
        var schedule = new FaultSchedule(rate, seed);

        var faults = Enumerable.Range(1, 1000).Count(call => schedule.StatusFor(call) is not null);

        Assert.Equal((int)Math.Round(rate * 1000), faults);
    }

    [Fact]
    public void StatusFor_AnswersOnly429Or500_AndBoth()
    {
        var schedule = new FaultSchedule(0.1, 42);

        var statuses = Enumerable.Range(1, 1000).Select(call => schedule.StatusFor(call)).OfType<int>().ToHashSet();

        Assert.Equal(new HashSet<int> { 429, 500 }, statuses);
    }

    [Fact]
    public void StatusFor_SameSeed_SameFaults()
    {
        var (first, second) = (new FaultSchedule(0.1, 9), new FaultSchedule(0.1, 9));

        Assert.Equal(
            Enumerable.Range(1, 500).Select(call => first.StatusFor(call)),
            Enumerable.Range(1, 500).Select(call => second.StatusFor(call)));
    }

    [Fact]
    public void StatusFor_ZeroRate_ServesEveryCall()
    {
        var schedule = new FaultSchedule(0, 1);

        Assert.All(Enumerable.Range(1, 200), call => Assert.Null(schedule.StatusFor(call)));
    }

    [Fact]
    public void Constructor_RateOfOne_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new FaultSchedule(1, 1));
}
