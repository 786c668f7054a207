using System.Text;
using System.Text.RegularExpressions;

namespace AgentSupport.Workbench.Discovery;

/// <summary>A proposed intent pattern and how it does on the discovery set (members are the group's messages).</summary>
public sealed record PatternProposal(string Pattern, double Precision, double Recall, int Matched, int MatchedMembers)
{
    /// <summary>Compiled as the intent table compiles its patterns.</summary>
    public static Regex Compile(string pattern) => new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>Runs <paramref name="pattern"/> over every message and counts: precision and recall are measured, never assumed.</summary>
    public static PatternProposal Measure(string pattern, IReadOnlyList<string> messages, IReadOnlySet<int> members)
    {
        var regex = Compile(pattern);
        var matched = 0;
        var matchedMembers = 0;
        for (var i = 0; i < messages.Count; i++)
        {
            if (regex.IsMatch(messages[i]))
            {
                matched++;
                if (members.Contains(i))
                {
                    matchedMembers++;
                }
            }
        }

        return new PatternProposal(
            pattern,
            matched == 0 ? 0 : (double)matchedMembers / matched,
            members.Count == 0 ? 0 : (double)matchedMembers / members.Count,
            matched,
            matchedMembers);
    }
}

/// <summary>
/// Distinctive terms of a group and the pattern built from them. A term (a word or a pair of words) is distinctive
/// when it is frequent in the group and rare outside: p·ln(p/q), with p and q its message frequencies inside and
/// outside. The pattern is the alternation of terms that a greedy search finds to maximise F1 on the set.
/// </summary>
public static class PatternProposer
{
    private const int MaxPatternTerms = 8;
    private const int CandidateTerms = 40;
    private const double Smoothing = 0.5;

    /// <summary>The group's terms, most distinctive first.</summary>
    public static IReadOnlyList<string> DistinctiveTerms(IReadOnlyList<HashSet<string>> grams, IReadOnlySet<int> members, int count = 10) =>
        Score(grams, members).Take(count).Select(t => t.Term).ToList();

    public static PatternProposal Propose(IReadOnlyList<string> messages, IReadOnlyList<HashSet<string>> grams, IReadOnlySet<int> members)
    {
        var candidates = Score(grams, members).Take(CandidateTerms).Select(t => t.Term).ToList();
        var chosen = new List<string>();
        var covered = new bool[messages.Count];
        var bestF1 = 0.0;
        while (chosen.Count < MaxPatternTerms)
        {
            string? bestTerm = null;
            foreach (var term in candidates.Except(chosen))
            {
                var f1 = F1(grams, members, covered, term);
                if (f1 > bestF1 + 1e-9)
                {
                    bestF1 = f1;
                    bestTerm = term;
                }
            }

            if (bestTerm is null)
            {
                break;
            }

            chosen.Add(bestTerm);
            for (var i = 0; i < messages.Count; i++)
            {
                covered[i] |= grams[i].Contains(bestTerm);
            }
        }

        if (chosen.Count == 0)
        {
            return new PatternProposal("", 0, 0, 0, 0);
        }

        var pattern = @"\b(" + string.Join("|", chosen.OrderByDescending(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).Select(TermPattern)) + @")\b";
        return PatternProposal.Measure(pattern, messages, members);
    }

    /// <summary>The message's words and word pairs, as <see cref="TextFeatures"/> cuts them.</summary>
    public static HashSet<string> GramsOf(string message) => [.. TextFeatures.WordGrams(TextFeatures.Words(message))];

    /// <summary>A term as a pattern: accents optional on vowels ("credito" matches "crédito"), words separated by any non-word run.</summary>
    public static string TermPattern(string term)
    {
        var builder = new StringBuilder();
        foreach (var word in term.Split(' '))
        {
            if (builder.Length > 0)
            {
                builder.Append(@"\W+");
            }

            foreach (var c in word)
            {
                builder.Append(char.ToLowerInvariant(c) switch
                {
                    'a' or 'á' => "[aá]",
                    'e' or 'é' => "[eé]",
                    'i' or 'í' => "[ií]",
                    'o' or 'ó' => "[oó]",
                    'u' or 'ú' or 'ü' => "[uúü]",
                    _ => Regex.Escape(c.ToString()),
                });
            }
        }

        return builder.ToString();
    }

    private static double F1(IReadOnlyList<HashSet<string>> grams, IReadOnlySet<int> members, bool[] covered, string term)
    {
        int matched = 0, hits = 0;
        for (var i = 0; i < grams.Count; i++)
        {
            if (covered[i] || grams[i].Contains(term))
            {
                matched++;
                if (members.Contains(i))
                {
                    hits++;
                }
            }
        }

        return hits == 0 ? 0 : 2.0 * hits / (matched + members.Count);
    }

    private static IEnumerable<(string Term, double Score)> Score(IReadOnlyList<HashSet<string>> grams, IReadOnlySet<int> members)
    {
        var inside = new Dictionary<string, int>(StringComparer.Ordinal);
        var outside = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < grams.Count; i++)
        {
            var counts = members.Contains(i) ? inside : outside;
            foreach (var gram in grams[i])
            {
                counts[gram] = counts.GetValueOrDefault(gram) + 1;
            }
        }

        var others = Math.Max(grams.Count - members.Count, 1);
        var minimum = members.Count >= 4 ? 2 : 1;
        return inside
            .Where(t => t.Value >= minimum && t.Key.Length >= 3)
            .Select(t =>
            {
                var p = (double)t.Value / members.Count;
                var q = (outside.GetValueOrDefault(t.Key) + Smoothing) / (others + Smoothing);
                return (t.Key, Score: p * Math.Log(p / q));
            })
            .Where(t => t.Score > 0)
            .OrderByDescending(t => t.Score)
            .ThenBy(t => t.Key, StringComparer.Ordinal);
    }
}
