namespace AgentSupport.Web.Infrastructure;

/// <summary>
/// Where the app keeps what it creates at run time (SQLite file, development signing key,
/// uploaded datasets, workbench runs). Relative paths are resolved against the content root.
/// </summary>
public sealed class DataFolder
{
    public DataFolder(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration["Storage:DataPath"] ?? "App_Data";
        Path = System.IO.Path.GetFullPath(configured, environment.ContentRootPath);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Folder(string name)
    {
        var folder = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(folder);
        return folder;
    }
}
