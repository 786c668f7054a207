using AgentSupport.Prompts.Templates;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;

namespace AgentSupport.Agent.Model;

/// <summary>
/// The side channel that tells the Offline engine which role it plays and with which prompt policy and
/// variables: entries in <see cref="ChatOptions.AdditionalProperties"/> (or, through Semantic Kernel,
/// <see cref="PromptExecutionSettings.ExtensionData"/>, which becomes them). Remote providers do not
/// send unknown additional properties, so the hints never leave the process; a real model gets the
/// same information from the rendered prompt text.
/// </summary>
public static class ModelHints
{
    public const string RoleKey = "agentsupport_role";
    public const string PolicyKey = "agentsupport_policy";
    public const string VariablesKey = "agentsupport_variables";

    /// <summary>Adds the hints to chat options for a direct <see cref="IChatClient"/> call (simulator, judge, proposer).</summary>
    public static ChatOptions WithHints(this ChatOptions options, string role, PromptPolicy? policy = null, PromptVariables? variables = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var properties = options.AdditionalProperties ??= [];
        Write((key, value) => properties[key] = value, role, policy, variables);
        return options;
    }

    /// <summary>Adds the hints to Semantic Kernel execution settings (the agent's turn).</summary>
    public static PromptExecutionSettings WithHints(this PromptExecutionSettings settings, string role, PromptPolicy? policy = null, PromptVariables? variables = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var data = settings.ExtensionData ??= new Dictionary<string, object>();
        Write((key, value) => data[key] = value, role, policy, variables);
        return settings;
    }

    /// <summary>The role the options ask for, or null when the caller gave none.</summary>
    public static string? GetRole(ChatOptions? options) => Get<string>(options, RoleKey);

    public static PromptPolicy? GetPolicy(ChatOptions? options) => Get<PromptPolicy>(options, PolicyKey);

    public static PromptVariables? GetVariables(ChatOptions? options) => Get<PromptVariables>(options, VariablesKey);

    private static void Write(Action<string, object> set, string role, PromptPolicy? policy, PromptVariables? variables)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(role);
        set(RoleKey, role);
        if (policy is not null)
        {
            set(PolicyKey, policy);
        }

        if (variables is not null)
        {
            set(VariablesKey, variables);
        }
    }

    private static T? Get<T>(ChatOptions? options, string key) where T : class =>
        options?.AdditionalProperties?.TryGetValue(key, out var value) == true ? value as T : null;
}
