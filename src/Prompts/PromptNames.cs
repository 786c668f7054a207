using System.Text.RegularExpressions;

namespace AgentSupport.Prompts;

/// <summary>Naming rules shared by files, folders and labels, so a name that is valid on one side is valid on all.</summary>
public static partial class PromptNames
{
    /// <summary>Folder name of a prompt: lower-case letters, digits and dashes, starting with a letter or digit.</summary>
    public static bool IsValidPromptId(string? id) => id is not null && PromptIdPattern().IsMatch(id);

    /// <summary>Label names: lower-case, start with a letter, letters/digits/dash/underscore, at most 32 characters.</summary>
    public static bool IsValidLabel(string? label) => label is not null && LabelPattern().IsMatch(label);

    /// <summary>The file name of a version: <c>v3.scriban</c>.</summary>
    public static string VersionFileName(int version) => $"v{version}.scriban";

    /// <summary>Parses <c>v3.scriban</c> into 3; leading zeros and v0 are rejected so each version has one file name.</summary>
    public static bool TryParseVersionFileName(string fileName, out int version)
    {
        var match = VersionFilePattern().Match(fileName);
        version = match.Success && int.TryParse(match.Groups[1].Value, out var parsed) ? parsed : 0;
        return version > 0;
    }

    internal static void EnsurePromptId(string promptId)
    {
        if (!IsValidPromptId(promptId))
        {
            throw new ArgumentException(
                $"'{promptId}' is not a valid prompt id: use lower-case letters, digits and dashes (e.g. customer-agent).",
                nameof(promptId));
        }
    }

    internal static void EnsureLabel(string label)
    {
        if (!IsValidLabel(label))
        {
            throw new ArgumentException(
                $"'{label}' is not a valid label: use lower-case letters, digits, '-' or '_', starting with a letter (e.g. production).",
                nameof(label));
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex PromptIdPattern();

    [GeneratedRegex("^[a-z][a-z0-9_-]{0,31}$")]
    private static partial Regex LabelPattern();

    [GeneratedRegex("^v([1-9][0-9]{0,8})\\.scriban$")]
    private static partial Regex VersionFilePattern();
}
