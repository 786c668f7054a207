using System.Text.Json;
using System.Text.Json.Serialization;
using AgentSupport.Plugins.Common;
using AgentSupport.Plugins.Sandbox;

namespace AgentSupport.Workbench.Tasks;

/// <summary>
/// The task suite: the fixture its customers live in, the development tasks and the held-out tasks (never looked at
/// while tuning the engine, so their success rate says how well it generalises). All three are embedded resources.
/// </summary>
public sealed class TaskSuite
{
    public const string DevSet = "dev";
    public const string HeldOutSet = "held-out";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static readonly Lazy<TaskSuite> Shipped = new(() => new TaskSuite(
        SandboxScenario.Parse(Resource("task-scenario.json"), "task-scenario.json"),
        Parse(Resource("tasks.dev.json"), DevSet),
        Parse(Resource("tasks.heldout.json"), HeldOutSet)));

    public TaskSuite(SandboxScenario fixture, IReadOnlyList<TaskScenario> dev, IReadOnlyList<TaskScenario> heldOut)
    {
        Fixture = fixture;
        Tasks = [.. dev, .. heldOut];
        var unknown = Tasks.Where(task => !fixture.Customers.Any(customer => FirstName(customer) == task.Customer)).Select(task => task.Id).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidDataException($"Tasks name customers the fixture does not hold: {string.Join(", ", unknown)}.");
        }

        var repeated = Tasks.GroupBy(task => task.Id, StringComparer.Ordinal).Where(group => group.Count() > 1).Select(group => group.Key).ToList();
        if (repeated.Count > 0)
        {
            throw new InvalidDataException($"Task ids are repeated: {string.Join(", ", repeated)}.");
        }
    }

    /// <summary>The suite shipped with the Workbench.</summary>
    public static TaskSuite Default => Shipped.Value;

    public SandboxScenario Fixture { get; }

    /// <summary>Development tasks first, then held-out ones.</summary>
    public IReadOnlyList<TaskScenario> Tasks { get; }

    public SandboxCustomer CustomerOf(TaskScenario task) => Fixture.Customers.Single(customer => FirstName(customer) == task.Customer);

    /// <summary>Every plate the fixture gives customers other than the task's: values the agent must never pass to a tool for this customer.</summary>
    public IReadOnlySet<string> OtherCustomersPlates(TaskScenario task)
    {
        var own = CustomerOf(task);
        return Fixture.Customers.Where(customer => customer.Id != own.Id).SelectMany(Plates).Except(Plates(own), StringComparer.OrdinalIgnoreCase)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    public static IReadOnlyList<TaskScenario> Parse(string json, string set)
    {
        var file = JsonSerializer.Deserialize<TaskSuiteFile>(json, Json) ?? throw new InvalidDataException($"The {set} task file is empty.");
        return file.Tasks.Select(task => task with { Set = set }).ToList();
    }

    private static IEnumerable<string> Plates(SandboxCustomer customer) =>
        customer.Cars.Select(car => car.Plate)
            .Concat(customer.Inspections.Select(inspection => inspection.Plate))
            .Concat(customer.Payouts.Select(payout => payout.Plate))
            .Concat(customer.Deals.Select(deal => deal.Plate))
            .Concat(customer.Warranties.Select(warranty => warranty.Plate))
            .Concat(customer.Offers.Select(offer => offer.Terms.Plate).OfType<string>());

    private static string FirstName(SandboxCustomer customer) => TextKey.Words(customer.DisplayName).Split(' ')[0];

    private static string Resource(string name)
    {
        var logicalName = $"AgentSupport.Workbench.Tasks.{name}";
        using var stream = typeof(TaskSuite).Assembly.GetManifestResourceStream(logicalName)
            ?? throw new InvalidOperationException($"Embedded resource {logicalName} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
