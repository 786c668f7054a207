using AgentSupport.Plugins.Common;
using AgentSupport.Plugins.Sandbox;
using AgentSupport.Plugins.Scheduling;
using AgentSupport.Plugins.Tests.Support;

namespace AgentSupport.Plugins.Tests.Scheduling;

public sealed class SchedulingPluginTests
{
    private readonly InMemorySandbox _sandbox = Scenario.NewSandbox();

    private SchedulingPlugin Ana => Scenario.Plugin<SchedulingPlugin>(_sandbox, Scenario.Ana);

    [Theory]
    [InlineData("cdmx-santa-fe", "cdmx-santa-fe")]
    [InlineData("CDMX", "cdmx-santa-fe")]
    [InlineData("Santa Fe", "cdmx-santa-fe")]
    [InlineData("monterrey", "mty-san-pedro")]
    [InlineData("Hub Andares", "gdl-andares")]
    public async Task Finds_a_hub_by_id_name_or_city(string hub, string id) =>
        Assert.Equal(id, (await Ana.ListAvailableSlotsAsync("visit", hub, days: 1)).AssertOk().HubId);

    [Fact]
    public async Task A_hub_name_shared_by_several_hubs_asks_which() =>
        (await Ana.ListAvailableSlotsAsync("visit", "AgentSupport Hub", days: 1)).AssertError(ToolErrorCodes.InvalidArgument);

    [Fact]
    public async Task Lists_the_hubs() =>
        Assert.Equal(3, (await Ana.ListHubsAsync()).AssertOk().Hubs.Count);

    [Fact]
    public async Task Lists_free_slots_by_type_at_a_hub_found_by_city()
    {
        var slots = (await Ana.ListAvailableSlotsAsync("prueba de manejo", "Ciudad de México", "2025-06-03", 1)).AssertOk();

        Assert.Equal("cdmx-santa-fe", slots.HubId);
        Assert.Equal(AppointmentType.TestDrive, slots.Type);
        var tuesday = Assert.Single(slots.FreeSlots);
        Assert.DoesNotContain("12:00", tuesday.Times);
        Assert.Equal(8, tuesday.Times.Count);
    }

    [Fact]
    public async Task A_taken_test_drive_slot_is_free_for_a_visit()
    {
        var slots = (await Ana.ListAvailableSlotsAsync("visit", "cdmx-santa-fe", "2025-06-03", 1)).AssertOk();

        Assert.Contains("12:00", Assert.Single(slots.FreeSlots).Times);
    }

    [Fact]
    public async Task Books_a_free_future_slot()
    {
        var booked = (await Ana.BookAppointmentAsync("test_drive", "Santa Fe", "2025-06-03T13:00")).AssertOk();

        Assert.Equal(AppointmentType.TestDrive, booked.Type);
        Assert.Equal(new DateTimeOffset(2025, 6, 3, 13, 0, 0, MexicoTime.Offset), booked.Start);
        var effect = Assert.Single(_sandbox.Snapshot().EffectsOf(SandboxEffectKind.AppointmentBooked));
        Assert.Equal("test_drive cdmx-santa-fe 2025-06-03T13:00:00-06:00", effect.Detail);
        Assert.Equal(booked.AppointmentId, Assert.Single((await Ana.ListMyAppointmentsAsync()).AssertOk().Appointments).AppointmentId);
    }

    [Fact]
    public async Task A_taken_slot_is_refused_with_the_free_times_that_day()
    {
        var error = (await Ana.BookAppointmentAsync("test_drive", "cdmx-santa-fe", "2025-06-03T12:00")).AssertError(ToolErrorCodes.Conflict);

        Assert.Contains("13:00", error.Message);
        Assert.Empty(_sandbox.Snapshot().Customer(Scenario.Ana).Appointments);
    }

    [Fact]
    public async Task The_same_slot_cannot_be_booked_twice()
    {
        (await Ana.BookAppointmentAsync("delivery", "mty-san-pedro", "2025-06-04T10:00")).AssertOk();

        (await Scenario.Plugin<SchedulingPlugin>(_sandbox, Scenario.Bruno).BookAppointmentAsync("delivery", "Monterrey", "2025-06-04T10:00"))
            .AssertError(ToolErrorCodes.Conflict);
    }

    [Theory]
    [InlineData("test_drive", "cdmx-santa-fe", "2025-06-01T10:00", ToolErrorCodes.InvalidArgument)]
    [InlineData("test_drive", "cdmx-santa-fe", "tomorrow", ToolErrorCodes.InvalidArgument)]
    [InlineData("car wash", "cdmx-santa-fe", "2025-06-03T13:00", ToolErrorCodes.InvalidArgument)]
    [InlineData("visit", "Tijuana", "2025-06-03T13:00", ToolErrorCodes.NotFound)]
    [InlineData("visit", "cdmx-santa-fe", "2025-06-08T10:00", ToolErrorCodes.Conflict)]
    [InlineData("visit", "cdmx-santa-fe", "2025-06-03T13:30", ToolErrorCodes.Conflict)]
    public async Task Bad_bookings_get_error_records(string type, string hub, string start, string code) =>
        (await Ana.BookAppointmentAsync(type, hub, start)).AssertError(code);

    [Theory]
    [InlineData(0)]
    [InlineData(15)]
    public async Task Listing_window_is_bounded(int days) =>
        (await Ana.ListAvailableSlotsAsync("visit", "cdmx-santa-fe", days: days)).AssertError(ToolErrorCodes.InvalidArgument);
}
