namespace AgentSupport.Workbench.Tests.Loop;

/// <summary>Files of the repository the tests read, found by walking up from the test binaries to AgentSupport.sln.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Sample(string name) => Path.Combine(Root, "samples", name);

    public static string Prompts => Path.Combine(Root, "prompts");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AgentSupport.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No AgentSupport.sln above {AppContext.BaseDirectory}.");
    }
}
