namespace AgentSupport.Testing;

/// <summary>
/// Files of the repository the tests run from (the folder holding AgentSupport.sln, found by walking up from the
/// test binaries). Compiled into every test project, so each finds the same files the same way.
/// </summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Prompts => Path("prompts");

    public static string SeedSample => Sample("conversations_sample.jsonl");

    public static string RolesSample => Sample("conversations_roles_sample.jsonl");

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    public static string Sample(string name) => Path("samples", name);

    /// <summary>
    /// Copies the shipped prompts (without lock files) into <paramref name="destination"/> unless it already holds files, so a test
    /// that creates versions or moves labels never touches the repository's own.
    /// </summary>
    public static string CopyPrompts(string destination)
    {
        if (Directory.Exists(destination) && Directory.EnumerateFileSystemEntries(destination).Any()) return destination;
        foreach (var file in Directory.EnumerateFiles(Prompts, "*", SearchOption.AllDirectories))
        {
            if (file.EndsWith(".lock", StringComparison.Ordinal)) continue;
            var target = System.IO.Path.Combine(destination, System.IO.Path.GetRelativePath(Prompts, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return destination;
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "AgentSupport.sln"))) return directory.FullName;
        }

        throw new InvalidOperationException($"AgentSupport.sln not found above {AppContext.BaseDirectory}.");
    }
}
