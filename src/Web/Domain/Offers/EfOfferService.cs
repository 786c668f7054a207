using AgentSupport.Plugins.Inspections;
using AgentSupport.Plugins.Offers;
using AgentSupport.Web.Data;
using AgentSupport.Web.Domain.Cars;
using AgentSupport.Web.Domain.Inspections;
using Microsoft.EntityFrameworkCore;

namespace AgentSupport.Web.Domain.Offers;

/// <summary>The customer's cars and OfferIn24 offers, every query scoped to the customer.</summary>
public sealed class EfOfferService(AppDbContext db) : IOfferService
{
    /// <remarks>One query (each car with its latest grade): the car list feeds every chat turn's prompt.</remarks>
    public async Task<IReadOnlyList<OwnedCar>> ListCarsAsync(Guid customerId, CancellationToken cancellationToken) =>
        await db.Set<Car>().AsNoTracking()
            .Where(c => c.OwnerId == customerId)
            .OrderBy(c => c.Id)
            .Select(c => new OwnedCar(c.Plate, c.Make, c.Model, c.Year, c.Km, db.Set<CarInspection>()
                .Where(i => i.CarId == c.Id && i.CustomerId == customerId && i.Stage == InspectionStage.Completed && i.ConditionGrade != null)
                .OrderByDescending(i => i.CompletedAt ?? i.ScheduledAt).ThenByDescending(i => i.Id)
                .Select(i => i.ConditionGrade)
                .FirstOrDefault()))
            .ToListAsync(cancellationToken);

    public async Task<Offer> CreateOfferAsync(Guid customerId, OfferTerms terms, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var offer = new PurchaseOffer
        {
            CustomerId = customerId,
            Plate = terms.Plate,
            Make = terms.Make,
            Model = terms.Model,
            Year = terms.Year,
            Km = terms.Km,
            Condition = terms.Condition,
            AmountMxn = terms.AmountMxn,
            CreatedAt = terms.CreatedAt.ToStored(),
            ExpiresAt = terms.ExpiresAt.ToStored(),
        };
        db.Add(offer);
        await db.SaveChangesAsync(cancellationToken);
        return ToPort(offer);
    }

    public async Task<IReadOnlyList<Offer>> ListOffersAsync(Guid customerId, CancellationToken cancellationToken)
    {
        var offers = await db.Set<PurchaseOffer>().AsNoTracking()
            .Where(o => o.CustomerId == customerId)
            .OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id)
            .ToListAsync(cancellationToken);
        return offers.Select(ToPort).ToList();
    }

    /// <summary>
    /// Accepting is one conditional update, so of two concurrent acceptances only the first sets the
    /// time and an accepted offer keeps its original acceptance.
    /// </summary>
    public async Task<Offer?> MarkAcceptedAsync(Guid customerId, string offerId, DateTimeOffset acceptedAt, CancellationToken cancellationToken)
    {
        if (!PublicId.TryParse(PublicId.Offer, offerId, out var id))
        {
            return null;
        }

        var stored = acceptedAt.ToStored();
        await db.Set<PurchaseOffer>()
            .Where(o => o.Id == id && o.CustomerId == customerId && o.AcceptedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(o => o.AcceptedAt, stored), cancellationToken);
        var offer = await db.Set<PurchaseOffer>().AsNoTracking()
            .SingleOrDefaultAsync(o => o.Id == id && o.CustomerId == customerId, cancellationToken);
        return offer is null ? null : ToPort(offer);
    }

    private static Offer ToPort(PurchaseOffer offer) => new(
        PublicId.Format(PublicId.Offer, offer.Id),
        new OfferTerms(
            offer.Plate, offer.Make, offer.Model, offer.Year, offer.Km, offer.Condition, offer.AmountMxn,
            offer.CreatedAt.ToInstant(), offer.ExpiresAt.ToInstant()),
        offer.AcceptedAt.ToInstant());
}
