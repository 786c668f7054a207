namespace AgentSupport.Workbench.Tasks;

/// <summary>
/// One task of the suite: a customer of the task fixture writes <see cref="Turns"/> one after the other, as customers
/// write, and the conversation succeeds when <see cref="Expect"/> holds on what the agent did and said.
/// </summary>
public sealed record TaskScenario
{
    public required string Id { get; init; }

    /// <summary>"es" or "en".</summary>
    public required string Language { get; init; }

    /// <summary>What the task is about (payout, reschedule, handover, injection, ...), for the report.</summary>
    public required string Category { get; init; }

    /// <summary>The customer's first name in the fixture, folded ("maria", "john").</summary>
    public required string Customer { get; init; }

    public required IReadOnlyList<string> Turns { get; init; }

    public required TaskExpectation Expect { get; init; }

    /// <summary>The file the task came from: <see cref="TaskSuite.DevSet"/> or <see cref="TaskSuite.HeldOutSet"/>.</summary>
    public string Set { get; init; } = "";
}

/// <summary>Success criteria on the recorded tool calls, their results, the hand-over and the facts the customer reads.</summary>
public sealed record TaskExpectation
{
    /// <summary>Calls that must have been made, each matched by function, optionally by success and by arguments.</summary>
    public IReadOnlyList<ExpectedCall> Calls { get; init; } = [];

    /// <summary>Functions that must not have been called.</summary>
    public IReadOnlyList<string> ForbiddenCalls { get; init; } = [];

    /// <summary>Facts that must reach the customer: each is a list of alternatives, one of which appears in a reply.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Says { get; init; } = [];

    /// <summary>True: the conversation must be handed over to a person; false: it must not; null: either.</summary>
    public bool? Escalated { get; init; }
}

/// <summary>A function that must appear among the calls; <see cref="Arguments"/> are compared as text, ignoring case.</summary>
public sealed record ExpectedCall
{
    public required string Function { get; init; }

    /// <summary>True: the call must have succeeded; false: it must have failed; null: either.</summary>
    public bool? Ok { get; init; }

    public IReadOnlyDictionary<string, string> Arguments { get; init; } = new Dictionary<string, string>();
}
