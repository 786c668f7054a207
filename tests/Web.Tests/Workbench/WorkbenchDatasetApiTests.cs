using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AgentSupport.Web.Tests.Conversations;
using AgentSupport.Web.Tests.Infrastructure;
using AgentSupport.Workbench.Analysis;
using AgentSupport.Workbench.Analysis.Exports;

namespace AgentSupport.Web.Tests.Workbench;

public sealed class WorkbenchDatasetApiTests(SqliteAppFixture app) : IClassFixture<SqliteAppFixture>
{
    private const string GoodLine = """{"meta":{"conversation_id":"c1","context":"buying","resolved":true},"transcript":[{"speaker":"cliente","text":"Quiero una oferta en 24 horas"}],"outcomes":{"csat_estimated_1_5":4}}""";

    [Fact]
    public async Task Uploading_the_sample_stores_and_analyses_all_600_conversations()
    {
        var admin = await app.AdminAsync();
        var response = await WorkbenchClient.UploadAsync(admin, "conversations_sample.jsonl", await File.ReadAllBytesAsync(WorkbenchClient.SamplePath));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var dataset = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(600, dataset["n_valid"]!.GetValue<long>());
        Assert.Equal(0, dataset["n_bad_lines"]!.GetValue<long>());
        Assert.Equal("conversations_sample.jsonl", dataset["name"]!.GetValue<string>());
        Assert.Equal(new FileInfo(WorkbenchClient.SamplePath).Length, dataset["size"]!.GetValue<long>());
        var id = dataset["id"]!.GetValue<string>();
        Assert.Equal($"/api/workbench/datasets/{id}", response.Headers.Location?.OriginalString);

        var listed = await admin.Http.GetFromJsonAsync<JsonArray>("/api/workbench/datasets");
        Assert.Contains(listed!, d => d!["id"]!.GetValue<string>() == id);
    }

    [Fact]
    public async Task The_analysis_is_the_object_the_cli_prints_with_json()
    {
        var admin = await app.AdminAsync();
        var id = await WorkbenchClient.UploadSampleAsync(admin);

        var served = JsonNode.Parse(await admin.Http.GetStringAsync($"/api/workbench/datasets/{id}/analysis"))!.AsObject();
        var cli = JsonNode.Parse(AnalysisJson.Serialize((await new ConversationAnalyzer().AnalyzeFileAsync(WorkbenchClient.SamplePath)).Result))!.AsObject();

        Assert.Equal(cli.Select(p => p.Key), served.Select(p => p.Key));
        Assert.True(JsonNode.DeepEquals(cli, served));
    }

    [Fact]
    public async Task Bad_lines_are_reported_with_their_numbers_and_the_good_ones_kept()
    {
        var admin = await app.AdminAsync();
        var content = string.Join("\n", GoodLine, "{not json", "", "[1,2]", GoodLine, """{"meta":{"conversation_id":"x"}}""");

        var response = await WorkbenchClient.UploadAsync(admin, "mixed.jsonl", content);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var dataset = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(2, dataset["n_valid"]!.GetValue<long>());
        Assert.Equal(3, dataset["n_bad_lines"]!.GetValue<long>());
        var badLines = dataset["bad_lines"]!.AsArray();
        Assert.Equal([2L, 4L, 6L], badLines.Select(b => b!["line"]!.GetValue<long>()));
        Assert.All(badLines, b => Assert.False(string.IsNullOrWhiteSpace(b!["reason"]!.GetValue<string>())));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{oops\n42\n")]
    public async Task A_file_without_a_valid_conversation_is_refused_and_nothing_is_stored(string content)
    {
        var admin = await app.AdminAsync();
        var before = (await admin.Http.GetFromJsonAsync<JsonArray>("/api/workbench/datasets"))!.Count;
        var folders = Directory.GetDirectories(Path.Combine(app.DataPath, "datasets")).Length;

        var response = await WorkbenchClient.UploadAsync(admin, "bad.jsonl", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var expectedBad = content.Length == 0 ? Array.Empty<long>() : [1L, 2L];
        Assert.Equal(expectedBad, problem["bad_lines"]!.AsArray().Select(b => b!["line"]!.GetValue<long>()));
        Assert.Equal(before, (await admin.Http.GetFromJsonAsync<JsonArray>("/api/workbench/datasets"))!.Count);
        Assert.Equal(folders, Directory.GetDirectories(Path.Combine(app.DataPath, "datasets")).Length);
    }

    [Fact]
    public async Task An_upload_that_is_not_multipart_is_a_problem()
    {
        var admin = await app.AdminAsync();
        var response = await admin.Http.PostAsync("/api/workbench/datasets", new StringContent(GoodLine));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Exports_download_and_paths_from_the_url_are_refused()
    {
        var admin = await app.AdminAsync();
        var id = await WorkbenchClient.UploadSampleAsync(admin);

        var ranking = await admin.Http.GetAsync($"/api/workbench/datasets/{id}/exports/candidate_tools_ranked.csv");
        Assert.Equal(HttpStatusCode.OK, ranking.StatusCode);
        Assert.Equal("text/csv", ranking.Content.Headers.ContentType?.MediaType);
        Assert.Contains("score", (await ranking.Content.ReadAsStringAsync()).Split('\n')[0]);
        var meta = await admin.Http.GetStringAsync($"/api/workbench/datasets/{id}/exports/baseline_meta.csv");
        Assert.Equal(601, meta.TrimEnd('\n', '\r').Split('\n').Length);
        var analysis = JsonNode.Parse(await admin.Http.GetStringAsync($"/api/workbench/datasets/{id}/exports/analysis.json"))!;
        Assert.Equal(600, analysis["n_valid"]!.GetValue<long>());

        foreach (var url in new[]
        {
            $"/api/workbench/datasets/{id}/exports/..%2F..%2Fjwt-signing.key",
            $"/api/workbench/datasets/{id}/exports/..%5Cdataset.json",
            $"/api/workbench/datasets/{id}/exports/conversations.jsonl",
            $"/api/workbench/datasets/..%2F{id}/exports/analysis.json",
            "/api/workbench/datasets/..%2F..%2Fruns/exports/analysis.json",
            $"/api/workbench/datasets/{id}/exports/../../../jwt-signing.key",
        })
        {
            var response = await admin.Http.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task A_snapshot_of_live_conversations_becomes_a_dataset()
    {
        var admin = await app.AdminAsync();
        var customer = await app.CustomerAsync();
        var started = DateTime.UtcNow.AddMinutes(-1);
        var conversation = await ChatClient.StartAsync(customer);
        await ChatClient.SendAsync(customer, conversation.Id, "Hola, quiero saber el estado de mi pago");

        var response = await admin.Http.PostAsJsonAsync("/api/workbench/datasets/from-live",
            new { from = started, to = DateTime.UtcNow.AddMinutes(1), context = "service" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var dataset = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("live", dataset["source"]!.GetValue<string>());
        Assert.True(dataset["n_valid"]!.GetValue<long>() >= 1);
        var id = dataset["id"]!.GetValue<string>();
        var analysis = JsonNode.Parse(await admin.Http.GetStringAsync($"/api/workbench/datasets/{id}/analysis"))!;
        Assert.True(analysis["intents"]!["payment_status"]!.GetValue<long>() >= 1);

        var empty = await admin.Http.PostAsJsonAsync("/api/workbench/datasets/from-live",
            new { from = DateTime.UtcNow.AddYears(-20), to = DateTime.UtcNow.AddYears(-19) });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var reversed = await admin.Http.PostAsJsonAsync("/api/workbench/datasets/from-live",
            new { from = DateTime.UtcNow, to = DateTime.UtcNow.AddDays(-1) });
        Assert.Equal(HttpStatusCode.BadRequest, reversed.StatusCode);
    }
}
