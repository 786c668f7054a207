using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AgentSupport.Web.Tests.Infrastructure;

namespace AgentSupport.Web.Tests.Workbench.Workers;

/// <summary>Runs the worker tests start through the API, and the waits they need, each bounded so a stuck run fails.</summary>
public static class WorkerRuns
{
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    /// <summary>
    /// A run on the payment complaints, approved with the admin's edit (the ticket tool only), so its regeneration starts
    /// at once and its verdict does not hang on the proposal.
    /// </summary>
    public static async Task<string> StartApprovedAsync(SignedInClient admin, int perContext)
    {
        var datasetId = await WorkbenchClient.UploadPaymentComplaintsAsync(admin);
        var runId = (await WorkbenchClient.StartRunAsync(admin, datasetId, autoApprove: false, perContext: perContext))["id"]!.GetValue<string>();
        var proposing = await WorkbenchClient.WatchAsync(admin, runId).WaitAsync(Patience);
        Assert.Equal("awaiting_approval", proposing[^1].Data["status"]!.GetValue<string>());
        var approve = await admin.Http.PostAsJsonAsync($"/api/workbench/runs/{runId}/approve",
            new { system_patch = "", user_patch = "", rationale = "tickets only", policy = new { enabled_tools = new[] { "Tickets" } } });
        Assert.Equal(HttpStatusCode.OK, approve.StatusCode);
        return runId;
    }

    /// <summary>The run's last progress event, once it stops.</summary>
    public static async Task<JsonObject> WatchToEndAsync(SignedInClient admin, string runId) =>
        (await WorkbenchClient.WatchAsync(admin, runId).WaitAsync(Patience))[^1].Data;

    public static async Task<T> UntilAsync<T>(Func<T?> probe, Func<string> whatFailed) where T : class
    {
        using var deadline = new CancellationTokenSource(Patience);
        while (true)
        {
            if (probe() is { } value) return value;
            if (deadline.IsCancellationRequested) Assert.Fail(whatFailed());
            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }
    }
}
