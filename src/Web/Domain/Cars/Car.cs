namespace AgentSupport.Web.Domain.Cars;

/// <summary>
/// A car we know by its licence plate. <see cref="OwnerId"/> is the customer it is registered to, or
/// null while it is ours (bought from a seller, in stock); deals, inspections and payouts keep their
/// own customer, so a car changing hands never moves another customer's history.
/// </summary>
public sealed class Car
{
    private readonly string _plate = string.Empty;

    public int Id { get; set; }

    /// <summary>As written on the plate, e.g. "MLR-527-C".</summary>
    public required string Plate
    {
        get => _plate;
        init
        {
            _plate = value;
            PlateKey = Plugins.Common.Plate.Normalize(value);
        }
    }

    /// <summary>Letters and digits only ("MLR527C"): one car per plate however it is typed.</summary>
    public string PlateKey { get; private set; } = string.Empty;

    public required string Make { get; set; }
    public required string Model { get; set; }
    public int Year { get; set; }

    /// <summary>The latest odometer reading we know.</summary>
    public int Km { get; set; }

    public Guid? OwnerId { get; set; }
}
