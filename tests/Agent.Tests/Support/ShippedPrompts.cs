using System.Text.RegularExpressions;
using AgentSupport.Plugins.Catalog;
using AgentSupport.Prompts;
using AgentSupport.Prompts.Templates;
using AgentSupport.Prompts.Validation;

namespace AgentSupport.Agent.Tests.Support;

/// <summary>The prompt files of the repository (prompts/&lt;id&gt;/vN.scriban), read and validated without touching the folder.</summary>
public static class ShippedPrompts
{
    private static readonly PromptValidator Validator = new(PluginCatalog.Names);

    public static PromptVersion Load(string promptId, int version = 1)
    {
        var file = Path.Combine(RepositoryFiles.Prompts, promptId, PromptNames.VersionFileName(version));
        var result = Validator.Validate(File.ReadAllText(file), $"{promptId}/{PromptNames.VersionFileName(version)}", promptId, version);
        return result.IsValid ? result.Version! : throw new InvalidOperationException(string.Join("; ", result.Problems));
    }

    /// <summary>The same prompt with other enabled tools, as an admin would draft it.</summary>
    public static PromptVersion WithTools(PromptVersion prompt, IEnumerable<string> tools) => With(prompt, "enabled_tools", $"[{string.Join(", ", tools)}]");

    /// <summary>The same prompt declared for other languages.</summary>
    public static PromptVersion WithLanguages(PromptVersion prompt, IEnumerable<string> languages) => With(prompt, "languages", $"[{string.Join(", ", languages)}]");

    /// <summary>The same prompt with one front matter key set to another value.</summary>
    public static PromptVersion With(PromptVersion prompt, string key, string value)
    {
        var source = Regex.Replace(prompt.Source, $"^{Regex.Escape(key)}:.*$", $"{key}: {value}", RegexOptions.Multiline);
        var result = Validator.ValidateDraft(prompt.Id, source);
        return result.IsValid ? result.Version! : throw new InvalidOperationException(string.Join("; ", result.Problems));
    }
}
