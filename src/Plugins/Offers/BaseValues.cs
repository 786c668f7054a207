using AgentSupport.Plugins.Common;

namespace AgentSupport.Plugins.Offers;

/// <summary>
/// What common models cost new in Mexico (MXN, 2025 list prices, rounded), and a fallback by the
/// make's segment for a model not in the table.
/// </summary>
internal static class BaseValues
{
    private const decimal Economy = 300_000m;
    private const decimal Mainstream = 470_000m;
    private const decimal Premium = 950_000m;

    private static readonly Dictionary<string, string> MakeAliases = new(StringComparer.Ordinal)
    {
        ["vw"] = "volkswagen",
        ["chevy"] = "chevrolet",
        ["mercedes"] = "mercedesbenz",
        ["mb"] = "mercedesbenz",
    };

    private static readonly Dictionary<(string Make, string Model), decimal> Models = new()
    {
        [("nissan", "march")] = 280_000m,
        [("nissan", "versa")] = 330_000m,
        [("nissan", "sentra")] = 440_000m,
        [("nissan", "kicks")] = 430_000m,
        [("nissan", "xtrail")] = 650_000m,
        [("nissan", "frontier")] = 620_000m,
        [("volkswagen", "polo")] = 320_000m,
        [("volkswagen", "vento")] = 330_000m,
        [("volkswagen", "virtus")] = 410_000m,
        [("volkswagen", "jetta")] = 480_000m,
        [("volkswagen", "taos")] = 560_000m,
        [("volkswagen", "tiguan")] = 690_000m,
        [("chevrolet", "aveo")] = 290_000m,
        [("chevrolet", "onix")] = 340_000m,
        [("chevrolet", "tracker")] = 450_000m,
        [("chevrolet", "captiva")] = 520_000m,
        [("toyota", "yaris")] = 340_000m,
        [("toyota", "corolla")] = 460_000m,
        [("toyota", "camry")] = 720_000m,
        [("toyota", "rav4")] = 690_000m,
        [("toyota", "hilux")] = 600_000m,
        [("honda", "city")] = 390_000m,
        [("honda", "civic")] = 540_000m,
        [("honda", "hrv")] = 520_000m,
        [("honda", "crv")] = 700_000m,
        [("mazda", "2")] = 340_000m,
        [("mazda", "3")] = 480_000m,
        [("mazda", "cx30")] = 540_000m,
        [("mazda", "cx5")] = 620_000m,
        [("kia", "rio")] = 340_000m,
        [("kia", "forte")] = 420_000m,
        [("kia", "seltos")] = 480_000m,
        [("kia", "sportage")] = 640_000m,
        [("hyundai", "creta")] = 450_000m,
        [("hyundai", "tucson")] = 650_000m,
        [("ford", "territory")] = 600_000m,
        [("ford", "ranger")] = 720_000m,
        [("audi", "a3")] = 760_000m,
        [("bmw", "serie3")] = 1_050_000m,
        [("mercedesbenz", "clasec")] = 1_150_000m,
    };

    private static readonly HashSet<string> EconomyMakes = ["renault", "suzuki", "fiat", "dodge", "jac", "mg", "chirey"];

    private static readonly HashSet<string> PremiumMakes = ["audi", "bmw", "mercedesbenz", "volvo", "lexus", "mini", "porsche", "landrover", "jaguar"];

    /// <summary>
    /// Model names are compared without spaces, dashes or a repeated make ("CR-V", "Mazda 3" → "crv", "3").
    /// </summary>
    public static (decimal Value, string Source) Find(string make, string model)
    {
        var makeKey = TextKey.Compact(make);
        makeKey = MakeAliases.GetValueOrDefault(makeKey, makeKey);
        var modelKey = TextKey.Compact(model);
        if (modelKey.StartsWith(makeKey, StringComparison.Ordinal) && modelKey.Length > makeKey.Length)
        {
            modelKey = modelKey[makeKey.Length..];
        }

        if (Models.TryGetValue((makeKey, modelKey), out var value))
        {
            return (value, "model");
        }

        return PremiumMakes.Contains(makeKey) ? (Premium, "segment:premium")
            : EconomyMakes.Contains(makeKey) ? (Economy, "segment:economy")
            : (Mainstream, "segment:mainstream");
    }
}
