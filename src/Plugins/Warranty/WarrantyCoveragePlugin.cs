using System.ComponentModel;
using AgentSupport.Plugins.Common;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel;

namespace AgentSupport.Plugins.Warranty;

/// <summary>WarrantyCoverage: whether a failure on a car the customer bought from us is covered, and opening a claim.</summary>
public sealed class WarrantyCoveragePlugin(
    IWarrantyService warranties,
    CustomerContext customer,
    TimeProvider? timeProvider = null,
    ILogger<WarrantyCoveragePlugin>? logger = null)
{
    /// <summary>The plugin's name in the catalog and in prompts' <c>enabled_tools</c>.</summary>
    public const string Name = "WarrantyCoverage";

    /// <summary>The intent of the intents table this plugin serves.</summary>
    public const string Intent = "warranty_claim";

    public const string CheckWarrantyCoverage = "check_warranty_coverage";

    public const string OpenWarrantyClaim = "open_warranty_claim";

    public const int MaxDescriptionLength = 1000;

    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;
    private readonly ILogger _logger = logger ?? NullLogger<WarrantyCoveragePlugin>.Instance;

    [KernelFunction(CheckWarrantyCoverage)]
    [Description("Checks whether a failure is covered by the warranty of a car the signed-in customer bought from us. Rules, counted from the purchase " +
                 "date and the odometer at purchase, whichever limit comes first: powertrain (engine, transmission, drivetrain) 36 months or 60,000 km; " +
                 "basic (electrical, air_conditioning, steering, suspension, cooling, fuel_system) 12 months or 20,000 km; wear items " +
                 "(brakes, tires, battery, clutch, wiper_blades, bulbs, filters) and bodywork are never covered. Returns covered yes/no, the plan, " +
                 "the reason and when coverage ends.")]
    public Task<ToolResult<WarrantyCoverage>> CheckWarrantyCoverageAsync(
        [Description("The failing part, e.g. engine, transmission, electrical, brakes (Spanish names such as motor, caja, frenos, falla eléctrica are understood).")] string component,
        [Description("Current odometer reading in km, as the customer reports it.")] int currentKm,
        [Description("Licence plate of the car. May be left empty when the customer bought a single car from us.")] string? plate = null,
        CancellationToken cancellationToken = default) =>
        PluginGuard.RunAsync<WarrantyCoverage>(_logger, async () =>
        {
            var decision = await DecideAsync(component, currentKm, plate, cancellationToken);
            return decision.Ok ? new WarrantyCoverage(decision.Value!.Warranty.Plate, decision.Value.Decision) : decision.Error!;
        }, cancellationToken);

    [KernelFunction(OpenWarrantyClaim)]
    [Description("Opens a warranty claim for a covered failure on a car the customer bought from us and returns the claim number. " +
                 "A failure that is not covered (see check_warranty_coverage) is refused with the reason. Confirm with the customer before calling.")]
    public Task<ToolResult<WarrantyClaimOpened>> OpenWarrantyClaimAsync(
        [Description("The failing part, e.g. engine, transmission, electrical.")] string component,
        [Description("Current odometer reading in km.")] int currentKm,
        [Description("The customer's description of the failure: symptoms, since when, warning lights.")] string description,
        [Description("Licence plate of the car. May be left empty when the customer bought a single car from us.")] string? plate = null,
        CancellationToken cancellationToken = default) =>
        PluginGuard.RunAsync<WarrantyClaimOpened>(_logger, async () =>
        {
            if (string.IsNullOrWhiteSpace(description))
            {
                return ToolError.InvalidArgument("description is required: ask the customer what happens (symptoms, since when, warning lights).");
            }

            if (description.Length > MaxDescriptionLength)
            {
                return ToolError.InvalidArgument($"description is too long ({description.Length} characters, at most {MaxDescriptionLength}); summarise it.");
            }

            var decided = await DecideAsync(component, currentKm, plate, cancellationToken);
            if (!decided.Ok)
            {
                return decided.Error!;
            }

            var (warranty, decision) = decided.Value!;
            if (!decision.Covered)
            {
                return ToolError.NotEligible($"No claim opened: {decision.Reason}");
            }

            var request = new WarrantyClaimRequest(warranty.Plate, decision.Component, decision.Plan, currentKm, description.Trim(), _time.GetUtcNow());
            var claim = await warranties.OpenClaimAsync(customer.CustomerId, request, cancellationToken);
            return new WarrantyClaimOpened(claim.Number, warranty.Plate, decision.Component, decision.Plan, MexicoTime.ToLocal(request.OpenedAt));
        }, cancellationToken);

    private async Task<ToolResult<WarrantyCase>> DecideAsync(string component, int currentKm, string? plate, CancellationToken cancellationToken)
    {
        if (!WarrantyRules.Vocabulary.TryResolve(component, out var part))
        {
            return ToolError.InvalidArgument($"'{component}' is not a component we recognise. Components: {WarrantyRules.Vocabulary.Names}.");
        }

        if (currentKm < 0)
        {
            return ToolError.InvalidArgument($"currentKm cannot be negative; got {currentKm}.");
        }

        var all = await warranties.ListWarrantiesAsync(customer.CustomerId, cancellationToken);
        var selected = PlateSelection.Single(all, w => w.Plate, plate, "car bought from us with a warranty");
        if (!selected.Ok)
        {
            return selected.Error!;
        }

        var decision = WarrantyRules.Decide(selected.Value!, part, currentKm, _time.GetUtcNow());
        return decision.Ok ? new WarrantyCase(selected.Value!, decision.Value!) : decision.Error!;
    }

    private sealed record WarrantyCase(CarWarranty Warranty, CoverageDecision Decision);
}

public sealed record WarrantyCoverage(string Plate, CoverageDecision Decision);

public sealed record WarrantyClaimOpened(string ClaimNumber, string Plate, WarrantyComponent Component, CoveragePlan Plan, DateTimeOffset OpenedAt);
