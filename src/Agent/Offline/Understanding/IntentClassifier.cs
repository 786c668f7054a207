using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace AgentSupport.Agent.Offline.Understanding;

/// <summary>
/// A text classifier trained at start-up on the bundled es/en corpus (<c>intent-corpus.txt</c>): TF-IDF over word
/// unigrams and bigrams and character 3- to 5-grams of the folded text (so typos, missing accents and slang still
/// share most features with a corpus line), scored per intent as the mean of the best matching line and the intent's
/// centroid. Self-written rather than ML.NET: the corpus is a few hundred lines, training takes milliseconds, and the
/// engine stays deterministic and free of a native dependency.
/// </summary>
/// <remarks>
/// Scoring runs on every turn for every customer message of the conversation (the engine is stateless, like a hosted
/// model), so features are looked up by span without building strings, cosines come from inverted lists instead of a
/// pass over every corpus line, and the scores of recent texts are remembered.
/// </remarks>
internal sealed class IntentClassifier
{
    private const string Resource = "AgentSupport.Agent.Offline.intent-corpus.txt";

    /// <summary>Enough for the distinct messages of many live conversations; cleared whole when full.</summary>
    private const int RememberedTexts = 4096;

    private static readonly Lazy<IReadOnlyList<(string Intent, string Text)>> Shipped = new(() =>
    {
        using var stream = typeof(IntentClassifier).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"Embedded resource {Resource} is missing.");
        using var reader = new StreamReader(stream);
        return ParseCorpus(reader.ReadToEnd()).ToList();
    });

    private readonly Dictionary<string, int> _features;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _featureBySpan;
    private readonly double[] _idf;
    private readonly string[] _intents;
    private readonly int[] _intentOfExample;

    /// <summary>Per feature, the corpus lines and the intent centroids that carry it, with their normalised weights.</summary>
    private readonly (int Example, double Weight)[][] _examplePostings;
    private readonly (int Intent, double Weight)[][] _centroidPostings;
    private readonly ConcurrentDictionary<string, IReadOnlyList<(string Intent, double Score)>> _remembered = new(StringComparer.Ordinal);

    public IntentClassifier(IEnumerable<(string Intent, string Text)> corpus)
    {
        _features = new Dictionary<string, int>(StringComparer.Ordinal);
        _featureBySpan = _features.GetAlternateLookup<ReadOnlySpan<char>>();
        var lines = corpus.Select(line => (line.Intent, Counts: Count(line.Text, learn: true))).ToList();

        var documentFrequency = new int[_features.Count];
        foreach (var id in lines.SelectMany(line => line.Counts.Keys))
        {
            documentFrequency[id]++;
        }

        _idf = documentFrequency.Select(frequency => Math.Log((lines.Count + 1.0) / (frequency + 1.0)) + 1.0).ToArray();
        _intents = lines.Select(line => line.Intent).Distinct(StringComparer.Ordinal).ToArray();
        var intentIndex = _intents.Select((intent, index) => (intent, index)).ToDictionary(pair => pair.intent, pair => pair.index, StringComparer.Ordinal);
        _intentOfExample = lines.Select(line => intentIndex[line.Intent]).ToArray();

        var examples = lines.Select(line => Weigh(line.Counts)).ToList();
        var centroids = _intents.Select(_ => new Dictionary<int, double>()).ToArray();
        for (var example = 0; example < examples.Count; example++)
        {
            var centroid = centroids[_intentOfExample[example]];
            foreach (var (id, weight) in examples[example])
            {
                CollectionsMarshal.GetValueRefOrAddDefault(centroid, id, out _) += weight;
            }
        }

        _examplePostings = Postings(examples);
        _centroidPostings = Postings(centroids.Select(centroid => Normalize(centroid.Select(pair => (pair.Key, pair.Value)).ToList())).ToList());
    }

    /// <summary>The bundled corpus, "intent, utterance" pairs.</summary>
    public static IReadOnlyList<(string Intent, string Text)> ShippedCorpus => Shipped.Value;

    public IEnumerable<string> Intents => _intents;

    /// <summary>Every intent with its score in [0, 1], best first.</summary>
    public IReadOnlyList<(string Intent, double Score)> Score(string text)
    {
        if (_remembered.TryGetValue(text, out var known))
        {
            return known;
        }

        var scores = Compute(text);
        if (_remembered.Count >= RememberedTexts)
        {
            _remembered.Clear();
        }

        _remembered.TryAdd(text, scores);
        return scores;
    }

    internal static IEnumerable<(string Intent, string Text)> ParseCorpus(string text) =>
        text.Split('\n').Select(line => line.TrimEnd('\r'))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t', 2))
            .Select(parts => parts.Length == 2 ? (parts[0].Trim(), parts[1].Trim()) : throw new FormatException($"Corpus line without a tab: {parts[0]}"));

    private IReadOnlyList<(string Intent, double Score)> Compute(string text)
    {
        var vector = Weigh(Count(text, learn: false));
        if (vector.Count == 0)
        {
            return [];
        }

        var best = new double[_intents.Length];
        var centroid = new double[_intents.Length];
        var exampleDot = new double[_intentOfExample.Length];
        foreach (var (id, weight) in vector)
        {
            foreach (var (example, other) in _examplePostings[id])
            {
                exampleDot[example] += weight * other;
            }

            foreach (var (intent, other) in _centroidPostings[id])
            {
                centroid[intent] += weight * other;
            }
        }

        for (var example = 0; example < exampleDot.Length; example++)
        {
            ref var top = ref best[_intentOfExample[example]];
            top = Math.Max(top, exampleDot[example]);
        }

        return _intents.Select((intent, index) => (intent, Score: (best[index] + centroid[index]) / 2))
            .OrderByDescending(pair => pair.Score).ThenBy(pair => pair.intent, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Feature counts of a text; features the corpus never had are dropped (they carry no weight).</summary>
    private Dictionary<int, int> Count(string text, bool learn)
    {
        var words = TextFold.Words(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var counts = new Dictionary<int, int>();
        var buffer = new char[256];
        void Add(ReadOnlySpan<char> prefix, ReadOnlySpan<char> first, ReadOnlySpan<char> second = default)
        {
            var length = prefix.Length + first.Length + (second.IsEmpty ? 0 : second.Length + 1);
            var feature = length <= buffer.Length ? buffer.AsSpan(0, length) : new char[length];
            prefix.CopyTo(feature);
            first.CopyTo(feature[prefix.Length..]);
            if (!second.IsEmpty)
            {
                feature[prefix.Length + first.Length] = ' ';
                second.CopyTo(feature[(prefix.Length + first.Length + 1)..]);
            }

            if (_featureBySpan.TryGetValue(feature, out var id) || learn && _featureBySpan.TryAdd(feature, id = _features.Count))
            {
                CollectionsMarshal.GetValueRefOrAddDefault(counts, id, out _)++;
            }
        }

        for (var i = 0; i < words.Length; i++)
        {
            Add("w:", words[i]);
            if (i > 0)
            {
                Add("b:", words[i - 1], words[i]);
            }

            var padded = $" {words[i]} ";
            for (var n = 3; n <= 5; n++)
            {
                for (var start = 0; start + n <= padded.Length; start++)
                {
                    Add("c:", padded.AsSpan(start, n));
                }
            }
        }

        return counts;
    }

    private List<(int Id, double Weight)> Weigh(Dictionary<int, int> counts) =>
        Normalize(counts.Select(pair => (pair.Key, (1 + Math.Log(pair.Value)) * _idf[pair.Key])).ToList());

    private static List<(int Id, double Weight)> Normalize(List<(int Id, double Weight)> vector)
    {
        var norm = Math.Sqrt(vector.Sum(entry => entry.Weight * entry.Weight));
        return norm == 0 ? vector : vector.Select(entry => (entry.Id, entry.Weight / norm)).ToList();
    }

    /// <summary>Inverts vectors (indexed by their owner: a corpus line or an intent) into per-feature lists.</summary>
    private (int Owner, double Weight)[][] Postings(List<List<(int Id, double Weight)>> vectors)
    {
        var postings = Enumerable.Range(0, _features.Count).Select(_ => new List<(int, double)>()).ToArray();
        for (var owner = 0; owner < vectors.Count; owner++)
        {
            foreach (var (id, weight) in vectors[owner])
            {
                postings[id].Add((owner, weight));
            }
        }

        return postings.Select(list => list.ToArray()).ToArray();
    }
}
