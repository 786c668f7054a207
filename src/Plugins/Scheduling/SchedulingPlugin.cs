using System.ComponentModel;
using AgentSupport.Plugins.Common;
using AgentSupport.Plugins.Hubs;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel;

namespace AgentSupport.Plugins.Scheduling;

/// <summary>Scheduling: appointments at a hub to visit, test-drive or take delivery of a car.</summary>
public sealed class SchedulingPlugin(
    ISchedulingService scheduling,
    IHubDirectory hubs,
    CustomerContext customer,
    TimeProvider? timeProvider = null,
    ILogger<SchedulingPlugin>? logger = null)
{
    /// <summary>The plugin's name in the catalog and in prompts' <c>enabled_tools</c>.</summary>
    public const string Name = "Scheduling";

    /// <summary>The intent of the intents table this plugin serves.</summary>
    public const string Intent = "appointment";

    public const string ListHubs = "list_hubs";

    public const string ListAvailableSlots = "list_available_slots";

    public const string BookAppointment = "book_appointment";

    public const string ListMyAppointments = "list_my_appointments";

    private static readonly Vocabulary<AppointmentType> Types = new(new Dictionary<AppointmentType, string[]>
    {
        [AppointmentType.Visit] = ["visita", "cita", "asesoria", "ver autos", "visit", "showroom"],
        [AppointmentType.TestDrive] = ["prueba de manejo", "manejo de prueba", "test drive", "probar el auto"],
        [AppointmentType.Delivery] = ["entrega", "recoger", "recoger mi auto", "delivery", "pick up", "pickup"],
    });

    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;
    private readonly ILogger _logger = logger ?? NullLogger<SchedulingPlugin>.Instance;

    [KernelFunction(ListHubs)]
    [Description("Lists the AgentSupport hubs (id, name, city, address) where appointments can be booked.")]
    public Task<ToolResult<HubList>> ListHubsAsync(CancellationToken cancellationToken = default) =>
        PluginGuard.RunAsync<HubList>(_logger, async () => new HubList(await hubs.ListHubsAsync(cancellationToken)), cancellationToken);

    [KernelFunction(ListAvailableSlots)]
    [Description("Lists free appointment slots at a hub for a visit, a test_drive or a delivery, grouped by day with hub-local times (UTC-6). " +
                 "Only future slots are listed. Call this before book_appointment.")]
    public Task<ToolResult<AppointmentSlots>> ListAvailableSlotsAsync(
        [Description("visit, test_drive or delivery.")] string appointmentType,
        [Description("Hub id, name or city, e.g. cdmx-santa-fe or Monterrey.")] string hub,
        [Description("First day to list, YYYY-MM-DD. Leave empty to start now.")] string? fromDate = null,
        [Description("How many days to list, 1 to 14.")] int days = 7,
        CancellationToken cancellationToken = default) =>
        PluginGuard.RunAsync<AppointmentSlots>(_logger, async () =>
        {
            if (!Types.TryResolve(appointmentType, out var type))
            {
                return ToolError.InvalidArgument($"appointmentType '{appointmentType}' is not one of: {Types.Names}.");
            }

            var window = SlotWindow.Parse(fromDate, days, _time);
            if (!window.Ok)
            {
                return window.Error!;
            }

            var found = await HubLookup.FindAsync(hubs, hub, cancellationToken);
            if (!found.Ok)
            {
                return found.Error!;
            }

            var free = await scheduling.ListFreeSlotsAsync(found.Value!.Id, type, window.Value.From, window.Value.To, cancellationToken);
            return new AppointmentSlots(found.Value.Id, found.Value.Name, type, SlotDay.Group(free));
        }, cancellationToken);

    [KernelFunction(BookAppointment)]
    [Description("Books an appointment for the signed-in customer at a hub. The start must be in the future and one of the free slots from " +
                 "list_available_slots; a taken slot is refused with the free times of that day. Confirm type, hub and time with the customer before calling.")]
    public Task<ToolResult<AppointmentBooked>> BookAppointmentAsync(
        [Description("visit, test_drive or delivery.")] string appointmentType,
        [Description("Hub id, name or city, e.g. cdmx-santa-fe.")] string hub,
        [Description("Start time, ISO 8601 hub-local time such as 2025-06-10T10:00.")] string start,
        CancellationToken cancellationToken = default) =>
        PluginGuard.RunAsync<AppointmentBooked>(_logger, async () =>
        {
            if (!Types.TryResolve(appointmentType, out var type))
            {
                return ToolError.InvalidArgument($"appointmentType '{appointmentType}' is not one of: {Types.Names}.");
            }

            var when = SlotStart.Parse(start, _time);
            if (!when.Ok)
            {
                return when.Error!;
            }

            var found = await HubLookup.FindAsync(hubs, hub, cancellationToken);
            if (!found.Ok)
            {
                return found.Error!;
            }

            var target = when.Value;
            var request = new AppointmentRequest(found.Value!.Id, type, target, _time.GetUtcNow());
            var booked = await scheduling.BookAsync(customer.CustomerId, request, cancellationToken);
            if (booked is null)
            {
                var day = SlotWindow.DayOf(target, _time);
                var sameDay = await scheduling.ListFreeSlotsAsync(request.HubId, type, day.From, day.To, cancellationToken);
                var alternatives = SlotWindow.Times(sameDay, "none that day; call list_available_slots for other days");
                return ToolError.Conflict($"{target:yyyy-MM-dd HH:mm} is not a free {Vocabulary<AppointmentType>.NameOf(type)} slot at {found.Value.Name}. Free that day: {alternatives}.");
            }

            return Describe(booked, found.Value);
        }, cancellationToken);

    [KernelFunction(ListMyAppointments)]
    [Description("Lists the signed-in customer's upcoming appointments (type, hub, time).")]
    public Task<ToolResult<AppointmentList>> ListMyAppointmentsAsync(CancellationToken cancellationToken = default) =>
        PluginGuard.RunAsync<AppointmentList>(_logger, async () =>
        {
            var now = _time.GetUtcNow();
            var known = await hubs.ListHubsAsync(cancellationToken);
            var mine = await scheduling.ListAppointmentsAsync(customer.CustomerId, cancellationToken);
            return new AppointmentList(mine
                .Where(a => a.Request.Start > now)
                .OrderBy(a => a.Request.Start)
                .Select(a => Describe(a, known.FirstOrDefault(h => h.Id == a.Request.HubId)))
                .ToList());
        }, cancellationToken);

    private static AppointmentBooked Describe(Appointment appointment, Hub? hub) => new(
        appointment.Id,
        appointment.Request.Type,
        hub?.Name ?? appointment.Request.HubId,
        hub?.Address,
        MexicoTime.ToLocal(appointment.Request.Start));
}

public sealed record HubList(IReadOnlyList<Hub> Hubs);

public sealed record AppointmentSlots(string HubId, string Hub, AppointmentType Type, IReadOnlyList<SlotDay> FreeSlots);

public sealed record AppointmentBooked(string AppointmentId, AppointmentType Type, string Hub, string? HubAddress, DateTimeOffset Start);

public sealed record AppointmentList(IReadOnlyList<AppointmentBooked> Appointments);
