using AgentSupport.Plugins.Common;

namespace AgentSupport.Plugins.Warranty;

/// <summary>
/// Warranty on every car we sell, counted from the purchase date and the odometer at purchase,
/// whichever limit comes first: powertrain (engine, transmission, drivetrain) 36 months or 60,000 km;
/// basic (electrical, air conditioning, steering, suspension, cooling, fuel system) 12 months or
/// 20,000 km; wear items (brakes, tires, battery, clutch, wiper blades, bulbs, filters) and bodywork
/// never. A limit is still covered on its last day and at exactly its km.
/// </summary>
public static class WarrantyRules
{
    public const int PowertrainMonths = 36;
    public const int PowertrainKm = 60_000;
    public const int BasicMonths = 12;
    public const int BasicKm = 20_000;

    internal static Vocabulary<WarrantyComponent> Vocabulary { get; } = new(new Dictionary<WarrantyComponent, string[]>
    {
        [WarrantyComponent.Engine] = ["motor", "engine", "cabeza", "cylinder head", "pistones", "pistons", "turbo", "cigueñal", "crankshaft"],
        [WarrantyComponent.Transmission] = ["transmision", "caja", "caja de cambios", "caja de velocidades", "gearbox", "transmission", "cvt"],
        [WarrantyComponent.Drivetrain] = ["diferencial", "differential", "flecha", "homocinetica", "cv joint", "axle", "eje", "traccion"],
        [WarrantyComponent.Electrical] = ["electrico", "sistema electrico", "falla electrica", "electrical", "alternador", "alternator", "motor de arranque", "marcha", "starter", "computadora", "ecu", "cableado", "wiring", "tablero", "dashboard"],
        [WarrantyComponent.AirConditioning] = ["aire acondicionado", "clima", "a c", "ac", "air conditioning", "compresor", "compressor"],
        [WarrantyComponent.Steering] = ["direccion", "steering", "cremallera", "direccion hidraulica", "power steering"],
        [WarrantyComponent.Suspension] = ["suspension", "amortiguadores", "shock absorbers", "shocks", "horquilla", "control arm"],
        [WarrantyComponent.Cooling] = ["radiador", "radiator", "bomba de agua", "water pump", "enfriamiento", "cooling", "termostato", "thermostat", "sobrecalentamiento", "overheating"],
        [WarrantyComponent.FuelSystem] = ["bomba de gasolina", "fuel pump", "inyectores", "injectors", "combustible", "fuel"],
        [WarrantyComponent.Brakes] = ["frenos", "freno", "balatas", "pastillas", "discos", "brakes", "brake pads", "rotors"],
        [WarrantyComponent.Tires] = ["llantas", "llanta", "neumaticos", "tires", "tyres", "tire"],
        [WarrantyComponent.Battery] = ["bateria", "acumulador", "battery"],
        [WarrantyComponent.Clutch] = ["clutch", "embrague"],
        [WarrantyComponent.WiperBlades] = ["plumas", "limpiaparabrisas", "wipers", "wiper"],
        [WarrantyComponent.Bulbs] = ["focos", "foco", "bulbs", "bulb", "faros"],
        [WarrantyComponent.Filters] = ["filtros", "filtro", "filters", "filter"],
        [WarrantyComponent.Bodywork] = ["carroceria", "pintura", "paint", "body", "bodywork", "vestiduras", "upholstery", "cristales", "glass", "rayones", "scratches"],
    });

    public static CoveragePlan PlanFor(WarrantyComponent component) => component switch
    {
        WarrantyComponent.Engine or WarrantyComponent.Transmission or WarrantyComponent.Drivetrain => CoveragePlan.Powertrain,
        WarrantyComponent.Electrical or WarrantyComponent.AirConditioning or WarrantyComponent.Steering
            or WarrantyComponent.Suspension or WarrantyComponent.Cooling or WarrantyComponent.FuelSystem => CoveragePlan.Basic,
        _ => CoveragePlan.Excluded,
    };

    /// <summary>Decides coverage of <paramref name="component"/> on a car bought at <paramref name="warranty"/>, seen at <paramref name="now"/> with <paramref name="currentKm"/>.</summary>
    public static ToolResult<CoverageDecision> Decide(CarWarranty warranty, WarrantyComponent component, int currentKm, DateTimeOffset now)
    {
        if (currentKm < warranty.KmAtPurchase)
        {
            return ToolError.InvalidArgument($"The odometer cannot read {currentKm:N0} km: the car had {warranty.KmAtPurchase:N0} km when bought. Ask the customer to check it.");
        }

        var plan = PlanFor(component);
        var kmSince = currentKm - warranty.KmAtPurchase;
        var purchased = MexicoTime.ToLocal(warranty.PurchasedAt);
        var local = MexicoTime.ToLocal(now);
        var months = ((local.Year - purchased.Year) * 12) + local.Month - purchased.Month - (local.Day < purchased.Day ? 1 : 0);
        if (plan == CoveragePlan.Excluded)
        {
            return new CoverageDecision(component, plan, false, $"{Vocabulary<WarrantyComponent>.NameOf(component)} is a wear or cosmetic item and is not covered by the warranty.", null, null, kmSince, months);
        }

        var (limitMonths, limitKm) = plan == CoveragePlan.Powertrain ? (PowertrainMonths, PowertrainKm) : (BasicMonths, BasicKm);
        var endsOn = DateOnly.FromDateTime(purchased.AddMonths(limitMonths).DateTime).AddDays(-1);
        var endsAtKm = warranty.KmAtPurchase + limitKm;
        var today = DateOnly.FromDateTime(local.DateTime);
        var reason = today > endsOn
            ? $"The {Vocabulary<CoveragePlan>.NameOf(plan)} warranty ({limitMonths} months) ended on {endsOn:yyyy-MM-dd}."
            : kmSince > limitKm
                ? $"The {Vocabulary<CoveragePlan>.NameOf(plan)} warranty covers {limitKm:N0} km from purchase; the car has run {kmSince:N0} km since."
                : null;
        return new CoverageDecision(
            component,
            plan,
            reason is null,
            reason ?? $"Covered by the {Vocabulary<CoveragePlan>.NameOf(plan)} warranty until {endsOn:yyyy-MM-dd} or {endsAtKm:N0} km, whichever comes first.",
            endsOn,
            endsAtKm,
            kmSince,
            months);
    }
}

public sealed record CoverageDecision(
    WarrantyComponent Component,
    CoveragePlan Plan,
    bool Covered,
    string Reason,
    DateOnly? CoverageEndsOn,
    int? CoverageEndsAtKm,
    int KmSincePurchase,
    int MonthsSincePurchase);
