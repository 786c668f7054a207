using AgentSupport.Plugins.Offers;

namespace AgentSupport.Web.Domain.Cars;

/// <summary>How a customer calls their cars: by model ("Versa"), or make and model when the model is only a number ("Mazda 3").</summary>
public static class CarNames
{
    public static string Of(string make, string model) => model.Any(char.IsLetter) ? model : $"{make} {model}";

    /// <summary>Plate to name, for the customer's cars and the cars of their offers (a sold car is no longer theirs).</summary>
    public static IReadOnlyDictionary<string, string> ByPlate(IEnumerable<OwnedCar> cars, IEnumerable<Offer> offers) =>
        ByPlate(cars.Select(c => (c.Plate, c.Make, c.Model))
            .Concat(offers.Where(o => o.Terms.Plate is not null).Select(o => (o.Terms.Plate!, o.Terms.Make, o.Terms.Model))));

    /// <summary>Plate to name; the first car named for a plate keeps it.</summary>
    public static IReadOnlyDictionary<string, string> ByPlate(IEnumerable<(string Plate, string Make, string Model)> cars)
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (plate, make, model) in cars)
        {
            names.TryAdd(plate, Of(make, model));
        }
        return names;
    }
}
