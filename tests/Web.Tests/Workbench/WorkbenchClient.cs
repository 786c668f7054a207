using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using AgentSupport.Web.Tests.Infrastructure;

namespace AgentSupport.Web.Tests.Workbench;

/// <summary>Drives the Workbench API as the admin pages do: uploads, run starts and the progress stream.</summary>
public static class WorkbenchClient
{
    public static string SamplePath { get; } = RepositoryFiles.Path("samples", "conversations_sample.jsonl");

    public static Task<HttpResponseMessage> UploadAsync(SignedInClient admin, string fileName, byte[] content)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        form.Add(file, "file", fileName);
        return admin.Http.PostAsync("/api/workbench/datasets", form);
    }

    public static Task<HttpResponseMessage> UploadAsync(SignedInClient admin, string fileName, string content) =>
        UploadAsync(admin, fileName, Encoding.UTF8.GetBytes(content));

    public static async Task<string> UploadSampleAsync(SignedInClient admin)
    {
        var response = await UploadAsync(admin, "conversations_sample.jsonl", await File.ReadAllBytesAsync(SamplePath));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }

    public static async Task<JsonObject> StartRunAsync(SignedInClient admin, string datasetId, bool autoApprove, int perContext = 1, int parallelism = 4)
    {
        var response = await admin.Http.PostAsJsonAsync("/api/workbench/runs",
            new { datasetId, perContext, parallelism, retries = 1, seed = 42, autoApprove });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public static async Task<JsonObject> GetRunAsync(SignedInClient admin, string runId) =>
        (await admin.Http.GetFromJsonAsync<JsonObject>($"/api/workbench/runs/{runId}"))!;

    /// <summary>Reads the progress stream to its end; every event with its name.</summary>
    public static async Task<List<(string Event, JsonObject Data)>> WatchAsync(SignedInClient admin, string runId)
    {
        using var response = await admin.Http.GetAsync($"/api/workbench/runs/{runId}/progress", HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);

        var events = new List<(string, JsonObject)>();
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        string? name = null;
        while (await reader.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line[7..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal)) events.Add((name ?? "message", JsonNode.Parse(line[6..])!.AsObject()));
        }
        return events;
    }

    /// <summary>
    /// Customers of service and feedback asking when they get paid, left unresolved and unhappy: a dataset on which
    /// the payout tool makes the difference, so a candidate's verdict follows from its enabled tools.
    /// </summary>
    public static string PaymentComplaintsJsonl() => string.Join("\n", Enumerable.Range(1, 24).Select(i =>
    {
        var english = i % 4 == 0;
        return new JsonObject
        {
            ["meta"] = new JsonObject
            {
                ["conversation_id"] = $"pay-{i:00}",
                ["context"] = i % 2 == 0 ? "service" : "feedback",
                ["channel"] = i % 3 == 0 ? "whatsapp" : "webchat",
                ["tone"] = i % 2 == 0 ? "amable" : "formal",
                ["language"] = english ? "en" : "es",
                ["resolved"] = false,
                ["duration_sec"] = 240,
            },
            ["transcript"] = new JsonArray(
                new JsonObject { ["turn"] = 1, ["speaker"] = "cliente", ["text"] = english ? "When will I get the payment for my car?" : "¿Cuándo me depositan el pago de mi auto?" },
                new JsonObject { ["turn"] = 2, ["speaker"] = "agente", ["text"] = "No tengo esa información, escriba más tarde." }),
            ["outcomes"] = new JsonObject { ["csat_estimated_1_5"] = 2 },
        }.ToJsonString();
    })) + "\n";

    public static async Task<string> UploadPaymentComplaintsAsync(SignedInClient admin)
    {
        var response = await UploadAsync(admin, "payment_complaints.jsonl", PaymentComplaintsJsonl());
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }

    public static string Status(JsonObject run) => run["status"]!.GetValue<string>();
}
