using AgentSupport.Workbench.Analysis.Intents;
using Microsoft.Extensions.AI;

namespace AgentSupport.Workbench.Discovery;

/// <summary>
/// Groups the customer messages no configured intent catches into candidate intents: embeds them, clusters them
/// (k-means++ with restarts, on the spectral embedding of their neighbour graph when the groups are large enough to
/// have neighbourhoods of their own; k given or chosen by silhouette), sets apart what fits nowhere, and describes each group.
/// </summary>
public sealed class IntentDiscoverer(IEmbeddingGenerator<string, Embedding<float>> embedder, string embedderName, IntentCatalog intents, ICandidateNamer? namer = null)
{
    private readonly ICandidateNamer _namer = namer ?? new TermsCandidateNamer();

    public async Task<DiscoveryResult> DiscoverAsync(IReadOnlyList<DiscoveryConversation> input, DiscoveryOptions options, CancellationToken cancellationToken = default)
    {
        if (options.K is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "k must be at least 1.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(options.ConsensusRuns, nameof(options));

        var conversations = new List<DiscoveredConversation>();
        var messages = new List<DiscoveredMessage>();
        var profiles = intents.Intents.ToDictionary(i => i.Name, _ => new List<string>());
        foreach (var conversation in input)
        {
            var texts = conversation.CustomerMessages.Select(TextFeatures.CollapseWhitespace).Where(t => t.Length > 0).ToList();
            var matched = false;
            foreach (var text in texts)
            {
                foreach (var intent in intents.Intents.Where(i => i.Pattern.IsMatch(text)))
                {
                    matched = true;
                    if (profiles[intent.Name].Count < options.ToolProfileMessages)
                    {
                        profiles[intent.Name].Add(text);
                    }
                }
            }

            if (matched && !options.AllMessages)
            {
                continue;
            }

            messages.AddRange(texts.Select(t => new DiscoveredMessage(t, conversations.Count)));
            conversations.Add(new DiscoveredConversation(conversation.Id, conversation.Resolved, conversation.Csat, conversation.Label));
        }

        var result = new DiscoveryResult
        {
            Embedder = embedderName,
            Seed = options.Seed,
            TotalConversations = input.Count,
            AllMessages = options.AllMessages,
            K = 0,
            Noise = 0,
            Candidates = [],
            Messages = messages,
            Conversations = conversations,
            Clusters = [],
        };
        if (messages.Count < 2)
        {
            var what = input.Count == 0 ? "The conversation set is empty" : messages.Count == 0
                ? (options.AllMessages ? "No conversation has a customer message" : "Every conversation is matched by a configured intent")
                : "There is one customer message to look at";
            return result with { Notice = $"{what}: nothing to group." };
        }

        var profileTexts = profiles.Where(p => p.Value.Count > 0).ToList();
        var embeddedTexts = messages.Select(m => m.Text).Concat(profileTexts.SelectMany(p => p.Value)).ToList();
        var vectors = await EmbedAsync(embedder, embeddedTexts, cancellationToken);
        var points = vectors.Take(messages.Count).ToList();

        var search = options.K is null ? ClusterCountSelector.Choose(points, options.Seed) : null;
        var k = Math.Min(options.K ?? search!.K, points.Count);
        var method = options.Method switch
        {
            _ when k < 2 => ClusteringMethod.KMeans,
            ClusteringMethod.Auto => points.Count >= 2 * SpectralEmbedding.Neighbours * k ? ClusteringMethod.Spectral : ClusteringMethod.KMeans,
            var chosen => chosen,
        };
        var wording = method == ClusteringMethod.Spectral && options.WordingGraph != Toggle.Off;
        var tfidf = embedderName == DiscoveryEmbedders.Tfidf;
        var neighbours = tfidf ? SpectralEmbedding.TfidfNeighbours : SpectralEmbedding.Neighbours;
        var graph = method == ClusteringMethod.Spectral ? await NeighbourGraphAsync(points, neighbours, wording ? embeddedTexts : null, tfidf, options.Seed, cancellationToken) : null;
        var space = graph is null ? points : (IReadOnlyList<float[]>)SpectralEmbedding.Embed(graph, k, options.Seed);
        var consensus = graph is null ? 0 : options.ConsensusRuns;
        var assignments = consensus > 0
            ? ConsensusClustering.Fit(graph!, space, k, options.Seed, consensus, options.Restarts)
            : KMeans.Fit(space, k, options.Seed, options.Restarts).Assignments;
        var refined = graph is not null && IsOn(options.Refine, embedderName);
        if (refined)
        {
            assignments = ClusterRefinement.Vote(graph!, ClusterRefinement.Spherical(points, assignments, k, ClusterRefinement.SphericalRounds), ClusterRefinement.VotingRounds);
        }

        var toolCentres = new List<(string Tool, float[] Centre)>();
        var offset = messages.Count;
        foreach (var (intent, texts) in profileTexts)
        {
            toolCentres.Add((ToolOf(intent), Unit(Mean(vectors.Skip(offset).Take(texts.Count)))));
            offset += texts.Count;
        }

        var grams = messages.Select(m => PatternProposer.GramsOf(m.Text)).ToList();
        var messageTexts = messages.Select(m => m.Text).ToList();
        var candidates = new List<(IntentCandidate Candidate, int Cluster)>();
        var noise = 0;
        for (var cluster = 0; cluster < k; cluster++)
        {
            var members = Enumerable.Range(0, points.Count).Where(i => assignments[i] == cluster).ToList();
            var centre = Unit(Mean(members.Select(i => points[i])));
            var similarity = members.ToDictionary(i => i, i => (double)LinearAlgebra.Dot(points[i], centre));
            var kept = Fitting(members, similarity);
            noise += members.Count - kept.Count;
            if (kept.Count < options.MinGroupSize)
            {
                noise += kept.Count;
                continue;
            }

            var candidate = await DescribeAsync(kept, similarity, centre, messageTexts, grams, messages, conversations, input.Count, toolCentres, options, cancellationToken);
            candidates.Add((candidate, cluster));
        }

        var ordered = candidates.Select(c => c.Candidate).OrderByDescending(c => c.Size).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select((c, i) => c with { Id = $"c{i + 1}" }).ToList();
        return result with
        {
            K = k,
            Method = method == ClusteringMethod.Spectral ? "spectral" : "kmeans",
            Refined = refined,
            WordingGraph = wording,
            ConsensusRuns = consensus,
            KSearch = search?.Tried.Select(t => new KSilhouette(t.K, t.Silhouette)).ToList(),
            Noise = noise,
            Candidates = ordered,
            Clusters = assignments,
        };
    }

    /// <summary>Describes the union of groups (a merge): the same measures as a discovered group, examples in order of the merged groups.</summary>
    public static async Task<IntentCandidate> MergeAsync(DiscoveryResult result, IReadOnlyList<IntentCandidate> merged, string id, ICandidateNamer namer, CancellationToken cancellationToken)
    {
        var members = merged.SelectMany(c => c.Members).Distinct().Order().ToList();
        var texts = result.Messages.Select(m => m.Text).ToList();
        var grams = texts.Select(PatternProposer.GramsOf).ToList();
        var memberSet = members.ToHashSet();
        var terms = PatternProposer.DistinctiveTerms(grams, memberSet);
        var examples = merged.SelectMany(c => c.Examples).Distinct().Take(Math.Max(5, merged.Max(c => c.Examples.Count))).ToList();
        var (name, description) = await namer.NameAsync(terms, examples, cancellationToken);
        var largest = merged.MaxBy(c => c.Size)!;
        return Measure(members, result.Messages, result.Conversations, result.TotalConversations) with
        {
            Id = id,
            Name = name,
            Description = description,
            Examples = examples,
            Terms = terms,
            Pattern = PatternProposer.Propose(texts, grams, memberSet),
            ClosestTool = largest.ClosestTool,
            ToolSimilarity = largest.ToolSimilarity,
        };
    }

    private async Task<IntentCandidate> DescribeAsync(
        List<int> members, Dictionary<int, double> similarity, float[] centre, List<string> texts, List<HashSet<string>> grams,
        List<DiscoveredMessage> messages, List<DiscoveredConversation> conversations, int total, List<(string Tool, float[] Centre)> toolCentres,
        DiscoveryOptions options, CancellationToken cancellationToken)
    {
        var memberSet = members.ToHashSet();
        var terms = PatternProposer.DistinctiveTerms(grams, memberSet);
        var examples = members.OrderByDescending(i => similarity[i]).ThenBy(i => i).Select(i => texts[i])
            .Distinct(StringComparer.OrdinalIgnoreCase).Take(options.Examples).ToList();
        var (name, description) = await _namer.NameAsync(terms, examples, cancellationToken);
        var closest = toolCentres.Select(t => (t.Tool, Similarity: (double)LinearAlgebra.Dot(centre, t.Centre))).OrderByDescending(t => t.Similarity).FirstOrDefault();
        return Measure(members, messages, conversations, total) with
        {
            Name = name,
            Description = description,
            Examples = examples,
            Terms = terms,
            Pattern = PatternProposer.Propose(texts, grams, memberSet),
            ClosestTool = closest.Tool is not null && closest.Similarity >= options.ToolSimilarityThreshold ? closest.Tool : null,
            ToolSimilarity = Math.Round(closest.Similarity, 4),
        };
    }

    private static IntentCandidate Measure(IReadOnlyList<int> members, IReadOnlyList<DiscoveredMessage> messages, IReadOnlyList<DiscoveredConversation> conversations, int total)
    {
        var owners = members.Select(i => messages[i].Conversation).Distinct().Select(c => conversations[c]).ToList();
        var withOutcome = owners.Where(c => c.Resolved is not null).ToList();
        var withCsat = owners.Where(c => c.Csat is not null).ToList();
        return new IntentCandidate
        {
            Id = "",
            Name = "",
            Description = "",
            Size = members.Count,
            Conversations = owners.Count,
            Share = total == 0 ? 0 : (double)owners.Count / total,
            UnresolvedRate = withOutcome.Count == 0 ? null : (double)withOutcome.Count(c => c.Resolved == false) / withOutcome.Count,
            AverageCsat = withCsat.Count == 0 ? null : withCsat.Average(c => c.Csat!.Value),
            Examples = [],
            Terms = [],
            Pattern = new PatternProposal("", 0, 0, 0, 0),
            Members = members,
        };
    }

    /// <summary>The members close enough to their centre: those not below the cluster's mean similarity by more than two standard deviations.</summary>
    private static List<int> Fitting(List<int> members, Dictionary<int, double> similarity)
    {
        if (members.Count < 3)
        {
            return members;
        }

        var mean = members.Average(i => similarity[i]);
        var deviation = Math.Sqrt(members.Average(i => Math.Pow(similarity[i] - mean, 2)));
        return members.Where(i => similarity[i] >= mean - 2 * deviation && similarity[i] > 0).ToList();
    }

    private string ToolOf(string intent) => intents.Intents.First(i => i.Name == intent).Tool;

    /// <summary>Auto turns refinement on for every representation but TF-IDF (docs/discovery.md says why).</summary>
    private static bool IsOn(Toggle toggle, string embedderName) =>
        toggle switch { Toggle.Auto => embedderName != DiscoveryEmbedders.Tfidf, var setting => setting == Toggle.On };

    private static async Task<List<float[]>> EmbedAsync(IEmbeddingGenerator<string, Embedding<float>> embedder, IReadOnlyList<string> texts, CancellationToken cancellationToken) =>
        (await embedder.GenerateAsync(texts, cancellationToken: cancellationToken)).Select(e => Unit(e.Vector.ToArray())).ToList();

    /// <summary>
    /// The messages' neighbour graph; given <paramref name="wordingTexts"/> (the embedded texts, messages first), blended with a
    /// neighbour graph of their TF-IDF vectors fitted on the same texts. A sentence encoder places messages by meaning and
    /// blurs the exact words ("card", "PIN") that set some requests apart: its graph gets the TF-IDF (LSA) graph, fitted with
    /// the run's seed. TF-IDF's own reduced vectors lose detail the unreduced ones keep, and the reduction has its own
    /// confusions: its graph gets the exact cosine graph of the unreduced TF-IDF rows (<paramref name="exact"/>).
    /// </summary>
    private static async Task<GraphEdge[][]> NeighbourGraphAsync(List<float[]> points, int neighbours, IReadOnlyList<string>? wordingTexts, bool exact, int seed, CancellationToken cancellationToken)
    {
        var reach = Math.Min(neighbours, points.Count - 1);
        var graph = SpectralEmbedding.NeighbourGraph(points, reach);
        if (wordingTexts is null)
        {
            return graph;
        }

        // Blended at the representation's neighbour count, as measured: both graphs link each message equally widely.
        if (exact)
        {
            var rows = TfidfEmbeddingGenerator.Vectorize(wordingTexts);
            return SpectralEmbedding.Blend(graph, SpectralEmbedding.NeighbourGraph(rows, points.Count, reach), SpectralEmbedding.ExactWordingShare);
        }

        using var tfidf = new TfidfEmbeddingGenerator(seed: seed);
        var wording = (await EmbedAsync(tfidf, wordingTexts, cancellationToken)).Take(points.Count).ToList();
        return SpectralEmbedding.Blend(graph, SpectralEmbedding.NeighbourGraph(wording, reach), SpectralEmbedding.WordingShare);
    }

    private static float[] Mean(IEnumerable<float[]> vectors)
    {
        float[]? sum = null;
        foreach (var vector in vectors)
        {
            sum ??= new float[vector.Length];
            System.Numerics.Tensors.TensorPrimitives.Add(sum, vector, sum);
        }

        return sum ?? [];
    }

    private static float[] Unit(float[] vector)
    {
        LinearAlgebra.Normalize(vector);
        return vector;
    }
}
