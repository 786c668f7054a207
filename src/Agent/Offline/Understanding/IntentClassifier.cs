namespace AgentSupport.Agent.Offline.Understanding;

/// <summary>
/// A text classifier trained at start-up on the bundled es/en corpus (<c>intent-corpus.txt</c>): TF-IDF over word
/// unigrams and bigrams and character 3- to 5-grams of the folded text (so typos, missing accents and slang still
/// share most features with a corpus line), scored per intent as the mean of the best matching line and the intent's
/// centroid. Self-written rather than ML.NET: the corpus is a few hundred lines, training takes milliseconds, and the
/// engine stays deterministic and free of a native dependency.
/// </summary>
internal sealed class IntentClassifier
{
    private const string Resource = "AgentSupport.Agent.Offline.intent-corpus.txt";

    private static readonly Lazy<IReadOnlyList<(string Intent, string Text)>> Shipped = new(() =>
    {
        using var stream = typeof(IntentClassifier).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"Embedded resource {Resource} is missing.");
        using var reader = new StreamReader(stream);
        return ParseCorpus(reader.ReadToEnd()).ToList();
    });

    private readonly Dictionary<string, double> _idf;
    private readonly IReadOnlyList<(string Intent, Dictionary<string, double> Vector)> _examples;
    private readonly IReadOnlyDictionary<string, Dictionary<string, double>> _centroids;

    public IntentClassifier(IEnumerable<(string Intent, string Text)> corpus)
    {
        var lines = corpus.Select(line => (line.Intent, Features: Features(line.Text))).ToList();
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var feature in lines.SelectMany(line => line.Features.Keys))
        {
            documentFrequency[feature] = documentFrequency.GetValueOrDefault(feature) + 1;
        }

        _idf = documentFrequency.ToDictionary(pair => pair.Key, pair => Math.Log((lines.Count + 1.0) / (pair.Value + 1.0)) + 1.0, StringComparer.Ordinal);
        _examples = lines.Select(line => (line.Intent, Weigh(line.Features))).ToList();
        _centroids = _examples.GroupBy(example => example.Intent, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => Normalize(group.SelectMany(example => example.Vector)
                .GroupBy(pair => pair.Key, StringComparer.Ordinal)
                .ToDictionary(pair => pair.Key, pair => pair.Sum(entry => entry.Value), StringComparer.Ordinal)), StringComparer.Ordinal);
    }

    /// <summary>The bundled corpus, "intent, utterance" pairs.</summary>
    public static IReadOnlyList<(string Intent, string Text)> ShippedCorpus => Shipped.Value;

    public IEnumerable<string> Intents => _centroids.Keys;

    /// <summary>Every intent with its score in [0, 1], best first.</summary>
    public IReadOnlyList<(string Intent, double Score)> Score(string text)
    {
        var vector = Weigh(Features(text));
        if (vector.Count == 0)
        {
            return [];
        }

        return _centroids.Select(centroid =>
            {
                var best = _examples.Where(example => example.Intent == centroid.Key).Max(example => Cosine(vector, example.Vector));
                return (centroid.Key, Score: (best + Cosine(vector, centroid.Value)) / 2);
            })
            .OrderByDescending(pair => pair.Score).ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .ToList();
    }

    internal static IEnumerable<(string Intent, string Text)> ParseCorpus(string text) =>
        text.Split('\n').Select(line => line.TrimEnd('\r'))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t', 2))
            .Select(parts => parts.Length == 2 ? (parts[0].Trim(), parts[1].Trim()) : throw new FormatException($"Corpus line without a tab: {parts[0]}"));

    private Dictionary<string, double> Weigh(Dictionary<string, int> counts) =>
        Normalize(counts.Where(pair => _idf.ContainsKey(pair.Key)).ToDictionary(pair => pair.Key, pair => (1 + Math.Log(pair.Value)) * _idf[pair.Key], StringComparer.Ordinal));

    private static Dictionary<string, int> Features(string text)
    {
        var words = TextFold.Words(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var features = new Dictionary<string, int>(StringComparer.Ordinal);
        void Add(string feature) => features[feature] = features.GetValueOrDefault(feature) + 1;
        for (var i = 0; i < words.Length; i++)
        {
            Add("w:" + words[i]);
            if (i > 0)
            {
                Add($"b:{words[i - 1]} {words[i]}");
            }

            var padded = $" {words[i]} ";
            for (var n = 3; n <= 5; n++)
            {
                for (var start = 0; start + n <= padded.Length; start++)
                {
                    Add("c:" + padded.Substring(start, n));
                }
            }
        }

        return features;
    }

    private static Dictionary<string, double> Normalize(Dictionary<string, double> vector)
    {
        var norm = Math.Sqrt(vector.Values.Sum(value => value * value));
        return norm == 0 ? vector : vector.ToDictionary(pair => pair.Key, pair => pair.Value / norm, StringComparer.Ordinal);
    }

    private static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var sum = 0.0;
        foreach (var (key, value) in small)
        {
            if (large.TryGetValue(key, out var other))
            {
                sum += value * other;
            }
        }

        return sum;
    }
}
