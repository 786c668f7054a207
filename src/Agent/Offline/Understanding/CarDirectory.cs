using System.Text.RegularExpressions;

namespace AgentSupport.Agent.Offline.Understanding;

/// <summary>
/// The customer's own cars, from the profile the prompt is rendered with ("Mazda CX-5 2019 (MLR-527-C)"), so a car
/// named by make, model or year ("la cx5", "the ford", "the 2018 one") resolves to its plate, and a plate the
/// customer types can be told apart from someone else's.
/// </summary>
internal sealed partial class CarDirectory
{
    private readonly IReadOnlyList<Car> _cars;

    private CarDirectory(IReadOnlyList<Car> cars) => _cars = cars;

    /// <summary>Nothing is known about the customer's cars (no profile): every plate is taken as typed.</summary>
    public static CarDirectory Unknown { get; } = new([]);

    public bool Knows => _cars.Count > 0;

    public IEnumerable<string> Plates => _cars.Select(car => car.Plate);

    public static CarDirectory From(IEnumerable<string>? profileCars) =>
        new((profileCars ?? []).Select(text => ProfileCar().Match(text)).Where(match => match.Success)
            .Select(match => new Car(
                Normalize(match.Groups["plate"].Value),
                TextFold.Words(match.Groups["make"].Value),
                Compact(match.Groups["model"].Value),
                int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture)))
            .ToList());

    /// <summary>The plate of the one car the text names by make, model or year; null when none or several match.</summary>
    public string? Resolve(string text)
    {
        var words = TextFold.Words(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var compact = string.Concat(words);
        var scored = _cars.Select(car => (car.Plate, Score:
                (car.Model.Length >= 3 && (words.Contains(car.Model) || compact.Contains(car.Model, StringComparison.Ordinal) || words.Any(word => NearlyEqual(word, car.Model))) ? 3 : 0)
                + (words.Contains(car.Make) || words.Any(word => NearlyEqual(word, car.Make)) ? 2 : 0)
                + (car.Model.Length < 3 && compact.Contains(car.Make + car.Model, StringComparison.Ordinal) ? 3 : 0)
                + (words.Contains(car.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)) ? 1 : 0)))
            .Where(car => car.Score > 0)
            .OrderByDescending(car => car.Score)
            .ToList();
        return scored.Count == 1 || scored.Count > 1 && scored[0].Score > scored[1].Score ? scored[0].Plate : null;
    }

    /// <summary>True when the plate is one of the customer's cars (dashes and case ignored).</summary>
    public bool Owns(string plate) => _cars.Any(car => car.Plate == Normalize(plate));

    /// <summary>ABC-123-D however typed: "abc123d", "ABC 123 D".</summary>
    public static string Normalize(string plate)
    {
        var compact = Compact(plate).ToUpperInvariant();
        var match = PlateParts().Match(compact);
        return match.Success ? string.Join('-', new[] { match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value }.Where(part => part.Length > 0)) : compact;
    }

    private static string Compact(string text) => TextFold.Words(text).Replace(" ", "", StringComparison.Ordinal);

    /// <summary>One typo in a word of five letters or more ("seltoz", "tracker"/"traker").</summary>
    private static bool NearlyEqual(string word, string target)
    {
        if (target.Length < 5 || Math.Abs(word.Length - target.Length) > 1)
        {
            return false;
        }

        var previous = Enumerable.Range(0, target.Length + 1).ToArray();
        for (var i = 1; i <= word.Length; i++)
        {
            var current = new int[target.Length + 1];
            current[0] = i;
            for (var j = 1; j <= target.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (word[i - 1] == target[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[target.Length] <= 1;
    }

    private sealed record Car(string Plate, string Make, string Model, int Year);

    [GeneratedRegex(@"^\s*(?<make>\S+)\s+(?<model>.+?)\s+(?<year>\d{4})\s*\((?<plate>[^)]+)\)")]
    private static partial Regex ProfileCar();

    [GeneratedRegex(@"^([A-Z]{3})(\d{3,4})([A-Z]?)$")]
    private static partial Regex PlateParts();
}
