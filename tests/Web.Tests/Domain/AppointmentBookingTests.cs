using AgentSupport.Plugins.Scheduling;
using AgentSupport.Web.Data;
using AgentSupport.Web.Domain.Hubs;
using AgentSupport.Web.Domain.Scheduling;
using AgentSupport.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AgentSupport.Web.Tests.Domain;

/// <summary>Booking takes a free slot of its type; a taken, unoffered or raced slot is refused.</summary>
public abstract class AppointmentBookingTests<TFixture>(TFixture app) : ProviderTests<TFixture>(app) where TFixture : AppFixture
{
    [SkippableFact]
    public async Task Booking_a_free_slot_stores_the_appointment_and_takes_the_slot_for_that_type_only()
    {
        RequireDatabase();
        var (hub, customer) = await HubAndCustomerAsync();
        var testDrives = DomainTestData.UpcomingStarts(hub, HubService.TestDrive);
        var start = testDrives.First(s => testDrives.Contains(s.AddHours(-1)) && testDrives.Contains(s.AddHours(1)));
        var request = new AppointmentRequest(hub.Id, AppointmentType.TestDrive, start, DomainTestData.Now);

        var booked = await App.WithPortAsync<Appointment?, ISchedulingService>(p => p.BookAsync(customer, request, default));

        Assert.NotNull(booked);
        Assert.StartsWith("AP-", booked.Id);
        var (mine, testDriveSlots, visitSlots) = await App.WithPortAsync<(IReadOnlyList<Appointment>, IReadOnlyList<DateTimeOffset>, IReadOnlyList<DateTimeOffset>), ISchedulingService>(async p =>
            (await p.ListAppointmentsAsync(customer, default),
             await p.ListFreeSlotsAsync(hub.Id, AppointmentType.TestDrive, start.AddHours(-1), start.AddHours(2), default),
             await p.ListFreeSlotsAsync(hub.Id, AppointmentType.Visit, start, start.AddMinutes(30), default)));
        var stored = Assert.Single(mine);
        Assert.Equal(booked.Id, stored.Id);
        Assert.Equal(start, stored.Request.Start);
        Assert.Equal(AppointmentType.TestDrive, stored.Request.Type);
        Assert.Equal([start.AddHours(-1), start.AddHours(1)], testDriveSlots);
        Assert.Equal([start], visitSlots);
    }

    [SkippableFact]
    public async Task Booking_a_taken_slot_a_time_never_offered_or_an_unknown_hub_returns_null()
    {
        RequireDatabase();
        var (hub, first) = await HubAndCustomerAsync();
        var second = await App.WithDbAsync(db => DomainTestData.AddCustomerAsync(db));
        var start = DomainTestData.UpcomingStarts(hub, HubService.Visit)[0];
        var betweenDeliveries = DomainTestData.UpcomingStarts(hub, HubService.Delivery)[0].AddHours(1);
        Assert.NotNull(await App.WithPortAsync<Appointment?, ISchedulingService>(p =>
            p.BookAsync(first, new AppointmentRequest(hub.Id, AppointmentType.Visit, start, DomainTestData.Now), default)));

        var refused = new[]
        {
            new AppointmentRequest(hub.Id, AppointmentType.Visit, start, DomainTestData.Now),
            new AppointmentRequest(hub.Id, AppointmentType.Visit, start.AddMinutes(10), DomainTestData.Now),
            new AppointmentRequest(hub.Id, AppointmentType.Delivery, betweenDeliveries, DomainTestData.Now),
            new AppointmentRequest("no-such-hub", AppointmentType.Visit, start, DomainTestData.Now),
            new AppointmentRequest(hub.Id, AppointmentType.Visit, DomainTestData.Now.AddDays(-1), DomainTestData.Now),
        };
        foreach (var request in refused)
        {
            Assert.Null(await App.WithPortAsync<Appointment?, ISchedulingService>(p => p.BookAsync(second, request, default)));
        }

        Assert.Empty(await App.WithPortAsync<IReadOnlyList<Appointment>, ISchedulingService>(p => p.ListAppointmentsAsync(second, default)));
    }

    [SkippableFact]
    public async Task A_taken_slot_leaves_the_ports_context_usable_for_the_next_booking()
    {
        RequireDatabase();
        var (hub, first) = await HubAndCustomerAsync();
        var second = await App.WithDbAsync(db => DomainTestData.AddCustomerAsync(db));
        var starts = DomainTestData.UpcomingStarts(hub, HubService.Delivery);
        Assert.NotNull(await App.WithPortAsync<Appointment?, ISchedulingService>(p =>
            p.BookAsync(first, new AppointmentRequest(hub.Id, AppointmentType.Delivery, starts[0], DomainTestData.Now), default)));

        var (taken, next) = await App.WithPortAsync<(Appointment?, Appointment?), ISchedulingService>(async p =>
            (await p.BookAsync(second, new AppointmentRequest(hub.Id, AppointmentType.Delivery, starts[0], DomainTestData.Now), default),
             await p.BookAsync(second, new AppointmentRequest(hub.Id, AppointmentType.Delivery, starts[1], DomainTestData.Now), default)));

        Assert.Null(taken);
        Assert.NotNull(next);
    }

    [SkippableFact]
    public async Task Concurrent_bookings_of_one_slot_let_exactly_one_win()
    {
        RequireDatabase();
        var (hub, _) = await HubAndCustomerAsync();
        const int racers = 4;
        var customers = new List<Guid>();
        for (var i = 0; i < racers; i++)
        {
            customers.Add(await App.WithDbAsync(db => DomainTestData.AddCustomerAsync(db)));
        }

        var start = DomainTestData.UpcomingStarts(hub, HubService.Visit)[5];
        using var gate = new SemaphoreSlim(0);
        var bookings = customers.Select(customer => Task.Run(async () =>
        {
            await using var scope = App.Services.CreateAsyncScope();
            await using var ports = DomainTestData.Ports(scope.ServiceProvider.GetRequiredService<AppDbContext>());
            var scheduling = ports.GetRequiredService<ISchedulingService>();
            await gate.WaitAsync();
            return await scheduling.BookAsync(customer, new AppointmentRequest(hub.Id, AppointmentType.Visit, start, DomainTestData.Now), default);
        })).ToList();
        gate.Release(racers);
        var results = await Task.WhenAll(bookings);

        Assert.Single(results, booked => booked is not null);
        Assert.Equal(1, await App.WithDbAsync(db => db.Set<HubAppointment>().CountAsync(a => a.HubId == hub.Id)));
    }

    private async Task<(ServiceHub Hub, Guid Customer)> HubAndCustomerAsync()
    {
        var hub = DomainTestData.NewHub();
        var customer = await App.WithDbAsync(async db =>
        {
            db.Add(hub);
            return await DomainTestData.AddCustomerAsync(db);
        });
        return (hub, customer);
    }
}

public sealed class AppointmentBookingSqliteTests(SqliteAppFixture app) : AppointmentBookingTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class AppointmentBookingPostgresTests(PostgresAppFixture app) : AppointmentBookingTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
