using AgentSupport.Plugins.Common;
using AgentSupport.Plugins.Inspections;
using AgentSupport.Plugins.Sandbox;
using AgentSupport.Plugins.Tests.Support;

namespace AgentSupport.Plugins.Tests.Inspections;

public sealed class InspectionReschedulerPluginTests
{
    private readonly InMemorySandbox _sandbox = Scenario.NewSandbox();

    private InspectionReschedulerPlugin Ana => Scenario.Plugin<InspectionReschedulerPlugin>(_sandbox, Scenario.Ana);

    [Fact]
    public async Task Lists_free_future_slots_excluding_other_customers_bookings()
    {
        var slots = (await Ana.ListInspectionSlotsAsync("JTA-518-B", days: 3)).AssertOk();

        var wednesday = slots.FreeSlots.Single(d => d.Date == new DateOnly(2025, 6, 4));
        Assert.DoesNotContain("10:00", wednesday.Times);
        Assert.DoesNotContain("11:00", wednesday.Times);
        Assert.Contains("12:00", wednesday.Times);
        var today = slots.FreeSlots.First();
        Assert.Equal(new DateOnly(2025, 6, 2), today.Date);
        Assert.Equal("09:00", today.Times[0]);
        Assert.Equal("16:00", today.Times[^1]);
    }

    [Fact]
    public async Task Moves_the_inspection_to_a_free_future_slot()
    {
        var moved = (await Ana.RescheduleInspectionAsync("2025-06-05T12:00")).AssertOk();

        var expected = new DateTimeOffset(2025, 6, 5, 12, 0, 0, MexicoTime.Offset);
        Assert.Equal(expected, moved.NewStart);
        Assert.Equal(new DateTimeOffset(2025, 6, 4, 10, 0, 0, MexicoTime.Offset), moved.PreviousStart);
        var snapshot = _sandbox.Snapshot();
        Assert.Equal(expected, snapshot.Customer(Scenario.Ana).Inspections.Single(i => i.Id == "INS-2001").ScheduledAt);
        var effect = Assert.Single(snapshot.EffectsOf(SandboxEffectKind.InspectionMoved));
        Assert.Equal("2025-06-05T12:00:00-06:00", effect.Detail);
    }

    [Fact]
    public async Task Moving_frees_the_old_slot_for_others()
    {
        (await Ana.RescheduleInspectionAsync("2025-06-05T12:00", "JTA-518-B")).AssertOk();

        var slots = (await Ana.ListInspectionSlotsAsync(fromDate: "2025-06-04", days: 1)).AssertOk();

        Assert.Contains("10:00", Assert.Single(slots.FreeSlots).Times);
    }

    [Fact]
    public async Task A_slot_taken_by_another_customer_is_refused_with_alternatives()
    {
        var error = (await Ana.RescheduleInspectionAsync("2025-06-04T11:00")).AssertError(ToolErrorCodes.Conflict);

        Assert.Contains("12:00", error.Message);
        Assert.Empty(_sandbox.Snapshot().EffectsOf(SandboxEffectKind.InspectionMoved));
    }

    [Theory]
    [InlineData("2025-06-01T10:00")]
    [InlineData("2025-06-02T08:59")]
    public async Task A_past_time_is_refused(string start)
    {
        var error = (await Ana.RescheduleInspectionAsync(start)).AssertError(ToolErrorCodes.InvalidArgument);

        Assert.Contains("past", error.Message);
    }

    [Theory]
    [InlineData("next tuesday")]
    [InlineData("2025-13-40T10:00")]
    [InlineData("05/06/2025 10:00")]
    [InlineData("")]
    public async Task A_malformed_time_is_refused(string start) =>
        (await Ana.RescheduleInspectionAsync(start)).AssertError(ToolErrorCodes.InvalidArgument);

    [Fact]
    public async Task A_time_outside_workshop_hours_is_refused() =>
        (await Ana.RescheduleInspectionAsync("2025-06-07T10:00")).AssertError(ToolErrorCodes.Conflict);

    [Fact]
    public async Task A_completed_inspection_cannot_be_moved() =>
        (await Ana.RescheduleInspectionAsync("2025-06-05T12:00", "MZD-320-A")).AssertError(ToolErrorCodes.Conflict);

    [Fact]
    public async Task Times_with_an_explicit_offset_are_honoured()
    {
        var moved = (await Ana.RescheduleInspectionAsync("2025-06-05T18:00:00Z")).AssertOk();

        Assert.Equal(new DateTimeOffset(2025, 6, 5, 12, 0, 0, MexicoTime.Offset), moved.NewStart);
    }
}
