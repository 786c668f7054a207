using System.Globalization;
using AgentSupport.Plugins.Common;
using AgentSupport.Plugins.Inspections;
using AgentSupport.Plugins.Offers;

namespace AgentSupport.Plugins.Sandbox;

internal sealed class SandboxOfferService(SandboxState state) : IOfferService
{
    public Task<IReadOnlyList<OwnedCar>> ListCarsAsync(Guid customerId, CancellationToken cancellationToken) =>
        state.Run<IReadOnlyList<OwnedCar>>(cancellationToken, () =>
            state.Find(customerId) is { } customer
                ? customer.Cars.Select(car => car with { InspectedCondition = LatestGrade(customer, car.Plate) ?? car.InspectedCondition }).ToList()
                : []);

    public Task<Offer> CreateOfferAsync(Guid customerId, OfferTerms terms, CancellationToken cancellationToken) =>
        state.Run(cancellationToken, () =>
        {
            var customer = state.Get(customerId);
            var offer = new Offer(state.NextId("OF", state.Customers.SelectMany(c => c.Offers).Select(o => o.Id)), terms);
            customer.Offers.Add(offer);
            state.Record(SandboxEffectKind.OfferMade, customerId, offer.Id, terms.AmountMxn.ToString(CultureInfo.InvariantCulture));
            return offer;
        });

    public Task<IReadOnlyList<Offer>> ListOffersAsync(Guid customerId, CancellationToken cancellationToken) =>
        state.Run<IReadOnlyList<Offer>>(cancellationToken, () =>
            state.Find(customerId)?.Offers.OrderByDescending(o => o.Terms.CreatedAt).ToList() ?? []);

    public Task<Offer?> MarkAcceptedAsync(Guid customerId, string offerId, DateTimeOffset acceptedAt, CancellationToken cancellationToken) =>
        state.Run(cancellationToken, () =>
        {
            var offers = state.Find(customerId)?.Offers;
            var index = offers?.FindIndex(o => o.Id == offerId) ?? -1;
            if (index < 0)
            {
                return null;
            }

            var accepted = offers![index] with { AcceptedAt = acceptedAt };
            offers[index] = accepted;
            state.Record(SandboxEffectKind.OfferAccepted, customerId, offerId);
            return accepted;
        });

    private static CarCondition? LatestGrade(CustomerRecords customer, string plate) =>
        customer.Inspections
            .Where(i => i.Stage == InspectionStage.Completed && i.ConditionGrade is not null && Plate.SameAs(i.Plate, plate))
            .MaxBy(i => i.CompletedAt ?? i.ScheduledAt)?.ConditionGrade;
}
