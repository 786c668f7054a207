namespace AgentSupport.Prompts.Validation;

/// <summary>Something wrong with a prompt file or a labels file, at a 1-based line and column.</summary>
public sealed record PromptProblem(PromptProblemKind Kind, string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}({Line},{Column}): {Message}";
}

public enum PromptProblemKind
{
    /// <summary>The file cannot be read from disk.</summary>
    Unreadable,

    /// <summary>The file is not valid UTF-8.</summary>
    Encoding,

    /// <summary>Missing, malformed or invalid front matter.</summary>
    FrontMatter,

    /// <summary>The front matter's id or version does not match the file's folder or name.</summary>
    IdentityMismatch,

    /// <summary>enabled_tools names a tool the application does not have.</summary>
    UnknownTool,

    /// <summary>Scriban could not parse the template.</summary>
    Syntax,

    /// <summary>The template reads a variable that is neither allowed for the prompt nor defined in the template.</summary>
    UnknownVariable,

    /// <summary>Rendering with sample values failed, produced nothing, or went beyond the render limits.</summary>
    Render,

    /// <summary>A derived version holds template code its parent does not have (patches may add text and the conversation variables only).</summary>
    NewCode,

    /// <summary>A file in the prompts folder whose name is not a valid prompt id or version file name.</summary>
    FileName,

    /// <summary>A recorded version's file changed on disk; versions are immutable.</summary>
    Tampered,

    /// <summary>A recorded version's file, or a whole prompt folder, is gone.</summary>
    MissingVersion,

    /// <summary>labels.json cannot be read.</summary>
    LabelsFile,

    /// <summary>A label points at a version that is missing or not served; the label is not served.</summary>
    LabelTarget,
}
