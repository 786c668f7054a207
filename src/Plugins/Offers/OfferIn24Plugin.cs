using System.ComponentModel;
using AgentSupport.Plugins.Common;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel;

namespace AgentSupport.Plugins.Offers;

/// <summary>OfferIn24: an instant offer to buy the customer's car, valid for 24 hours.</summary>
public sealed class OfferIn24Plugin(
    IOfferService offers,
    CustomerContext customer,
    TimeProvider? timeProvider = null,
    ILogger<OfferIn24Plugin>? logger = null)
{
    /// <summary>The plugin's name in the catalog and in prompts' <c>enabled_tools</c>.</summary>
    public const string Name = "OfferIn24";

    /// <summary>The intent of the intents table this plugin serves.</summary>
    public const string Intent = "offer_24h";

    public const string QuoteOfferForMyCar = "quote_offer_for_my_car";

    public const string QuoteOfferForDescribedCar = "quote_offer_for_described_car";

    public const string GetOfferStatus = "get_offer_status";

    public const string AcceptOffer = "accept_offer";

    public static readonly TimeSpan Validity = TimeSpan.FromHours(24);

    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;
    private readonly ILogger _logger = logger ?? NullLogger<OfferIn24Plugin>.Instance;

    [KernelFunction(QuoteOfferForMyCar)]
    [Description("Quotes an OfferIn24 instant purchase offer for one of the signed-in customer's own registered cars, identified by licence plate. " +
                 "The offer amount is in MXN and is valid for 24 hours. If the car has been inspected, the inspection's condition grade is used " +
                 "and 'condition' is ignored; otherwise 'condition' (the customer's own description) is required. We buy cars up to 15 years old and 250,000 km.")]
    public Task<ToolResult<OfferQuote>> QuoteOfferForMyCarAsync(
        [Description("Licence plate of the customer's car, e.g. ABC-123-D.")] string plate,
        [Description("Condition as the customer describes it: excellent, good, fair or poor. Needed only if the car has not been inspected.")] string? condition = null,
        CancellationToken cancellationToken = default) =>
        PluginGuard.RunAsync<OfferQuote>(_logger, async () =>
        {
            if (string.IsNullOrWhiteSpace(plate))
            {
                return ToolError.InvalidArgument("plate is required; ask the customer for the licence plate of the car to sell.");
            }

            var cars = await offers.ListCarsAsync(customer.CustomerId, cancellationToken);
            var found = PlateSelection.Single(cars, c => c.Plate, plate, "registered car");
            if (!found.Ok)
            {
                return found.Error!;
            }

            var car = found.Value!;
            if (car.InspectedCondition is { } grade)
            {
                return await QuoteAsync(car.Plate, car.Make, car.Model, car.Year, car.Km, grade, "inspection", cancellationToken);
            }

            if (!CarConditions.Vocabulary.TryResolve(condition, out var stated))
            {
                return ToolError.InvalidArgument($"This car has not been inspected, so ask the customer for its condition: {CarConditions.Vocabulary.Names}.");
            }

            return await QuoteAsync(car.Plate, car.Make, car.Model, car.Year, car.Km, stated, "customer", cancellationToken);
        }, cancellationToken);

    [KernelFunction(QuoteOfferForDescribedCar)]
    [Description("Quotes an OfferIn24 instant purchase offer for a car the customer describes but that is not registered to them. " +
                 "The amount is in MXN, valid for 24 hours, and subject to confirmation at inspection. We buy cars up to 15 years old and 250,000 km.")]
    public Task<ToolResult<OfferQuote>> QuoteOfferForDescribedCarAsync(
        [Description("Make, e.g. Nissan.")] string make,
        [Description("Model, e.g. Versa.")] string model,
        [Description("Model year, e.g. 2019.")] int year,
        [Description("Odometer reading in kilometres.")] int km,
        [Description("Condition: excellent, good, fair or poor.")] string condition,
        CancellationToken cancellationToken = default) =>
        PluginGuard.RunAsync<OfferQuote>(_logger, async () =>
        {
            if (!CarConditions.Vocabulary.TryResolve(condition, out var stated))
            {
                return ToolError.InvalidArgument($"condition '{condition}' is not one of: {CarConditions.Vocabulary.Names}.");
            }

            return await QuoteAsync(null, make, model, year, km, stated, "customer", cancellationToken);
        }, cancellationToken);

    [KernelFunction(GetOfferStatus)]
    [Description("Gets the state of one of the customer's OfferIn24 offers: active (can still be accepted), expired (more than 24 hours old) or accepted, " +
                 "with its amount, expiry time and hours left. Without an offer id, returns the customer's most recent offer.")]
    public Task<ToolResult<OfferStatus>> GetOfferStatusAsync(
        [Description("Offer id as returned by a quote, e.g. OF-1001. Leave empty for the most recent offer.")] string? offerId = null,
        CancellationToken cancellationToken = default) =>
        PluginGuard.RunAsync<OfferStatus>(_logger, async () =>
        {
            var offer = await FindOfferAsync(offerId, cancellationToken);
            return offer.Ok ? Describe(offer.Value!) : offer.Error!;
        }, cancellationToken);

    [KernelFunction(AcceptOffer)]
    [Description("Accepts one of the customer's OfferIn24 offers on their behalf. Only an active offer can be accepted; an expired offer " +
                 "(older than 24 hours) cannot, and the customer must ask for a new quote. Confirm with the customer before calling.")]
    public Task<ToolResult<OfferStatus>> AcceptOfferAsync(
        [Description("Offer id, e.g. OF-1001.")] string offerId,
        CancellationToken cancellationToken = default) =>
        PluginGuard.RunAsync<OfferStatus>(_logger, async () =>
        {
            if (string.IsNullOrWhiteSpace(offerId))
            {
                return ToolError.InvalidArgument("offerId is required; call get_offer_status to find the latest offer.");
            }

            var found = await FindOfferAsync(offerId, cancellationToken);
            if (!found.Ok)
            {
                return found.Error!;
            }

            var offer = found.Value!;
            var now = _time.GetUtcNow();
            switch (offer.StateAt(now))
            {
                case OfferState.Accepted:
                    return ToolError.Conflict($"Offer {offer.Id} was already accepted on {MexicoTime.ToLocal(offer.AcceptedAt!.Value):yyyy-MM-dd HH:mm}.");
                case OfferState.Expired:
                    return ToolError.Expired($"Offer {offer.Id} expired on {MexicoTime.ToLocal(offer.Terms.ExpiresAt):yyyy-MM-dd HH:mm} and can no longer be accepted; quote a new offer.");
            }

            var accepted = await offers.MarkAcceptedAsync(customer.CustomerId, offer.Id, now, cancellationToken);
            return accepted is null
                ? ToolError.NotFound($"The customer has no offer {offer.Id}.")
                : Describe(accepted);
        }, cancellationToken);

    private async Task<ToolResult<OfferQuote>> QuoteAsync(
        string? plate, string make, string model, int year, int km, CarCondition condition, string conditionSource, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var price = OfferPricing.Price(make, model, year, km, condition, MexicoTime.Today(_time));
        if (!price.Ok)
        {
            return price.Error!;
        }

        var terms = new OfferTerms(plate, make.Trim(), model.Trim(), year, km, condition, price.Value!.AmountMxn, now, now + Validity);
        var offer = await offers.CreateOfferAsync(customer.CustomerId, terms, cancellationToken);
        return new OfferQuote(
            offer.Id, plate, terms.Make, terms.Model, year, km, condition, conditionSource,
            terms.AmountMxn, MexicoTime.ToLocal(terms.ExpiresAt), price.Value);
    }

    private async Task<ToolResult<Offer>> FindOfferAsync(string? offerId, CancellationToken cancellationToken)
    {
        var all = await offers.ListOffersAsync(customer.CustomerId, cancellationToken);
        if (string.IsNullOrWhiteSpace(offerId))
        {
            var latest = all.MaxBy(o => o.Terms.CreatedAt);
            return latest is null ? ToolError.NotFound("The customer has no OfferIn24 offers yet.") : latest;
        }

        var offer = all.FirstOrDefault(o => string.Equals(o.Id, offerId.Trim(), StringComparison.OrdinalIgnoreCase));
        return offer is null ? ToolError.NotFound($"The customer has no offer {offerId}.") : offer;
    }

    private OfferStatus Describe(Offer offer)
    {
        var now = _time.GetUtcNow();
        var state = offer.StateAt(now);
        var hoursLeft = state == OfferState.Active ? Math.Round((offer.Terms.ExpiresAt - now).TotalHours, 1) : 0;
        return new OfferStatus(
            offer.Id, state, offer.Terms.Plate, offer.Terms.Make, offer.Terms.Model, offer.Terms.Year, offer.Terms.AmountMxn,
            MexicoTime.ToLocal(offer.Terms.CreatedAt), MexicoTime.ToLocal(offer.Terms.ExpiresAt),
            offer.AcceptedAt is { } at ? MexicoTime.ToLocal(at) : null, hoursLeft);
    }
}

/// <summary>A fresh offer. <paramref name="ConditionSource"/> is "inspection" or "customer".</summary>
public sealed record OfferQuote(
    string OfferId,
    string? Plate,
    string Make,
    string Model,
    int Year,
    int Km,
    CarCondition Condition,
    string ConditionSource,
    decimal AmountMxn,
    DateTimeOffset ExpiresAt,
    OfferPrice Pricing);

public sealed record OfferStatus(
    string OfferId,
    OfferState State,
    string? Plate,
    string Make,
    string Model,
    int Year,
    decimal AmountMxn,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? AcceptedAt,
    double HoursLeft);
