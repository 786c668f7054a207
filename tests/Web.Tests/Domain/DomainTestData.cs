using AgentSupport.Plugins;
using AgentSupport.Plugins.Documents;
using AgentSupport.Plugins.Inspections;
using AgentSupport.Plugins.Offers;
using AgentSupport.Plugins.Payouts;
using AgentSupport.Plugins.Scheduling;
using AgentSupport.Web.Accounts;
using AgentSupport.Web.Data;
using AgentSupport.Web.Domain;
using AgentSupport.Web.Domain.Cars;
using AgentSupport.Web.Domain.Documents;
using AgentSupport.Web.Domain.Hubs;
using AgentSupport.Web.Domain.Inspections;
using AgentSupport.Web.Domain.Offers;
using AgentSupport.Web.Domain.Payouts;
using AgentSupport.Web.Domain.Scheduling;
using AgentSupport.Web.Domain.Warranty;
using AgentSupport.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AgentSupport.Web.Tests.Domain;

/// <summary>
/// Rows for the domain tests, unique per call so tests sharing a database never collide, dated from <see cref="Now"/>,
/// the instant the ports' clock is pinned to: what a test books or moves never depends on the day it runs.
/// </summary>
internal static class DomainTestData
{
    /// <summary>A Tuesday, 11:29 in Mexico City, with no holiday in the week after it.</summary>
    public static readonly DateTimeOffset Now = new(2030, 3, 5, 17, 29, 0, TimeSpan.Zero);

    /// <summary>A weekday-and-Saturday hub; tests look for slots from the day after <see cref="Now"/> on.</summary>
    public static ServiceHub NewHub() => new()
    {
        Id = $"test-{Guid.NewGuid():N}"[..20],
        Name = "AgentSupport Test Hub",
        City = "Querétaro",
        Address = "Av. Constituyentes 100, Querétaro",
        OpensAt = new(9, 0),
        ClosesAt = new(18, 0),
        SaturdayOpensAt = new(9, 0),
        SaturdayClosesAt = new(14, 0),
    };

    public static string NewPlate() => $"T{Random.Shared.Next(0, 10_000_000):D7}";

    /// <summary>Offered slots from the day after <see cref="Now"/>, for a week.</summary>
    public static IReadOnlyList<DateTimeOffset> UpcomingStarts(ServiceHub hub, HubService service)
    {
        var from = Now.AddDays(1);
        return HubCalendar.Starts(hub, service, from, from.AddDays(7));
    }

    public static async Task<Guid> AddCustomerAsync(AppDbContext db, string name = "Customer")
    {
        var email = $"{name.ToLowerInvariant()}-{Guid.NewGuid():N}@example.com";
        var user = new User { Email = email, NormalizedEmail = User.Normalize(email), DisplayName = name, Role = Roles.Customer };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user.Id;
    }

    /// <summary>One of everything the ports serve, for one customer at <paramref name="hub"/>.</summary>
    public static async Task<CustomerRows> AddEverythingAsync(AppDbContext db, Guid customerId, ServiceHub hub, DateTimeOffset inspectionStart, DateTimeOffset appointmentStart)
    {
        var now = Now.UtcDateTime;
        var owned = new Car { Plate = NewPlate(), Make = "Nissan", Model = "Versa", Year = 2020, Km = 50_000, OwnerId = customerId };
        var sold = new Car { Plate = NewPlate(), Make = "Honda", Model = "City", Year = 2019, Km = 80_000 };
        var bought = new Car { Plate = NewPlate(), Make = "Mazda", Model = "3", Year = 2022, Km = 30_000, OwnerId = customerId };
        var offer = new PurchaseOffer
        {
            CustomerId = customerId, Plate = owned.Plate, Make = "Nissan", Model = "Versa", Year = 2020, Km = 50_000,
            Condition = CarCondition.Good, AmountMxn = 180_500m, CreatedAt = now, ExpiresAt = now.AddDays(1),
        };
        var inspection = new CarInspection
        {
            CustomerId = customerId, Car = owned, HubId = hub.Id, Stage = InspectionStage.Scheduled, ScheduledAt = inspectionStart.UtcDateTime,
        };
        var payout = new SellerPayout
        {
            CustomerId = customerId, Car = sold, AmountMxn = 150_000m, Stage = PayoutStage.PendingDocuments, CreatedAt = now,
        };
        var deal = new CarDeal { CustomerId = customerId, Car = sold, Kind = DealKind.Sale, OpenedAt = now };
        var warranty = new WarrantyPolicy { CustomerId = customerId, Car = bought, PurchasedAt = now.AddMonths(-2), KmAtPurchase = 28_000 };
        var appointment = new HubAppointment
        {
            CustomerId = customerId, HubId = hub.Id, Type = AppointmentType.Visit, Start = appointmentStart.UtcDateTime, BookedAt = now,
        };
        db.AddRange(offer, inspection, payout, deal, warranty, appointment);
        await db.SaveChangesAsync();
        return new CustomerRows(
            customerId, owned.Plate, sold.Plate, bought.Plate, inspectionStart,
            PublicId.Format(PublicId.Offer, offer.Id),
            PublicId.Format(PublicId.Inspection, inspection.Id),
            PublicId.Format(PublicId.Deal, deal.Id),
            PublicId.Format(PublicId.Appointment, appointment.Id));
    }

    /// <summary>
    /// The EF ports as the app registers them, over <paramref name="db"/>, with the customer a plugin
    /// would be built for, on <paramref name="clock"/> (by default one stopped at <see cref="Now"/>).
    /// </summary>
    public static ServiceProvider Ports(AppDbContext db, CustomerContext? customer = null, TimeProvider? clock = null)
    {
        var services = new ServiceCollection().AddLogging().AddSingleton(db).AddSingleton(clock ?? new FakeTimeProvider(Now)).AddDomainPorts();
        if (customer is not null)
        {
            services.AddSingleton(customer);
        }

        return services.BuildServiceProvider();
    }

    public static async Task<T> WithPortAsync<T, TPort>(this AppFixture app, Func<TPort, Task<T>> use) where TPort : notnull =>
        await app.WithDbAsync(async db =>
        {
            await using var ports = Ports(db);
            return await use(ports.GetRequiredService<TPort>());
        });
}

internal sealed record CustomerRows(
    Guid CustomerId,
    string OwnedPlate,
    string SoldPlate,
    string BoughtPlate,
    DateTimeOffset InspectionStart,
    string OfferId,
    string InspectionId,
    string DealId,
    string AppointmentId);
