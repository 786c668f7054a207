using System.Net;
using System.Net.Http.Json;
using AgentSupport.Web.Tests.Infrastructure;

namespace AgentSupport.Web.Tests.Workbench;

public sealed class WorkbenchApiSecurityTests(SqliteAppFixture app) : IClassFixture<SqliteAppFixture>
{
    [Fact]
    public async Task Customers_get_403_on_every_workbench_endpoint_and_store_nothing()
    {
        var customer = await app.CustomerAsync();
        const string dataset = "ds-20260101-000000-abcdef";
        const string run = "run-20260101-000000-abcdef";
        var responses = new[]
        {
            await WorkbenchClient.UploadAsync(customer, "mine.jsonl", await File.ReadAllBytesAsync(WorkbenchClient.SamplePath)),
            await customer.Http.GetAsync("/api/workbench/datasets"),
            await customer.Http.GetAsync($"/api/workbench/datasets/{dataset}/analysis"),
            await customer.Http.PostAsJsonAsync("/api/workbench/datasets/from-live", new { }),
            await customer.Http.GetAsync($"/api/workbench/datasets/{dataset}/exports/analysis.json"),
            await customer.Http.PostAsJsonAsync("/api/workbench/runs", new { datasetId = dataset }),
            await customer.Http.GetAsync("/api/workbench/runs"),
            await customer.Http.GetAsync($"/api/workbench/runs/{run}"),
            await customer.Http.GetAsync($"/api/workbench/runs/{run}/progress"),
            await customer.Http.PostAsJsonAsync($"/api/workbench/runs/{run}/approve", new { }),
            await customer.Http.PostAsync($"/api/workbench/runs/{run}/cancel", null),
            await customer.Http.PostAsJsonAsync($"/api/workbench/runs/{run}/resume", new { }),
            await customer.Http.PostAsJsonAsync($"/api/workbench/runs/{run}/promote", new { force = true, reason = "mine" }),
            await customer.Http.PostAsJsonAsync($"/api/workbench/runs/{run}/reject", new { reason = "mine" }),
            await customer.Http.GetAsync($"/api/workbench/runs/{run}/exports/report.html"),
        };
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        var datasets = Path.Combine(app.DataPath, "datasets");
        Assert.True(!Directory.Exists(datasets) || !Directory.EnumerateFileSystemEntries(datasets).Any());
    }

    [Fact]
    public async Task Anonymous_gets_401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync("/api/workbench/datasets")).StatusCode);
    }
}
