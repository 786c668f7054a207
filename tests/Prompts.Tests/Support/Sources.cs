namespace AgentSupport.Prompts.Tests.Support;

/// <summary>Prompt file texts for tests. The front matter takes lines 1 to 9, so the body starts on line 10.</summary>
internal static class Sources
{
    public static string Version(string promptId, int version, string body, int? parent = null, string tools = "[Tickets]") =>
        $"""
        ---
        id: {promptId}
        version: {version}
        description: Test prompt {version}
        author: tester
        created: 2026-01-15
        parent: {parent}
        enabled_tools: {tools}
        ---
        {body}
        """.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";

    /// <summary>A version file whose front matter is never closed: what a crash mid-write can leave.</summary>
    public static string Truncated(string promptId, int version) => $"---\nid: {promptId}\nversion: {version}\ndescr";
}
