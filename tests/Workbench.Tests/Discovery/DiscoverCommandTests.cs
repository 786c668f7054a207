using System.Text.Json;
using System.Text.RegularExpressions;
using AgentSupport.Agent.Model;
using AgentSupport.Agent.Offline;
using AgentSupport.Workbench.Analysis.Intents;
using AgentSupport.Workbench.Discovery;
using AgentSupport.Workbench.Loop.Benchmark;
using AgentSupport.Workbench.Tests.Cli;

namespace AgentSupport.Workbench.Tests.Discovery;

public sealed class DiscoverCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("discover-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task On_the_sample_it_surfaces_groups_no_pattern_catches_with_names_examples_and_working_patterns()
    {
        var (exit, output, error) = await CliRunner.RunAsync("discover", RepositoryFiles.SeedSample, "--k", "25", "--json", "--out", _folder);

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(119, json.RootElement.GetProperty("conversations").GetInt32());
        var candidates = json.RootElement.GetProperty("candidates").EnumerateArray().ToList();
        Assert.NotEmpty(candidates);
        var catalog = IntentCatalog.Default();
        var bank = candidates.Single(c => c.GetProperty("examples").EnumerateArray().Any(e => e.GetString()!.Contains("la tiene el banco")));
        var pattern = new Regex(bank.GetProperty("pattern").GetProperty("pattern").GetString()!, RegexOptions.IgnoreCase);
        var examples = bank.GetProperty("examples").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.All(examples, e => Assert.DoesNotContain(catalog.Intents, i => i.Pattern.IsMatch(e)));
        Assert.All(examples, e => Assert.Matches(pattern, e));
        Assert.True(bank.GetProperty("pattern").GetProperty("precision").GetDouble() >= 0.8);
        Assert.NotEmpty(bank.GetProperty("name").GetString()!);
        Assert.True(File.Exists(Path.Combine(_folder, "discovery.json")));
    }

    [Fact]
    public async Task With_a_label_column_it_prints_nmi_ari_and_accuracy()
    {
        var csv = Path.Combine(_folder, "utterances.csv");
        var lines = PlantedIntents.TradeIn.Select(t => (t, "trade_in")).Concat(PlantedIntents.Shipping.Select(t => (t, "shipping")))
            .Select(l => $"\"{l.t.Replace("\"", "\"\"")}\",{l.Item2}");
        await File.WriteAllTextAsync(csv, "utterance,intent\n" + string.Join("\n", lines) + "\n");

        var (exit, output, error) = await CliRunner.RunAsync("discover", csv, "--k", "2", "--text-column", "utterance", "--label-column", "intent", "--all", "--refine", "on", "--json");

        Assert.True(exit == 0, error);
        var summary = JsonDocument.Parse(output).RootElement;
        Assert.Equal("kmeans", summary.GetProperty("method").GetString());
        // Refinement polishes spectral groups only.
        Assert.False(summary.GetProperty("refined").GetBoolean());
        var scores = summary.GetProperty("scores");
        Assert.Equal(1.0, scores.GetProperty("nmi").GetDouble(), 6);
        Assert.Equal(1.0, scores.GetProperty("ari").GetDouble(), 6);
        Assert.Equal(1.0, scores.GetProperty("accuracy").GetDouble(), 6);
    }

    [Fact]
    public async Task Auto_k_reports_the_chosen_k_and_its_silhouette_search()
    {
        var (exit, output, error) = await CliRunner.RunAsync("discover", RepositoryFiles.SeedSample, "--k", "auto", "--json");

        Assert.True(exit == 0, error);
        var summary = JsonDocument.Parse(output).RootElement;
        var search = summary.GetProperty("k_search").EnumerateArray().ToList();
        Assert.NotEmpty(search);
        var best = search.MaxBy(s => s.GetProperty("silhouette").GetDouble());
        Assert.Equal(best.GetProperty("k").GetInt32(), summary.GetProperty("k").GetInt32());
    }

    [Fact]
    public async Task An_empty_file_gets_a_clear_answer_and_a_bad_k_is_a_usage_error()
    {
        var empty = Path.Combine(_folder, "empty.jsonl");
        await File.WriteAllTextAsync(empty, "");

        var (exit, output, _) = await CliRunner.RunAsync("discover", empty);
        var (badK, _, error) = await CliRunner.RunAsync("discover", empty, "--k", "zero");
        var (badMethod, _, methodError) = await CliRunner.RunAsync("discover", empty, "--method", "ward");
        var (badRefine, _, refineError) = await CliRunner.RunAsync("discover", empty, "--refine", "twice");
        var (badWording, _, wordingError) = await CliRunner.RunAsync("discover", empty, "--wording-graph", "half");

        Assert.Equal(0, exit);
        Assert.Contains("The conversation set is empty: nothing to group.", output);
        Assert.Equal(2, badK);
        Assert.Contains("--k", error);
        Assert.Equal(2, badMethod);
        Assert.Contains("auto, spectral, kmeans", methodError);
        Assert.Equal(2, badRefine);
        Assert.Contains("auto, on, off", refineError);
        Assert.Equal(2, badWording);
        Assert.Contains("auto, on, off", wordingError);
    }

    [Fact]
    public async Task The_provider_representation_calls_the_embeddings_endpoint()
    {
        await using var server = await FakeModelServer.StartAsync(new FakeModelSettings(new OfflineChatClient(), TimeSpan.Zero, 0, 1));
        using var http = new HttpClient();
        var model = new ModelOptions { ApiKey = "test-key", BaseUrl = server.BaseUrl.ToString() };
        using var embedder = DiscoveryEmbedders.CreateProvider(model, http, "fake-embeddings");

        var result = await new IntentDiscoverer(embedder, DiscoveryEmbedders.Provider, IntentCatalog.Default())
            .DiscoverAsync(PlantedIntents.Conversations(), new DiscoveryOptions { K = 3 });

        Assert.True(server.Counts.Served >= 1);
        Assert.Equal(3, result.Candidates.Count);
        var shipping = result.Candidates.MaxBy(c => c.Members.Count(m => PlantedIntents.Shipping.Contains(result.Messages[m].Text)))!;
        Assert.True(shipping.Members.Count(m => PlantedIntents.Shipping.Contains(result.Messages[m].Text)) >= 6);
    }

    [Fact]
    public void Offline_the_provider_representation_says_what_to_configure()
    {
        using var http = new HttpClient();

        var error = Assert.Throws<InvalidOperationException>(() => DiscoveryEmbedders.CreateProvider(new ModelOptions(), http, null));

        Assert.Contains("OpenAI__ApiKey", error.Message);
    }
}
