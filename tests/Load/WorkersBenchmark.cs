using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using AgentSupport.Web.Accounts;
using Hangfire;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace AgentSupport.Load;

/// <summary>
/// Wall time of one Workbench run's regeneration with 1, 2, 4... worker processes on PostgreSQL, the fake model answering
/// every call after the configured latency: the app on the run's database coordinates (it holds no conversation
/// itself), the sample conversations are the dataset, and each count gets a fresh run with the same seed, approved as
/// proposed, timed from the approval to the comparison, after an untimed run that warms every worker up.
/// </summary>
public static class WorkersBenchmark
{
    /// <summary>Conversation jobs each worker process holds at once (<c>Workers:Count</c>).</summary>
    public const int JobsPerWorker = 2;

    private const int PerContext = 3;

    /// <summary>Contexts of the sample, each planned <see cref="PerContext"/> scenarios.</summary>
    private const int Contexts = 6;
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);

    public static async Task<string> RunAsync(LoadOptions options, CancellationToken ct = default)
    {
        await using var host = await LoadHost.StartAsync(options, ct);
        using var http = await AdminClientAsync(host, ct);
        var dataset = await UploadSampleAsync(http, ct);
        var servers = host.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        var timings = new List<(int Workers, int Conversations, TimeSpan Wall)>();
        foreach (var count in options.Workers!)
        {
            var workers = Enumerable.Range(0, count).Select(_ => WorkerProcess.Start(host.Settings.ToDictionary(s => s.Key, s => (string?)s.Value))).ToList();
            try
            {
                // Workers killed for the previous count stay listed until Hangfire times them out, so these are found by name.
                while (servers.Servers().Count(s => workers.Any(w => s.Name.StartsWith(w.Name + ":", StringComparison.OrdinalIgnoreCase))) < count)
                {
                    if (workers.FirstOrDefault(w => w.HasExited) is { } dead) throw new InvalidOperationException($"A worker stopped:\n{dead.Output}");
                    await Task.Delay(Poll, ct);
                }

                // An untimed run first, large enough to reach every worker, so their JIT compilation and first
                // connections are not measured.
                await TimeOneRunAsync(http, dataset, (count * JobsPerWorker + Contexts - 1) / Contexts, options.Seed, ct);
                var (conversations, wall) = await TimeOneRunAsync(http, dataset, PerContext, options.Seed, ct);
                timings.Add((count, conversations, wall));
            }
            finally
            {
                foreach (var worker in workers) await worker.DisposeAsync();
            }
        }

        return Report(options, timings);
    }

    private static async Task<(int Conversations, TimeSpan Wall)> TimeOneRunAsync(HttpClient http, string dataset, int perContext, int seed, CancellationToken ct)
    {
        var start = await http.PostAsJsonAsync("/api/workbench/runs", new { datasetId = dataset, perContext, seed, autoApprove = false }, ct);
        var runId = (await start.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonObject>(ct))!["id"]!.GetValue<string>();
        await UntilAsync(http, runId, "awaiting_approval", ct);
        (await http.PostAsJsonAsync($"/api/workbench/runs/{runId}/approve", new { }, ct)).EnsureSuccessStatusCode();
        var clock = Stopwatch.StartNew();
        var run = await UntilAsync(http, runId, "compared", ct);
        return (run["scenario_count"]!.GetValue<int>() * 2, clock.Elapsed);
    }

    private static async Task<JsonObject> UntilAsync(HttpClient http, string runId, string status, CancellationToken ct)
    {
        while (true)
        {
            var run = (await http.GetFromJsonAsync<JsonObject>($"/api/workbench/runs/{runId}", ct))!;
            if (run["status"]!.GetValue<string>() == status && !run["active"]!.GetValue<bool>()) return run;
            if (run["status"]!.GetValue<string>() == "failed") throw new InvalidOperationException($"Run {runId} failed: {run["failure"]}");
            await Task.Delay(Poll, ct);
        }
    }

    /// <summary>Admins cannot sign up: one is written into the run's database, as an operator would, then signs in.</summary>
    private static async Task<HttpClient> AdminClientAsync(LoadHost host, CancellationToken ct)
    {
        const string email = "bench-admin@agentsupport.local", password = "Bench-Adm1n-Password!";
        await using (var scope = host.CreateScope())
        {
            var user = new User { Email = email, NormalizedEmail = User.Normalize(email), DisplayName = "Benchmark", Role = Roles.Admin };
            user.PasswordHash = scope.ServiceProvider.GetRequiredService<IPasswordHasher<User>>().HashPassword(user, password);
            host.Db(scope).Users.Add(user);
            await host.Db(scope).SaveChangesAsync(ct);
        }

        var http = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromMinutes(10) };
        var login = await http.PostAsJsonAsync("/api/auth/login", new { email, password }, ct);
        var token = (await login.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonObject>(ct))!["accessToken"]!.GetValue<string>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    private static async Task<string> UploadSampleAsync(HttpClient http, CancellationToken ct)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(await File.ReadAllBytesAsync(RepositoryFiles.SeedSample, ct));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        form.Add(file, "file", Path.GetFileName(RepositoryFiles.SeedSample));
        var upload = await http.PostAsync("/api/workbench/datasets", form, ct);
        return (await upload.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonObject>(ct))!["id"]!.GetValue<string>();
    }

    private static string Report(LoadOptions options, IReadOnlyList<(int Workers, int Conversations, TimeSpan Wall)> timings)
    {
        var text = new StringBuilder();
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ').Take(3) : ["n/a"];
        text.AppendLine(CultureInfo.InvariantCulture, $"Workbench run on PostgreSQL, fake model at {options.ModelLatency.TotalMilliseconds:0} ms, {JobsPerWorker} jobs per worker, {Environment.ProcessorCount} cores, load average {string.Join(' ', load)}");
        text.AppendLine("| workers | conversations | wall time | speed-up over 1 worker |");
        text.AppendLine("|---|---|---|---|");
        foreach (var (workers, conversations, wall) in timings)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {workers} | {conversations} | {wall.TotalSeconds:0.0} s | {timings[0].Wall / wall:0.00}x |");
        }

        return text.ToString();
    }
}
