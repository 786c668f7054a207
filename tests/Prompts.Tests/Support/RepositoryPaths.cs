namespace AgentSupport.Prompts.Tests;

internal static class RepositoryPaths
{
    /// <summary>The folder holding AgentSupport.sln, found by walking up from the test binaries.</summary>
    public static string Root
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "AgentSupport.sln")))
                {
                    return folder.FullName;
                }
            }

            throw new InvalidOperationException($"AgentSupport.sln not found above {AppContext.BaseDirectory}.");
        }
    }

    public static string Prompts => Path.Combine(Root, "prompts");
}
