using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using AgentSupport.Agent;
using AgentSupport.Agent.Model;
using AgentSupport.Workbench.Analysis.CommandLine;
using AgentSupport.Workbench.Analysis.Exports;
using AgentSupport.Workbench.Analysis.Intents;
using AgentSupport.Workbench.Discovery;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace AgentSupport.Workbench.Cli;

/// <summary><c>discover &lt;file&gt;</c>: groups the customer messages no intent catches into candidate intents.</summary>
internal static class DiscoverCommand
{
    public const string DiscoveryFile = "discovery.json";

    private static readonly Argument<string> FileArgument = new("file") { Description = "JSONL conversations (either dialect) or a CSV of utterances (.csv)." };

    // A boxed null from a custom parser fails System.CommandLine's conversion, so "auto" is a value of its own.
    private static readonly Option<KChoice> KOption = new("--k")
    {
        HelpName = "N|auto",
        Description = "Number of groups, or auto (the default): the k of highest silhouette from 2 to 2·√n.",
        CustomParser = ParseK,
    };

    private static readonly Option<string> EmbedderOption = new("--embedder")
    {
        HelpName = "tfidf|minilm|provider",
        Description = "Text representation: tfidf (offline, any language; the default), minilm (local English encoder), provider (the model's embeddings endpoint).",
        DefaultValueFactory = _ => DiscoveryEmbedders.Tfidf,
        CustomParser = OptionParsers.OneOf(DiscoveryEmbedders.Names.Select(n => (n, n)).ToArray()),
    };

    private static readonly Option<int> SeedOption = new("--seed") { Description = "Seed of the clustering and the representation.", DefaultValueFactory = _ => 42 };

    private static readonly Option<ClusteringMethod> MethodOption = new("--method")
    {
        HelpName = "auto|spectral|kmeans",
        Description = "Grouping: spectral (k-means on the spectral embedding of the 15-nearest-neighbour graph), kmeans (on the vectors themselves), or auto (the default): spectral when the groups average at least 30 messages.",
        DefaultValueFactory = _ => ClusteringMethod.Auto,
        CustomParser = OptionParsers.OneOf(("auto", ClusteringMethod.Auto), ("spectral", ClusteringMethod.Spectral), ("kmeans", ClusteringMethod.KMeans)),
    };

    private static readonly Option<Toggle> RefineOption = new("--refine")
    {
        HelpName = "auto|on|off",
        Description = "After spectral grouping, a few rounds of spherical k-means on the vectors, then of majority voting on the neighbour graph; auto (the default): on unless the representation is tfidf.",
        DefaultValueFactory = _ => Toggle.Auto,
        CustomParser = OptionParsers.OneOf(("auto", Toggle.Auto), ("on", Toggle.On), ("off", Toggle.Off)),
    };

    private static readonly Option<Toggle> WordingGraphOption = new("--wording-graph")
    {
        HelpName = "auto|on|off",
        Description = "Spectral grouping links messages by the representation's neighbour graph blended with a TF-IDF one (shared wording): 30 % of the TF-IDF graph for minilm and provider, 70 % of the exact cosine graph of the unreduced TF-IDF vectors for tfidf; auto (the default): on.",
        DefaultValueFactory = _ => Toggle.Auto,
        CustomParser = OptionParsers.OneOf(("auto", Toggle.Auto), ("on", Toggle.On), ("off", Toggle.Off)),
    };

    private static readonly Option<int> RestartsOption = new("--restarts")
    {
        Description = "k-means++ restarts (the lowest inertia wins).",
        DefaultValueFactory = _ => 10,
        CustomParser = OptionParsers.Integer(1, 100),
    };

    private static readonly Option<int> ConsensusOption = new("--consensus")
    {
        Description = "Spectral grouping: combine this many k-means runs through their agreement on the neighbour graph, then group that spectrally (0: keep the best restart instead).",
        DefaultValueFactory = _ => ConsensusClustering.DefaultRuns,
        CustomParser = OptionParsers.Integer(0, 100),
    };

    private static readonly Option<string> TextColumnOption = new("--text-column") { Description = "CSV column holding the utterance.", DefaultValueFactory = _ => "text" };

    private static readonly Option<string?> LabelColumnOption = new("--label-column")
    {
        Description = "Reference labels (a CSV column, or a field of a conversation's meta): prints NMI, ARI and clustering accuracy.",
    };

    private static readonly Option<bool> AllOption = new("--all") { Description = "Group every customer message, not only those of conversations no intent matched." };

    private static readonly Option<string?> IntentsOption = new("--intents") { HelpName = "file", Description = "Intent configuration file (JSON) replacing the built-in table." };

    private static readonly Option<string?> OutOption = new("--out") { HelpName = "dir", Description = "Directory for discovery.json (every candidate with its members)." };

    private static readonly Option<bool> JsonOption = new("--json") { Description = "Print exactly one JSON object instead of the report." };

    public static Command Create()
    {
        var command = new Command("discover", "Group the customer messages no configured intent catches into candidate intents.")
        {
            FileArgument, KOption, EmbedderOption, SeedOption, MethodOption, RefineOption, WordingGraphOption, ConsensusOption, RestartsOption, TextColumnOption, LabelColumnOption, AllOption, IntentsOption, OutOption, JsonOption,
        };
        command.SetAction(RunAsync);
        return command;
    }

    private static KChoice ParseK(ArgumentResult result)
    {
        var token = result.Tokens.Single().Value;
        if (token.Equals("auto", StringComparison.OrdinalIgnoreCase))
        {
            return new KChoice(null);
        }

        if (int.TryParse(token, NumberStyles.Integer, CultureInfo.InvariantCulture, out var k) && k >= 1)
        {
            return new KChoice(k);
        }

        result.AddError($"--k: '{token}' is neither a whole number ≥ 1 nor auto.");
        return new KChoice(null);
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
        var file = parse.GetRequiredValue(FileArgument);
        var labelColumn = parse.GetValue(LabelColumnOption);
        if (!File.Exists(file))
        {
            await error.WriteLineAsync($"discover: file not found: {file}");
            return ExitCodes.InputError;
        }

        DiscoveryInput input;
        IntentCatalog intents;
        try
        {
            intents = parse.GetValue(IntentsOption) is { } intentsPath ? IntentCatalog.Load(intentsPath, IntentMode.Words) : IntentCatalog.Default();
            if (DiscoveryInputReader.IsCsv(file))
            {
                using var reader = new StreamReader(file);
                input = DiscoveryInputReader.ReadCsv(reader, parse.GetRequiredValue(TextColumnOption), labelColumn);
            }
            else
            {
                await using var stream = File.OpenRead(file);
                input = await DiscoveryInputReader.ReadJsonlAsync(stream, labelColumn, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"discover: {ex.Message}");
            return ExitCodes.InputError;
        }

        await using var services = BuildServices();
        var models = services.GetRequiredService<ModelClientFactory>();
        var embedderName = parse.GetRequiredValue(EmbedderOption);
        IEmbeddingGenerator<string, Embedding<float>> embedder;
        try
        {
            embedder = embedderName switch
            {
                DiscoveryEmbedders.MiniLm => DiscoveryEmbedders.CreateMiniLm(),
                DiscoveryEmbedders.Provider => DiscoveryEmbedders.CreateProvider(
                    services.GetRequiredService<IOptions<ModelOptions>>().Value,
                    services.GetRequiredService<IHttpClientFactory>().CreateClient(ModelClientFactory.HttpClientName),
                    services.GetRequiredService<IConfiguration>()["Discovery:EmbeddingModel"]),
                _ => new TfidfEmbeddingGenerator(seed: parse.GetValue(SeedOption)),
            };
        }
        catch (InvalidOperationException ex)
        {
            await error.WriteLineAsync($"discover: {ex.Message}");
            return ExitCodes.InputError;
        }

        using (embedder)
        {
            ICandidateNamer namer = models.Provider == ModelProvider.Offline ? new TermsCandidateNamer() : new ModelCandidateNamer(models.CreateChatClient());
            var options = new DiscoveryOptions
            {
                K = parse.GetValue(KOption).Value,
                Seed = parse.GetValue(SeedOption),
                Method = parse.GetValue(MethodOption),
                Refine = parse.GetValue(RefineOption),
                WordingGraph = parse.GetValue(WordingGraphOption),
                ConsensusRuns = parse.GetValue(ConsensusOption),
                Restarts = parse.GetValue(RestartsOption),
                AllMessages = parse.GetValue(AllOption),
            };
            var result = await new IntentDiscoverer(embedder, embedderName, intents, namer).DiscoverAsync(input.Conversations, options, cancellationToken);
            var scores = labelColumn is null ? null : Score(result);
            if (parse.GetValue(OutOption) is { } outDirectory)
            {
                Directory.CreateDirectory(outDirectory);
                await AtomicFile.WriteAllTextAsync(Path.Combine(outDirectory, DiscoveryFile), DiscoveryJson.Serialize(result), cancellationToken);
            }

            if (parse.GetValue(JsonOption))
            {
                await output.WriteLineAsync(DiscoveryJson.Summary(result, scores));
            }
            else
            {
                Report(CliConsole.For(output), result, scores, input.BadLines);
            }
        }

        return ExitCodes.Success;
    }

    /// <summary>Scores against the labels of the messages that carry one, on the clusters before noise was set apart.</summary>
    private static ClusteringScores? Score(DiscoveryResult result)
    {
        var labelled = Enumerable.Range(0, result.Clusters.Count).Where(i => result.Conversations[result.Messages[i].Conversation].Label is not null).ToList();
        if (labelled.Count == 0)
        {
            return null;
        }

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var truth = labelled.Select(i => result.Conversations[result.Messages[i].Conversation].Label!).Select(l => ids.TryGetValue(l, out var id) ? id : ids[l] = ids.Count).ToList();
        return ClusteringScores.Compute(labelled.Select(i => result.Clusters[i]).ToList(), truth);
    }

    private static ServiceProvider BuildServices()
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(Directory.GetCurrentDirectory())
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning).AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace))
            .AddCustomerAgent(configuration)
            .BuildServiceProvider();
    }

    private static void Report(IAnsiConsole console, DiscoveryResult result, ClusteringScores? scores, int badLines)
    {
        var scope = result.AllMessages ? "all customer messages" : "customer messages of conversations no intent matched";
        console.WriteLine($"{result.Messages.Count} {scope} ({result.Conversations.Count} of {result.TotalConversations} conversations), representation {result.Embedder}, seed {result.Seed}.");
        if (badLines > 0)
        {
            console.WriteLine($"{badLines} unusable line(s) skipped.");
        }

        if (result.Notice is { } notice)
        {
            console.WriteLine(notice);
            return;
        }

        var how = result.KSearch is { } search
            ? $"chosen by silhouette among {search.Count} values from {search[0].K} to {search[^1].K}: {search.First(s => s.K == result.K).Silhouette:0.000}"
            : "given";
        console.WriteLine($"k = {result.K} ({how}), grouped by {result.Method}{(result.WordingGraph ? " with the TF-IDF graph" : "")}{(result.ConsensusRuns > 0 ? $" (consensus of {result.ConsensusRuns} runs)" : "")}{(result.Refined ? ", refined" : "")}; {result.Candidates.Count} candidate intent(s), {result.Noise} message(s) fit no group.");
        if (scores is not null)
        {
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Against the labels: NMI {scores.Nmi * 100:0.00}, ARI {scores.Ari * 100:0.00}, ACC {scores.Accuracy * 100:0.00}"));
        }

        var table = new Table().AddColumns("id", "name", "messages", "share", "unresolved", "csat", "pattern", "precision", "recall", "closest tool");
        foreach (var c in result.Candidates)
        {
            table.AddRow(
                Markup.Escape(c.Id), Markup.Escape(c.Name), c.Size.ToString(CultureInfo.InvariantCulture), c.Share.ToString("P1", CultureInfo.InvariantCulture),
                c.UnresolvedRate?.ToString("P0", CultureInfo.InvariantCulture) ?? "–", c.AverageCsat?.ToString("0.00", CultureInfo.InvariantCulture) ?? "–",
                Markup.Escape(c.Pattern.Pattern), c.Pattern.Precision.ToString("0.00", CultureInfo.InvariantCulture), c.Pattern.Recall.ToString("0.00", CultureInfo.InvariantCulture),
                Markup.Escape(c.ClosestTool ?? "needs a new tool"));
        }

        console.Write(table);
        foreach (var c in result.Candidates.Take(20))
        {
            console.WriteLine($"{c.Id} {c.Name}: {c.Description}");
            foreach (var example in c.Examples)
            {
                console.WriteLine($"    \u00ab{example}\u00bb");
            }
        }
    }

    /// <summary>The number of groups asked for; null is auto.</summary>
    private readonly record struct KChoice(int? Value);
}
