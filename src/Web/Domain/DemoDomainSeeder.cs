using AgentSupport.Plugins.Common;
using AgentSupport.Plugins.Documents;
using AgentSupport.Plugins.Inspections;
using AgentSupport.Plugins.Offers;
using AgentSupport.Plugins.Payouts;
using AgentSupport.Plugins.Scheduling;
using AgentSupport.Web.Data;
using AgentSupport.Web.Domain.Cars;
using AgentSupport.Web.Domain.Documents;
using AgentSupport.Web.Domain.Hubs;
using AgentSupport.Web.Domain.Inspections;
using AgentSupport.Web.Domain.Offers;
using AgentSupport.Web.Domain.Payouts;
using AgentSupport.Web.Domain.Scheduling;
using AgentSupport.Web.Domain.Warranty;

namespace AgentSupport.Web.Domain;

/// <summary>
/// Demo hubs and the business history of the two demo customers, so every plugin has something real
/// to answer for each: María (CDMX, Spanish) sold us her Versa and is waiting on documents for its
/// payout, is selling her CX-5 and has a warranty that is partly over; John (Monterrey, English) was
/// paid for his Tracker, bought a Mazda 3 five months ago, is selling his Ranger and buying a RAV4 on
/// credit. Every date, model year and appointment is placed relative to <c>now</c>, so the demo is
/// current whatever day it is seeded.
/// </summary>
public static class DemoDomainSeeder
{
    private const string SantaFe = "cdmx-santa-fe";
    private const string Insurgentes = "cdmx-insurgentes";
    private const string MonterreyValle = "mty-valle";

    /// <summary>Adds the hubs and both customers' data to <paramref name="db"/> without saving, so the caller commits it with its own seed.</summary>
    public static void AddTo(AppDbContext db, Guid mariaId, Guid johnId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        var hubs = CreateHubs().ToDictionary(h => h.Id);
        db.AddRange(hubs.Values);
        var today = DateOnly.FromDateTime(MexicoTime.ToLocal(now).DateTime);
        AddMaria(db, mariaId, hubs, now, today);
        AddJohn(db, johnId, hubs, now, today);
    }

    private static IReadOnlyList<ServiceHub> CreateHubs() =>
    [
        new()
        {
            Id = SantaFe, Name = "AgentSupport Santa Fe", City = "Ciudad de México",
            Address = "Av. Vasco de Quiroga 2121, Santa Fe, Álvaro Obregón, 01210 Ciudad de México, CDMX",
            OpensAt = new(9, 0), ClosesAt = new(19, 0), SaturdayOpensAt = new(9, 0), SaturdayClosesAt = new(14, 0),
        },
        new()
        {
            Id = Insurgentes, Name = "AgentSupport Insurgentes Sur", City = "Ciudad de México",
            Address = "Av. Insurgentes Sur 1602, Crédito Constructor, Benito Juárez, 03940 Ciudad de México, CDMX",
            OpensAt = new(9, 0), ClosesAt = new(18, 0), SaturdayOpensAt = new(10, 0), SaturdayClosesAt = new(14, 0),
        },
        new()
        {
            Id = MonterreyValle, Name = "AgentSupport Monterrey Valle Oriente", City = "Monterrey",
            Address = "Av. Lázaro Cárdenas 2400, Valle Oriente, 66269 San Pedro Garza García, N.L.",
            OpensAt = new(8, 0), ClosesAt = new(18, 0), SaturdayOpensAt = new(9, 0), SaturdayClosesAt = new(13, 0),
        },
    ];

    private static void AddMaria(AppDbContext db, Guid maria, Dictionary<string, ServiceHub> hubs, DateTimeOffset now, DateOnly today)
    {
        var cx5 = new Car { Plate = "MLR-527-C", Make = "Mazda", Model = "CX-5", Year = today.Year - 6, Km = 58_400, OwnerId = maria };
        var seltos = new Car { Plate = "RTK-318-A", Make = "Kia", Model = "Seltos", Year = today.Year - 4, Km = 41_200, OwnerId = maria };
        var versa = new Car { Plate = "PZN-904-E", Make = "Nissan", Model = "Versa", Year = today.Year - 7, Km = 71_300 };

        // Selling the CX-5: an offer from this morning, and the inspection that will confirm it.
        db.Add(Offer(maria, cx5, CarCondition.Good, now.AddHours(-3).UtcDateTime, today));
        db.Add(new CarInspection
        {
            CustomerId = maria, Car = cx5, HubId = SantaFe, Stage = InspectionStage.Scheduled,
            ScheduledAt = NextSlot(hubs[SantaFe], HubService.Inspection, BusinessCalendar.AddBusinessDays(today, 2), hour: 10),
        });

        // The Versa she sold us: inspected, offer accepted, documents half in, payout waiting on them.
        var soldOn = BusinessDaysAgo(today, 7);
        var versaAccepted = Offer(maria, versa, CarCondition.Good, At(soldOn, 9, 40), today);
        versaAccepted.AcceptedAt = At(soldOn, 10, 5);
        db.Add(versaAccepted);
        db.Add(new CarInspection
        {
            CustomerId = maria, Car = versa, HubId = Insurgentes, Stage = InspectionStage.Completed, ConditionGrade = CarCondition.Good,
            ScheduledAt = At(soldOn.AddDays(1), 11), CompletedAt = At(soldOn.AddDays(1), 13, 20),
            Findings =
            [
                new() { Component = "Balatas delanteras", Severity = FindingSeverity.Minor, Note = "Desgaste al 30 %; conviene cambiarlas antes de 5,000 km.", EstimatedRepairMxn = 1_850m },
                new() { Component = "Llantas", Severity = FindingSeverity.Info, Note = "Vida útil restante aproximada del 60 %." },
                new() { Component = "Batería", Severity = FindingSeverity.Info, Note = "Prueba de carga correcta." },
            ],
        });
        db.Add(new CarDeal
        {
            CustomerId = maria, Car = versa, Kind = DealKind.Sale, OpenedAt = At(soldOn, 10, 5),
            Documents =
            [
                new() { Kind = DocumentKind.OfficialId, ReceivedAt = At(soldOn.AddDays(1), 13, 45) },
                new() { Kind = DocumentKind.VehicleInvoice, ReceivedAt = At(soldOn.AddDays(1), 13, 47) },
            ],
        });
        db.Add(new SellerPayout
        {
            CustomerId = maria, Car = versa, AmountMxn = versaAccepted.AmountMxn, Stage = PayoutStage.PendingDocuments,
            CreatedAt = At(soldOn.AddDays(1), 13, 30), BankAccountLast4 = "0318",
        });

        // The Seltos she bought from us 14 months ago: basic warranty over, powertrain still running.
        db.Add(new WarrantyPolicy { CustomerId = maria, Car = seltos, PurchasedAt = At(today.AddMonths(-14), 12), KmAtPurchase = 22_800 });

        db.Add(new HubAppointment
        {
            CustomerId = maria, HubId = Insurgentes, Type = AppointmentType.Visit, BookedAt = now.AddDays(-1).UtcDateTime,
            Start = NextSlot(hubs[Insurgentes], HubService.Visit, BusinessCalendar.AddBusinessDays(today, 3), hour: 17),
        });
    }

    private static void AddJohn(AppDbContext db, Guid john, Dictionary<string, ServiceHub> hubs, DateTimeOffset now, DateOnly today)
    {
        var mazda3 = new Car { Plate = "RHK-604-A", Make = "Mazda", Model = "3", Year = today.Year - 5, Km = 45_900, OwnerId = john };
        var ranger = new Car { Plate = "SLB-883-C", Make = "Ford", Model = "Ranger", Year = today.Year - 7, Km = 96_000, OwnerId = john };
        var tracker = new Car { Plate = "TGA-152-D", Make = "Chevrolet", Model = "Tracker", Year = today.Year - 8, Km = 88_700 };
        var rav4 = new Car { Plate = "SRT-440-A", Make = "Toyota", Model = "RAV4", Year = today.Year - 4, Km = 34_000 };

        // The Mazda 3 he bought five months ago: deal closed, both warranties running.
        var boughtOn = today.AddMonths(-5);
        db.Add(new CarDeal
        {
            CustomerId = john, Car = mazda3, Kind = DealKind.Purchase, OpenedAt = At(boughtOn.AddDays(-6), 10), ClosedAt = At(boughtOn, 12),
            Documents =
            [
                new() { Kind = DocumentKind.OfficialId, ReceivedAt = At(boughtOn.AddDays(-6), 10, 30) },
                new() { Kind = DocumentKind.ProofOfAddress, ReceivedAt = At(boughtOn.AddDays(-5), 16) },
                new() { Kind = DocumentKind.TaxStatusCertificate, ReceivedAt = At(boughtOn.AddDays(-3), 9, 15) },
            ],
        });
        db.Add(new WarrantyPolicy { CustomerId = john, Car = mazda3, PurchasedAt = At(boughtOn, 12), KmAtPurchase = 38_500 });

        // Selling the Ranger: the offer of two days ago lapsed; the inspection is booked.
        db.Add(Offer(john, ranger, CarCondition.Fair, now.AddDays(-2).UtcDateTime, today));
        db.Add(new CarInspection
        {
            CustomerId = john, Car = ranger, HubId = MonterreyValle, Stage = InspectionStage.Scheduled,
            ScheduledAt = NextSlot(hubs[MonterreyValle], HubService.Inspection, BusinessCalendar.AddBusinessDays(today, 3), hour: 11),
        });

        // The Tracker he sold us last month: paid by SPEI.
        var soldOn = BusinessDaysAgo(today, 18);
        var trackerAccepted = Offer(john, tracker, CarCondition.Fair, At(soldOn, 16), today);
        trackerAccepted.AcceptedAt = At(soldOn, 17, 30);
        db.Add(trackerAccepted);
        db.Add(new CarInspection
        {
            CustomerId = john, Car = tracker, HubId = MonterreyValle, Stage = InspectionStage.Completed, ConditionGrade = CarCondition.Fair,
            ScheduledAt = At(soldOn.AddDays(1), 9), CompletedAt = At(soldOn.AddDays(1), 12, 10),
            Findings =
            [
                new() { Component = "Front suspension bushings", Severity = FindingSeverity.Major, Note = "Lower control arm bushings cracked; replace before resale.", EstimatedRepairMxn = 6_400m },
                new() { Component = "Battery", Severity = FindingSeverity.Minor, Note = "Cold cranking at 70 % of rating.", EstimatedRepairMxn = 2_300m },
            ],
        });
        var approvedOn = BusinessDaysAgo(today, 10);
        var transferredOn = BusinessCalendar.AddBusinessDays(approvedOn, 2);
        db.Add(new CarDeal
        {
            CustomerId = john, Car = tracker, Kind = DealKind.Sale, OpenedAt = At(soldOn, 17, 30), ClosedAt = At(transferredOn, 11),
            Documents = DocumentRequirements.RequiredFor(new Deal(string.Empty, DealKind.Sale, tracker.Plate, Financed: false, Documents: []))
                .Select((kind, i) => new DealDocument { Kind = kind, ReceivedAt = At(soldOn.AddDays(1), 12, 30 + i) })
                .ToList(),
        });
        db.Add(new SellerPayout
        {
            CustomerId = john, Car = tracker, AmountMxn = trackerAccepted.AmountMxn, Stage = PayoutStage.Transferred,
            CreatedAt = At(soldOn.AddDays(1), 12, 20), ApprovedAt = At(approvedOn, 10), TransferredAt = At(transferredOn, 11),
            Reference = $"AGS{transferredOn:yyyyMMdd}0058213", BankAccountLast4 = "4417",
        });

        // Buying a RAV4 on credit: only his ID is in so far.
        var creditOpenedOn = BusinessDaysAgo(today, 3);
        db.Add(new CarDeal
        {
            CustomerId = john, Car = rav4, Kind = DealKind.Purchase, Financed = true, OpenedAt = At(creditOpenedOn, 15),
            Documents = [new() { Kind = DocumentKind.OfficialId, ReceivedAt = At(creditOpenedOn, 15, 20) }],
        });
        db.Add(new HubAppointment
        {
            CustomerId = john, HubId = MonterreyValle, Type = AppointmentType.TestDrive, BookedAt = At(creditOpenedOn, 15, 25),
            Start = NextSlot(hubs[MonterreyValle], HubService.TestDrive, BusinessCalendar.AddBusinessDays(today, 2), hour: 12),
        });
    }

    /// <summary>An offer priced the way OfferIn24 prices it, valid for its 24 hours.</summary>
    private static PurchaseOffer Offer(Guid customer, Car car, CarCondition condition, DateTime createdAt, DateOnly today)
    {
        var price = OfferPricing.Price(car.Make, car.Model, car.Year, car.Km, condition, today);
        return new PurchaseOffer
        {
            CustomerId = customer, Plate = car.Plate, Make = car.Make, Model = car.Model, Year = car.Year, Km = car.Km, Condition = condition,
            AmountMxn = price.Value?.AmountMxn ?? throw new InvalidOperationException($"Demo car {car.Plate} cannot be priced: {price.Error?.Message}"),
            CreatedAt = createdAt,
            ExpiresAt = createdAt + OfferIn24Plugin.Validity,
        };
    }

    /// <summary>The hub's first slot for <paramref name="service"/> from <paramref name="hour"/>:00 that day, as stored.</summary>
    private static DateTime NextSlot(ServiceHub hub, HubService service, DateOnly day, int hour) =>
        HubCalendar.Starts(hub, service, MexicoTime.StartOf(day).AddHours(hour), MexicoTime.StartOf(day.AddDays(1))).First().UtcDateTime;

    private static DateTime At(DateOnly day, int hour, int minute = 0) =>
        (MexicoTime.StartOf(day) + new TimeSpan(hour, minute, 0)).UtcDateTime;

    private static DateOnly BusinessDaysAgo(DateOnly today, int days)
    {
        var date = today;
        for (var counted = 0; counted < days;)
        {
            date = date.AddDays(-1);
            if (BusinessCalendar.IsBusinessDay(date))
            {
                counted++;
            }
        }

        return date;
    }
}
