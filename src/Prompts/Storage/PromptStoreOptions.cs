using AgentSupport.Prompts.Validation;
namespace AgentSupport.Prompts.Storage;

public sealed record PromptStoreOptions
{
    /// <summary>The prompts folder: one sub-folder per prompt id.</summary>
    public required string RootPath { get; init; }

    /// <summary>The tool (plugin) names enabled_tools may list. Passed in because this library does not know the plugins.</summary>
    public required IReadOnlyCollection<string> KnownTools { get; init; }

    /// <summary>Variables templates may read, per prompt id.</summary>
    public PromptVariableRules Variables { get; init; } = PromptVariableRules.Shipped;

    /// <summary>Reload automatically when files in the folder change.</summary>
    public bool WatchForChanges { get; init; }

    /// <summary>Quiet time after the last file event before reloading, so a save that touches a file several times reloads once.</summary>
    public TimeSpan ReloadDebounce { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How long a write waits for another process holding the folder lock.</summary>
    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromSeconds(10);

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
