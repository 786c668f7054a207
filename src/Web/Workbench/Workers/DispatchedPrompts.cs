using System.Text.Json;
using AgentSupport.Prompts.Templates;
using AgentSupport.Prompts.Validation;
using AgentSupport.Workbench.Loop.Regeneration;

namespace AgentSupport.Web.Workbench.Workers;

/// <summary>
/// The prompt versions of a hand-out as text. A worker validates them again into the same versions, so it holds the
/// conversations with exactly what the coordinator would have, whatever its own prompt folder holds.
/// </summary>
public static class DispatchedPrompts
{
    public static string Write(RegenerationPrompts prompts) => JsonSerializer.Serialize(
        new[] { prompts.Baseline, prompts.Candidate, prompts.Simulator, prompts.Judge }
            .Select(p => new PromptText(p.Id, p.Number, p.File, p.Source)).ToArray());

    /// <exception cref="InvalidOperationException">A version is no longer valid for this process (e.g. a tool it does not know).</exception>
    public static RegenerationPrompts Read(string json, PromptValidator validator)
    {
        var versions = (JsonSerializer.Deserialize<PromptText[]>(json) ?? []).Select(p => Validate(p, validator)).ToArray();
        if (versions.Length != 4) throw new InvalidOperationException($"A hand-out holds 4 prompt versions, not {versions.Length}.");
        return new RegenerationPrompts(versions[0], versions[1], versions[2], versions[3]);
    }

    private static PromptVersion Validate(PromptText prompt, PromptValidator validator)
    {
        var result = validator.Validate(prompt.Source, prompt.File, prompt.Id, prompt.Number);
        return result.IsValid
            ? result.Version!
            : throw new InvalidOperationException($"{prompt.File} is not valid here: {string.Join("; ", result.Problems)}");
    }

    private sealed record PromptText(string Id, int Number, string File, string Source);
}
