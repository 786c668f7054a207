using AgentSupport.Plugins.Common;

namespace AgentSupport.Plugins.Sandbox;

/// <summary>
/// The data all of a sandbox's ports share. One lock serialises every port call, which keeps
/// check-then-act operations (is the slot free? book it) atomic as the port contracts require.
/// </summary>
internal sealed class SandboxState
{
    private const int FirstId = 1001;

    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, CustomerRecords> _customers;
    private readonly List<SandboxEffect> _effects = [];
    private readonly Dictionary<string, int> _lastIds = new(StringComparer.Ordinal);

    public SandboxState(SandboxScenario scenario)
    {
        Clock = new SandboxClock(scenario.Now);
        Hubs = scenario.Hubs;
        _customers = scenario.Customers.ToDictionary(c => c.Id, c => new CustomerRecords(c));
    }

    public SandboxClock Clock { get; }

    public IReadOnlyList<SandboxHub> Hubs { get; }

    public IEnumerable<CustomerRecords> Customers => _customers.Values;

    /// <summary>Runs <paramref name="action"/> under the lock, as a completed task, the way a port answers.</summary>
    public Task<T> Run<T>(CancellationToken cancellationToken, Func<T> action)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(cancellationToken);
        }

        try
        {
            lock (_gate)
            {
                return Task.FromResult(action());
            }
        }
        catch (Exception exception)
        {
            return Task.FromException<T>(exception);
        }
    }

    /// <summary>The customer's records, or null: an unknown customer simply has nothing.</summary>
    public CustomerRecords? Find(Guid customerId) => _customers.GetValueOrDefault(customerId);

    /// <summary>The customer's records for a write; a context for a customer the scenario lacks is a wiring error.</summary>
    public CustomerRecords Get(Guid customerId) =>
        Find(customerId) ?? throw new InvalidOperationException($"The sandbox scenario has no customer {customerId}.");

    /// <summary>"OF-1001", "OF-1002", ... skipping ids the fixture already uses.</summary>
    public string NextId(string prefix, IEnumerable<string> taken)
    {
        var used = taken.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var last = _lastIds.GetValueOrDefault(prefix, FirstId - 1);
        string id;
        do
        {
            last++;
            id = $"{prefix}-{last}";
        }
        while (used.Contains(id));

        _lastIds[prefix] = last;
        return id;
    }

    public void Record(SandboxEffectKind kind, Guid customerId, string reference, string? detail = null) =>
        _effects.Add(new SandboxEffect(_effects.Count + 1, kind, customerId, MexicoTime.Now(Clock), reference, detail));

    public SandboxSnapshot Snapshot()
    {
        lock (_gate)
        {
            return new SandboxSnapshot(MexicoTime.Now(Clock), _customers.Values.Select(c => c.ToCustomer()).ToList(), [.. _effects]);
        }
    }
}
