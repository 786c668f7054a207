namespace AgentSupport.Web.Ui.Admin;

public static class TemplateLines
{
    /// <summary>The text of a 1-based line of <paramref name="source"/>, or null when the source has no such line.</summary>
    public static string? At(string? source, int line)
    {
        if (source is null || line < 1) return null;
        var lines = source.ReplaceLineEndings("\n").Split('\n');
        return line <= lines.Length ? lines[line - 1] : null;
    }
}
