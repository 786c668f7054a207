using System.Text;
using AgentSupport.Workbench.Analysis.Intents;

namespace AgentSupport.Workbench.Tests.Analysis;

public sealed class IntentCatalogTests
{
    [Theory]
    [InlineData(IntentMode.Words)]
    [InlineData(IntentMode.Seed)]
    public void The_built_in_table_has_the_design_intents_tools_and_efforts_in_order(IntentMode mode)
    {
        var intents = IntentCatalog.Default(mode).Intents;

        Assert.Equal(
            [
                ("offer_24h", "OfferIn24 Orchestrator", 3),
                ("status_eval", "Inspection/Workshop Status Tracker", 2),
                ("payment_status", "Payout Status Tracker", 2),
                ("reschedule_inspection", "Inspection Re-Scheduler", 1),
                ("credit_prequal", "Credit Pre-Qualification Simulator", 3),
                ("warranty_claim", "Warranty Coverage Checker", 3),
                ("kyc_docs", "Doc & KYC Collector", 1),
                ("appointment", "Scheduling Assistant", 1),
            ],
            intents.Select(i => (i.Name, i.Tool, i.Effort)));
    }

    [Fact]
    public void The_words_patterns_are_those_of_the_design_table()
    {
        var patterns = IntentCatalog.Default().Intents.ToDictionary(i => i.Name, i => i.Pattern.ToString());

        Assert.Equal(@"\b(oferta|offer)\b.*\b24\s*(h|hrs|horas|hours)\b", patterns["offer_24h"]);
        Assert.Equal(@"\b(citas?|agendar|programar|appointments?)\b", patterns["appointment"]);
        Assert.Equal("(cita|agendar|programar)", IntentCatalog.Default(IntentMode.Seed).Intents[^1].Pattern.ToString());
    }

    [Theory]
    [InlineData("""{"intents": []}""", "no 'intents' list")]
    [InlineData("""{"intents": [{"name": "x", "tool": "t", "effort": 4, "patterns": {"words": "a"}}]}""", "intent #1 ('x'): 'effort' must be 1, 2 or 3")]
    [InlineData("""{"intents": [{"name": "x", "tool": "t", "effort": 1, "patterns": {"seed": "a"}}]}""", "intent #1 ('x'): no pattern for intent mode 'words'")]
    [InlineData("""{"intents": [{"name": "x", "tool": "t", "effort": 1, "patterns": {"words": "(a"}}]}""", "intent #1 ('x'): the 'words' pattern is not a valid regular expression")]
    [InlineData("""{"intents": [{"tool": "t", "effort": 1, "patterns": {"words": "a"}}]}""", "intent #1: 'name' is missing")]
    [InlineData("""{"intents": [{"name": "x", "tool": "t", "effort": 1, "patterns": {"words": "a"}}, {"name": "x", "tool": "t", "effort": 1, "patterns": {"words": "b"}}]}""", "intent 'x' is defined more than once")]
    [InlineData("""{"intents": [{"name": "x", "tool": "t", "effort": 1, "pattern": "a"}]}""", "invalid intent configuration")]
    [InlineData("""{"intents": [""", "invalid intent configuration")]
    public void A_faulty_configuration_is_rejected_naming_the_file_and_the_entry(string json, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() =>
            IntentCatalog.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json)), IntentMode.Words, "custom.json"));

        Assert.StartsWith("custom.json: ", error.Message);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void A_configuration_file_with_comments_loads_from_disk()
    {
        var path = Path.Combine(Path.GetTempPath(), $"agentsupport-intents-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """
            // one custom intent
            {"intents": [{"name": "refund", "tool": "Refund Desk", "effort": 2, "patterns": {"words": "\\breembolso\\b"}},]}
            """);
        try
        {
            var intent = Assert.Single(IntentCatalog.Load(path, IntentMode.Words).Intents);

            Assert.Equal(("refund", "Refund Desk", 2), (intent.Name, intent.Tool, intent.Effort));
            Assert.Matches(intent.Pattern, "Quiero un REEMBOLSO");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
