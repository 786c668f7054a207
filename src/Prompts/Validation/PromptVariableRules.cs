using System.Text.RegularExpressions;

namespace AgentSupport.Prompts.Validation;

/// <summary>
/// Which variables a template may read. Every prompt gets the standard set; a prompt id can add extras
/// (with a sample value used by the validation render). Immutable: the With methods return a new set.
/// </summary>
public sealed partial class PromptVariableRules
{
    /// <summary>Variables every template may read; <c>policy</c> is the version's own front matter.</summary>
    public static IReadOnlyList<string> StandardNames { get; } = ["context", "tone", "channel", "language", "customer", "now", "policy"];

    /// <summary>Only the standard set, for every prompt.</summary>
    public static PromptVariableRules Standard { get; } = new(new Dictionary<string, IReadOnlyDictionary<string, object?>>());

    /// <summary>The standard set plus the extras the shipped prompts use.</summary>
    public static PromptVariableRules Shipped { get; } = Standard
        .WithExtras("customer-simulator", new Dictionary<string, object?>
        {
            ["persona"] = "Cliente de 42 años, práctica, escribe corto y sin acentos; desconfía de los trámites largos.",
            ["goal"] = "Saber cuándo le depositan el pago por la venta de su auto.",
        })
        .WithExtras("judge", new Dictionary<string, object?>
        {
            ["goal"] = "Get the payout date for the car the customer sold.",
            ["transcript"] = "customer: When do I get paid?\nagent: Your transfer is scheduled for Friday.",
            ["evidence"] = "PayoutTracker.GetStatus -> scheduled, ETA 2025-10-31",
        })
        .WithExtras("proposer", new Dictionary<string, object?>
        {
            ["metrics"] = "{\"n\": 600, \"resolution_rate\": 0.61, \"avg_csat\": 3.8}",
            ["intent_ranking"] = "[{\"intent\": \"payment_status\", \"frequency\": 120, \"score\": 0.82}]",
            ["worst_conversations"] = "[{\"conversation_id\": \"conv_1\", \"csat\": 1.4, \"transcript\": \"...\"}]",
            ["current_prompt"] = "---\nid: customer-agent\n---\nEres el asistente...",
        });

    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, object?>> _extras;

    private PromptVariableRules(IReadOnlyDictionary<string, IReadOnlyDictionary<string, object?>> extras) => _extras = extras;

    /// <summary>Adds extras to a prompt; their sample value for validation is the text "sample &lt;name&gt;".</summary>
    public PromptVariableRules WithExtras(string promptId, params string[] names) =>
        WithExtras(promptId, names.ToDictionary(name => name, name => (object?)$"sample {name}", StringComparer.Ordinal));

    /// <summary>Adds extras to a prompt with the sample values the validation render uses.</summary>
    public PromptVariableRules WithExtras(string promptId, IReadOnlyDictionary<string, object?> samples)
    {
        PromptNames.EnsurePromptId(promptId);
        foreach (var name in samples.Keys)
        {
            if (!IdentifierPattern().IsMatch(name))
            {
                throw new ArgumentException($"'{name}' is not a valid template variable name (use snake_case).", nameof(samples));
            }

            if (StandardNames.Contains(name, StringComparer.Ordinal))
            {
                throw new ArgumentException($"'{name}' is a standard variable and cannot be redefined for '{promptId}'.", nameof(samples));
            }
        }

        var merged = new Dictionary<string, object?>(ExtraSamplesFor(promptId), StringComparer.Ordinal);
        foreach (var (name, sample) in samples)
        {
            merged[name] = sample;
        }

        var all = new Dictionary<string, IReadOnlyDictionary<string, object?>>(_extras, StringComparer.Ordinal) { [promptId] = merged };
        return new PromptVariableRules(all);
    }

    /// <summary>The extras one prompt may read, beyond the standard set.</summary>
    public IReadOnlyCollection<string> ExtrasFor(string promptId) => ExtraSamplesFor(promptId).Keys.ToArray();

    /// <summary>Everything a template of this prompt may read.</summary>
    public IReadOnlySet<string> AllowedFor(string promptId) =>
        StandardNames.Concat(ExtraSamplesFor(promptId).Keys).ToHashSet(StringComparer.Ordinal);

    internal IReadOnlyDictionary<string, object?> ExtraSamplesFor(string promptId) =>
        _extras.TryGetValue(promptId, out var extras) ? extras : new Dictionary<string, object?>();

    [GeneratedRegex("^[a-z_][a-z0-9_]*$")]
    private static partial Regex IdentifierPattern();
}
