using System.Text.Json;

namespace AgentSupport.Plugins.Sandbox;

/// <summary>
/// A scenario fixture: the sandbox clock's start, the hubs and the customers with their data. Loaded
/// from JSON (snake_case; see default-scenario.json), immutable, and shared by every sandbox built from it.
/// </summary>
public sealed record SandboxScenario
{
    private const string DefaultResource = "AgentSupport.Plugins.Sandbox.default-scenario.json";

    private static readonly Lazy<SandboxScenario> DefaultScenario = new(() =>
    {
        using var stream = typeof(SandboxScenario).Assembly.GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException($"Embedded resource {DefaultResource} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "default-scenario.json");
    });

    /// <summary>The sandbox clock's start (hub-local, e.g. 2025-06-02T09:00:00-06:00).</summary>
    public required DateTimeOffset Now { get; init; }

    public required IReadOnlyList<SandboxHub> Hubs { get; init; }

    public required IReadOnlyList<SandboxCustomer> Customers { get; init; }

    /// <summary>The shipped scenario: three hubs and two customers (Ana López, Bruno Díaz) with overlapping slots.</summary>
    public static SandboxScenario Default => DefaultScenario.Value;

    public static SandboxScenario Load(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>Reads and checks a fixture.</summary>
    /// <exception cref="SandboxScenarioException">Malformed JSON (with line and column), a missing or unknown field, or inconsistent data.</exception>
    public static SandboxScenario Parse(string json, string source = "scenario")
    {
        SandboxScenario? scenario;
        try
        {
            scenario = JsonSerializer.Deserialize<SandboxScenario>(json, SandboxJson.Options);
        }
        catch (JsonException exception)
        {
            var where = exception.LineNumber is { } line
                ? $"line {line + 1}, column {exception.BytePositionInLine + 1}"
                : "unknown position";
            throw new SandboxScenarioException($"{source}: {where}, at {exception.Path ?? "$"}: {exception.Message}", exception);
        }

        if (scenario is null)
        {
            throw new SandboxScenarioException($"{source}: the fixture is null.");
        }

        var problems = SandboxScenarioValidator.Problems(scenario).ToList();
        return problems.Count == 0
            ? scenario
            : throw new SandboxScenarioException($"{source}: {string.Join("; ", problems)}");
    }

    public string ToJson() => JsonSerializer.Serialize(this, SandboxJson.Options);
}
