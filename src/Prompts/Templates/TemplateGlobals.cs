using System.Globalization;
using AgentSupport.Prompts.Validation;
using Scriban;
using Scriban.Runtime;

namespace AgentSupport.Prompts.Templates;

/// <summary>
/// Builds the Scriban globals for one render. A new context per render keeps rendering thread-safe. Templates come
/// from prompt engineers and, through candidates, from models, so every render runs in a sandbox: bounded loops,
/// recursion and output (an overrun fails the render instead of being cut short), no template loader (so no
/// <c>include</c>), no evaluation of strings as templates, and a time budget enforced by <see cref="PromptVersion.Render"/>.
/// </summary>
internal static class TemplateGlobals
{
    public const int LoopLimit = 1000;
    public const int RecursiveLimit = 50;

    /// <summary>Characters a render may write; the largest prompt (the proposer with its analysis) is far below it.</summary>
    public const int OutputLimit = 1_000_000;

    public static readonly TimeSpan RenderTimeout = TimeSpan.FromSeconds(2);

    /// <summary>Builtins that would run a string as a template: a value from data must never become code.</summary>
    public static readonly IReadOnlyList<string> EvaluatingObjectFunctions = ["eval", "eval_template"];

    public static TemplateContext CreateContext(PromptVariables variables, PromptPolicy policy, IReadOnlyCollection<string> extraNames)
    {
        var globals = new ScriptObject();
        globals.SetValue("context", variables.Context, true);
        globals.SetValue("tone", string.IsNullOrWhiteSpace(variables.Tone) ? policy.DefaultTone ?? "" : variables.Tone, true);
        globals.SetValue("channel", variables.Channel, true);
        globals.SetValue("language", variables.Language, true);
        globals.SetValue("customer", variables.Customer is null ? null : Customer(variables.Customer), true);
        // Scriban's date functions work on DateTime; the clock time in the customer's offset is what the text should show.
        globals.SetValue("now", variables.Now.DateTime, true);
        globals.SetValue("policy", Policy(policy), true);

        foreach (var name in variables.Extra.Keys)
        {
            if (PromptVariableRules.StandardNames.Contains(name, StringComparer.Ordinal))
            {
                throw new ArgumentException($"Extra variable '{name}' would hide the standard variable of the same name.", nameof(variables));
            }
        }

        foreach (var name in extraNames)
        {
            globals.SetValue(name, variables.Extra.GetValueOrDefault(name), true);
        }

        var context = new TemplateContext
        {
            StrictVariables = true,
            LoopLimit = LoopLimit,
            RecursiveLimit = RecursiveLimit,
            OutputLimit = OutputLimit,
            LimitToString = OutputLimit,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            RegexTimeOut = RenderTimeout,
            TemplateLoader = null,
        };
        if (context.BuiltinObject["object"] is ScriptObject objectFunctions)
        {
            foreach (var name in EvaluatingObjectFunctions)
            {
                objectFunctions.Remove(name);
            }
        }

        context.PushCulture(CultureFor(variables.Language));
        context.PushGlobal(globals);
        return context;
    }

    private static ScriptObject Customer(CustomerProfile customer)
    {
        var result = new ScriptObject();
        result.SetValue("name", customer.Name, true);
        result.SetValue("cars", new ScriptArray(customer.Cars), true);
        result.SetValue("open_tickets", new ScriptArray(customer.OpenTickets), true);
        return result;
    }

    private static ScriptObject Policy(PromptPolicy policy)
    {
        var result = new ScriptObject();
        result.SetValue("enabled_tools", new ScriptArray(policy.EnabledTools), true);
        result.SetValue("max_turns", policy.MaxTurns, true);
        result.SetValue("escalate_after_failed_tools", policy.EscalateAfterFailedTools, true);
        result.SetValue("default_tone", policy.DefaultTone, true);
        result.SetValue("languages", new ScriptArray(policy.Languages), true);
        result.SetValue("stop_marker", policy.StopMarker, true);
        return result;
    }

    private static CultureInfo CultureFor(string language)
    {
        // The marketplace serves Mexico, so plain "es" means Mexican Spanish.
        var name = language.Trim().ToLowerInvariant() switch
        {
            "es" => "es-MX",
            "en" => "en-US",
            var other => other,
        };
        try
        {
            return name.Length == 0 ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(name);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }
}
