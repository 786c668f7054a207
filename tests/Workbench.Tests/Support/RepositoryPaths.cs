namespace AgentSupport.Workbench.Tests.Support;

/// <summary>Files of the repository, found by walking up from the test binaries to the folder holding AgentSupport.sln.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string SeedSample => Path.Combine(Root, "samples", "conversations_sample.jsonl");

    public static string RolesSample => Path.Combine(Root, "samples", "conversations_roles_sample.jsonl");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AgentSupport.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"AgentSupport.sln not found above {AppContext.BaseDirectory}.");
    }
}
