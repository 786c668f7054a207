namespace AgentSupport.Web.Tests.Infrastructure;

/// <summary>Files of the repository the tests run from (the folder holding AgentSupport.sln).</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    public static string CopyPrompts(string destination)
    {
        if (Directory.Exists(destination)) return destination;
        var source = Path("prompts");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            if (file.EndsWith(".lock", StringComparison.Ordinal)) continue;
            var target = System.IO.Path.Combine(destination, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return destination;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "AgentSupport.sln"))) return dir.FullName;
        throw new InvalidOperationException("AgentSupport.sln not found above " + AppContext.BaseDirectory);
    }
}
