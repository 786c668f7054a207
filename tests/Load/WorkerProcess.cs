using System.Diagnostics;
using System.Text;
using AgentSupport.Web.Workbench.Workers;

namespace AgentSupport.Load;

/// <summary>
/// The built web app started as a worker (<c>--worker</c>) in a process of its own, as an operator starts one: its own
/// data folder and copy of the shipped prompts, the database and model of the app it joins. What it writes is kept for the
/// failure message of whoever started it (a test, the workers benchmark).
/// </summary>
public sealed class WorkerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly string _dataPath;

    private WorkerProcess(Process process, string dataPath)
    {
        _process = process;
        _dataPath = dataPath;
    }

    /// <summary>The name the worker's job server and its stored results carry (machine and process id).</summary>
    public string Name => $"{Environment.MachineName}:{_process.Id}";

    public bool HasExited => _process.HasExited;

    public string Output
    {
        get
        {
            lock (_output) return _output.ToString();
        }
    }

    public static WorkerProcess Start(IReadOnlyDictionary<string, string?> settings)
    {
        var dataPath = Directory.CreateTempSubdirectory("agentsupport-worker-").FullName;
        var app = WebAppAssembly();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(app)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { app, WorkersSetup.WorkerSwitch, "--urls", "http://127.0.0.1:0" }) start.ArgumentList.Add(argument);
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Storage__DataPath"] = dataPath;
        start.Environment["Prompts__Root"] = RepositoryFiles.CopyPrompts(Path.Combine(dataPath, "prompts"));
        start.Environment["Logging__LogLevel__Default"] = "Warning";

        var worker = new WorkerProcess(Process.Start(start) ?? throw new InvalidOperationException("The worker did not start."), dataPath);
        worker._process.OutputDataReceived += (_, e) => worker.Append(e.Data);
        worker._process.ErrorDataReceived += (_, e) => worker.Append(e.Data);
        worker._process.BeginOutputReadLine();
        worker._process.BeginErrorReadLine();
        return worker;
    }

    /// <summary>Kills the worker and everything it started, at once, as a crash or an OOM kill would.</summary>
    public async Task KillAsync()
    {
        if (_process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
        try { Directory.Delete(_dataPath, recursive: true); } catch (IOException) { }
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    // The web app's own build output, which the test project's build produces beside its sources (same configuration).
    private static string WebAppAssembly()
    {
        var tfm = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var path = RepositoryFiles.Path("src", "Web", "bin", tfm.Parent!.Name, tfm.Name, "AgentSupport.Web.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build src/Web first: a worker runs its build output.", path);
    }
}
