using System.Text.Json;
using System.Text.RegularExpressions;
using AgentSupport.Workbench.Analysis.Intents;

namespace AgentSupport.Workbench.Tests.Analysis;

/// <summary>The precompiled patterns are exactly those of the shipped table, and a table with other patterns still works.</summary>
public sealed class ShippedIntentPatternsTests
{
    [Fact]
    public void The_precompiled_patterns_are_exactly_the_patterns_of_both_modes_of_the_shipped_table()
    {
        using var table = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.Path("src", "Workbench", "Config", "intents.json")));
        var shipped = table.RootElement.GetProperty("intents").EnumerateArray()
            .SelectMany(intent => intent.GetProperty("patterns").EnumerateObject().Select(p => p.Value.GetString()!))
            .ToHashSet(StringComparer.Ordinal);

        Assert.Equal(16, shipped.Count);
        Assert.True(shipped.SetEquals(ShippedIntentPatterns.Patterns), $"differ: {string.Join(" | ", shipped.Except(ShippedIntentPatterns.Patterns).Concat(ShippedIntentPatterns.Patterns.Except(shipped)))}");
    }

    [Theory]
    [InlineData(IntentMode.Words)]
    [InlineData(IntentMode.Seed)]
    public void The_built_in_table_matches_with_the_precompiled_patterns_and_their_options(IntentMode mode)
    {
        foreach (var intent in IntentCatalog.Default(mode).Intents)
        {
            Assert.Same(ShippedIntentPatterns.Find(intent.Pattern.ToString()), intent.Pattern);
            Assert.Equal(RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, intent.Pattern.Options);
        }
    }

    [Fact]
    public void A_table_with_a_pattern_of_its_own_compiles_it_with_the_same_matching_rules()
    {
        var json = """{"intents": [{"name": "tyres", "tool": "Tyre Checker", "effort": 2, "patterns": {"words": "\\bLLANTAS?\\b"}}]}""";

        var pattern = IntentCatalog.Parse(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), IntentMode.Words, "test").Intents[0].Pattern;

        Assert.Null(ShippedIntentPatterns.Find(pattern.ToString()));
        Assert.Matches(pattern, "Revisen las llantas, por favor");
        Assert.DoesNotMatch(pattern, "llantasx");
    }
}
