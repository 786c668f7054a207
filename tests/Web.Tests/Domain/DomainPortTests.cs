using AgentSupport.Plugins.Documents;
using AgentSupport.Plugins.Inspections;
using AgentSupport.Plugins.Offers;
using AgentSupport.Plugins.Payouts;
using AgentSupport.Plugins.Warranty;
using AgentSupport.Web.Domain;
using AgentSupport.Web.Domain.Cars;
using AgentSupport.Web.Domain.Documents;
using AgentSupport.Web.Domain.Inspections;
using AgentSupport.Web.Domain.Payouts;
using AgentSupport.Web.Domain.Warranty;
using AgentSupport.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AgentSupport.Web.Tests.Domain;

/// <summary>Offers, cars, payouts, documents and warranty claims are stored and read back as the ports describe.</summary>
public abstract class DomainPortTests<TFixture>(TFixture app) : ProviderTests<TFixture>(app) where TFixture : AppFixture
{
    private static readonly DateTimeOffset Earlier = new(2025, 6, 2, 15, 30, 0, TimeSpan.Zero);

    [SkippableFact]
    public async Task Offers_are_stored_listed_newest_first_and_accepted_once()
    {
        RequireDatabase();
        var customer = await App.WithDbAsync(db => DomainTestData.AddCustomerAsync(db));
        var older = new OfferTerms("ABC-123-D", "Nissan", "Versa", 2019, 71_300, CarCondition.Good, 183_500.50m, Earlier, Earlier.AddHours(24));
        var newer = older with { Plate = null, Make = "Kia", Model = "Rio", AmountMxn = 150_000m, CreatedAt = Earlier.AddHours(1), ExpiresAt = Earlier.AddHours(25) };

        var created = await App.WithPortAsync<Offer, IOfferService>(p => p.CreateOfferAsync(customer, older, default));
        await App.WithPortAsync<Offer, IOfferService>(p => p.CreateOfferAsync(customer, newer, default));
        var listed = await App.WithPortAsync<IReadOnlyList<Offer>, IOfferService>(p => p.ListOffersAsync(customer, default));

        Assert.Matches("^OF-[0-9]+$", created.Id);
        Assert.Equal([newer, older], listed.Select(o => o.Terms));
        Assert.Equal(created.Id, listed[1].Id);
        Assert.All(listed, o => Assert.Null(o.AcceptedAt));

        var acceptedAt = Earlier.AddHours(2);
        var accepted = await App.WithPortAsync<Offer?, IOfferService>(p => p.MarkAcceptedAsync(customer, created.Id.ToLowerInvariant(), acceptedAt, default));
        var again = await App.WithPortAsync<Offer?, IOfferService>(p => p.MarkAcceptedAsync(customer, created.Id, acceptedAt.AddHours(1), default));
        Assert.Equal(acceptedAt, accepted!.AcceptedAt);
        Assert.Equal(OfferState.Accepted, accepted.StateAt(acceptedAt.AddDays(3)));
        Assert.Equal(acceptedAt, again!.AcceptedAt);
        Assert.Null(await App.WithPortAsync<Offer?, IOfferService>(p => p.MarkAcceptedAsync(customer, "IN-1", acceptedAt, default)));
        Assert.Null(await App.WithPortAsync<Offer?, IOfferService>(p => p.MarkAcceptedAsync(customer, "OF-999999", acceptedAt, default)));
    }

    [SkippableFact]
    public async Task Cars_carry_the_grade_of_their_latest_completed_inspection()
    {
        RequireDatabase();
        var hub = DomainTestData.NewHub();
        var (customer, graded, ungraded) = await App.WithDbAsync(async db =>
        {
            db.Add(hub);
            var id = await DomainTestData.AddCustomerAsync(db);
            var graded = new Car { Plate = DomainTestData.NewPlate(), Make = "Toyota", Model = "Corolla", Year = 2020, Km = 60_000, OwnerId = id };
            var ungraded = new Car { Plate = DomainTestData.NewPlate(), Make = "Toyota", Model = "Yaris", Year = 2021, Km = 30_000, OwnerId = id };
            db.AddRange(
                Inspection(id, graded, hub.Id, InspectionStage.Completed, Earlier, CarCondition.Excellent),
                Inspection(id, graded, hub.Id, InspectionStage.Completed, Earlier.AddDays(30), CarCondition.Fair),
                Inspection(id, ungraded, hub.Id, InspectionStage.InProgress, Earlier.AddDays(60), null));
            await db.SaveChangesAsync();
            return (id, graded.Plate, ungraded.Plate);
        });

        var cars = await App.WithPortAsync<IReadOnlyList<OwnedCar>, IOfferService>(p => p.ListCarsAsync(customer, default));

        Assert.Equal(CarCondition.Fair, cars.Single(c => c.Plate == graded).InspectedCondition);
        Assert.Null(cars.Single(c => c.Plate == ungraded).InspectedCondition);
        var inspections = await App.WithPortAsync<IReadOnlyList<Inspection>, IInspectionService>(p => p.ListInspectionsAsync(customer, default));
        Assert.Equal(3, inspections.Count);
        Assert.Equal(1_850.75m, inspections.First(i => i.ConditionGrade == CarCondition.Fair).Findings.Single().EstimatedRepairMxn);
    }

    [SkippableFact]
    public async Task Payouts_come_back_newest_first_with_their_transfer_details()
    {
        RequireDatabase();
        var customer = await App.WithDbAsync(async db =>
        {
            var id = await DomainTestData.AddCustomerAsync(db);
            var car = new Car { Plate = DomainTestData.NewPlate(), Make = "Ford", Model = "Ranger", Year = 2019, Km = 96_000 };
            db.AddRange(
                new SellerPayout { CustomerId = id, Car = car, AmountMxn = 250_000.25m, Stage = PayoutStage.Approved, CreatedAt = Earlier.UtcDateTime, ApprovedAt = Earlier.AddDays(1).UtcDateTime },
                new SellerPayout
                {
                    CustomerId = id, Car = car, AmountMxn = 99_500m, Stage = PayoutStage.Transferred, CreatedAt = Earlier.AddDays(2).UtcDateTime,
                    ApprovedAt = Earlier.AddDays(3).UtcDateTime, TransferredAt = Earlier.AddDays(4).UtcDateTime, Reference = "AGS202506060001", BankAccountLast4 = "4417",
                });
            await db.SaveChangesAsync();
            return id;
        });

        var payouts = await App.WithPortAsync<IReadOnlyList<Payout>, IPayoutService>(p => p.ListPayoutsAsync(customer, default));

        Assert.Equal([PayoutStage.Transferred, PayoutStage.Approved], payouts.Select(p => p.Stage));
        Assert.Equal((99_500m, Earlier.AddDays(4), "AGS202506060001", "4417"), (payouts[0].AmountMxn, payouts[0].TransferredAt!.Value, payouts[0].Reference, payouts[0].BankAccountLast4));
        Assert.Equal(250_000.25m, payouts[1].AmountMxn);
        Assert.Matches("^PO-[0-9]+$", payouts[1].Id);
    }

    [SkippableFact]
    public async Task Documents_are_recorded_once_per_kind_and_only_on_open_deals()
    {
        RequireDatabase();
        var (customer, openDeal, closedDeal) = await App.WithDbAsync(async db =>
        {
            var id = await DomainTestData.AddCustomerAsync(db);
            var open = new CarDeal { CustomerId = id, Car = NewCar(), Kind = DealKind.Purchase, Financed = true, OpenedAt = Earlier.UtcDateTime };
            var closed = new CarDeal { CustomerId = id, Car = NewCar(), Kind = DealKind.Sale, OpenedAt = Earlier.UtcDateTime, ClosedAt = Earlier.AddDays(5).UtcDateTime };
            db.AddRange(open, closed);
            await db.SaveChangesAsync();
            return (id, PublicId.Format(PublicId.Deal, open.Id), PublicId.Format(PublicId.Deal, closed.Id));
        });

        Assert.True(await App.WithPortAsync<bool, IDocumentService>(p => p.RecordDocumentAsync(customer, openDeal, DocumentKind.ProofOfIncome, Earlier.AddHours(1), default)));
        Assert.True(await App.WithPortAsync<bool, IDocumentService>(p => p.RecordDocumentAsync(customer, openDeal, DocumentKind.ProofOfIncome, Earlier.AddHours(2), default)));
        Assert.False(await App.WithPortAsync<bool, IDocumentService>(p => p.RecordDocumentAsync(customer, closedDeal, DocumentKind.OfficialId, Earlier, default)));
        Assert.False(await App.WithPortAsync<bool, IDocumentService>(p => p.RecordDocumentAsync(customer, "DL-abc", DocumentKind.OfficialId, Earlier, default)));

        var deal = Assert.Single(await App.WithPortAsync<IReadOnlyList<Deal>, IDocumentService>(p => p.ListDealsAsync(customer, default)));
        Assert.Equal(openDeal, deal.Id);
        Assert.True(deal.Financed);
        Assert.Equal([new ReceivedDocument(DocumentKind.ProofOfIncome, Earlier.AddHours(1))], deal.Documents);
        Assert.Equal([DocumentKind.OfficialId, DocumentKind.ProofOfAddress, DocumentKind.TaxStatusCertificate], DocumentRequirements.MissingFor(deal));
    }

    [SkippableFact]
    public async Task Warranty_claims_are_recorded_against_the_policy_of_the_plate_however_it_is_typed()
    {
        RequireDatabase();
        var car = NewCar();
        var customer = await App.WithDbAsync(async db =>
        {
            var id = await DomainTestData.AddCustomerAsync(db);
            car.OwnerId = id;
            db.Add(new WarrantyPolicy { CustomerId = id, Car = car, PurchasedAt = Earlier.UtcDateTime, KmAtPurchase = 38_500 });
            await db.SaveChangesAsync();
            return id;
        });
        var typed = car.Plate.ToLowerInvariant().Insert(3, "-");
        var request = new WarrantyClaimRequest(typed, WarrantyComponent.Electrical, CoveragePlan.Basic, 41_000, "Dashboard turns off while driving.", Earlier.AddMonths(5));

        var warranty = Assert.Single(await App.WithPortAsync<IReadOnlyList<CarWarranty>, IWarrantyService>(p => p.ListWarrantiesAsync(customer, default)));
        var claim = await App.WithPortAsync<WarrantyClaim, IWarrantyService>(p => p.OpenClaimAsync(customer, request, default));

        Assert.Equal(new CarWarranty(car.Plate, car.Make, car.Model, car.Year, Earlier, 38_500), warranty);
        Assert.Matches("^WC-[0-9]+$", claim.Number);
        Assert.Equal(request, claim.Request);
        var stored = await App.WithDbAsync(db => db.Set<WarrantyPolicyClaim>().AsNoTracking().SingleAsync(c => c.CustomerId == customer));
        Assert.Equal((WarrantyComponent.Electrical, CoveragePlan.Basic, 41_000, "Dashboard turns off while driving.", Earlier.AddMonths(5).UtcDateTime),
            (stored.Component, stored.Plan, stored.OdometerKm, stored.Description, stored.OpenedAt));
    }

    private static Car NewCar() => new() { Plate = DomainTestData.NewPlate(), Make = "Mazda", Model = "3", Year = 2021, Km = 38_500 };

    private static CarInspection Inspection(Guid customer, Car car, string hubId, InspectionStage stage, DateTimeOffset at, CarCondition? grade) => new()
    {
        CustomerId = customer,
        Car = car,
        HubId = hubId,
        Stage = stage,
        ScheduledAt = at.UtcDateTime,
        CompletedAt = stage == InspectionStage.Completed ? at.AddHours(3).UtcDateTime : null,
        ConditionGrade = grade,
        Findings = grade == CarCondition.Fair
            ? [new CarInspectionFinding { Component = "Brakes", Severity = FindingSeverity.Minor, Note = "Pads at 30%.", EstimatedRepairMxn = 1_850.75m }]
            : [],
    };
}

public sealed class DomainPortSqliteTests(SqliteAppFixture app) : DomainPortTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class DomainPortPostgresTests(PostgresAppFixture app) : DomainPortTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
