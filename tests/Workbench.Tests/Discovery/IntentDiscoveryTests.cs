using AgentSupport.Workbench.Analysis.Intents;
using AgentSupport.Workbench.Discovery;

namespace AgentSupport.Workbench.Tests.Discovery;

public sealed class IntentDiscoveryTests
{
    /// <summary>30 shipping and 30 invoice messages, and which is which.</summary>
    private static (List<DiscoveryConversation> Conversations, List<int> Truth) ShippingAndInvoice()
    {
        string[] cities = ["Monterrey", "Puebla", "Mérida", "Tijuana", "León", "Querétaro", "Toluca", "Saltillo", "Morelia", "Oaxaca"];
        string[] banks = ["BBVA", "Banorte", "Santander", "HSBC", "Scotiabank", "Banamex", "Inbursa", "Afirme", "Banregio", "Azteca"];
        var shipping = cities.SelectMany(c => new[] { $"¿Hacen envíos a {c}?", $"¿Cuánto cuesta el envío a {c}?", $"quiero que me envíen el auto a {c}" });
        var invoice = banks.SelectMany(b => new[] { $"la factura la tiene {b} todavía", $"{b} no me entrega la factura", $"mi factura está en {b}, ¿pueden esperar?" });
        var conversations = shipping.Concat(invoice).Select((text, i) => new DiscoveryConversation($"g{i}", [text], null, null)).ToList();
        return (conversations, Enumerable.Range(0, conversations.Count).Select(i => i < 30 ? 0 : 1).ToList());
    }

    private static IntentDiscoverer Discoverer(int seed = 42) => new(new TfidfEmbeddingGenerator(seed: seed), DiscoveryEmbedders.Tfidf, IntentCatalog.Default());

    [Fact]
    public async Task Tfidf_finds_the_three_planted_spanish_intents_and_leaves_out_matched_conversations()
    {
        var result = await Discoverer().DiscoverAsync(PlantedIntents.Conversations(), new DiscoveryOptions { K = 3 });

        Assert.Equal(24, result.Messages.Count);
        Assert.Equal(27, result.TotalConversations);
        Assert.Equal(3, result.Candidates.Count);
        foreach (var planted in new[] { PlantedIntents.TradeIn, PlantedIntents.InvoiceAtBank, PlantedIntents.Shipping })
        {
            var best = result.Candidates.MaxBy(c => c.Members.Count(m => planted.Contains(result.Messages[m].Text)))!;
            var hits = best.Members.Count(m => planted.Contains(result.Messages[m].Text));
            Assert.True(hits >= planted.Length - 1, $"{best.Name} holds {hits} of {planted.Length}");
            Assert.True(hits >= best.Size - 1, $"{best.Name} mixes in {best.Size - hits} other messages");
        }

        var bank = result.Candidates.Single(c => c.Examples.Any(e => PlantedIntents.InvoiceAtBank.Contains(e)));
        Assert.Equal(1.0, bank.UnresolvedRate);
        Assert.Equal(2.0, bank.AverageCsat);
        Assert.Contains(bank.Terms, t => t.Contains("banco") || t.Contains("factura"));
        Assert.NotEmpty(bank.Name);
    }

    [Fact]
    public async Task Automatic_k_chooses_the_three_planted_groups_by_silhouette()
    {
        var result = await Discoverer().DiscoverAsync(PlantedIntents.Conversations(), new DiscoveryOptions { K = null });

        Assert.NotNull(result.KSearch);
        Assert.Equal(result.KSearch!.MaxBy(s => s.Silhouette)!.K, result.K);
        Assert.Equal(3, result.K);
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_groups_and_all_messages_brings_matched_ones_in()
    {
        var first = await Discoverer(7).DiscoverAsync(PlantedIntents.Conversations(), new DiscoveryOptions { K = 4, Seed = 7, AllMessages = true });
        var again = await Discoverer(7).DiscoverAsync(PlantedIntents.Conversations(), new DiscoveryOptions { K = 4, Seed = 7, AllMessages = true });

        Assert.Equal(27, first.Messages.Count);
        Assert.Equal(first.Clusters, again.Clusters);
        Assert.Equal(first.Candidates.Select(c => (c.Name, c.Pattern.Pattern)), again.Candidates.Select(c => (c.Name, c.Pattern.Pattern)));
    }

    [Fact]
    public async Task Groups_of_at_least_thirty_messages_are_formed_spectrally_unless_kmeans_is_asked_for()
    {
        var (conversations, truth) = ShippingAndInvoice();

        var spectral = await Discoverer().DiscoverAsync(conversations, new DiscoveryOptions { K = 2, AllMessages = true });
        var plain = await Discoverer().DiscoverAsync(conversations, new DiscoveryOptions { K = 2, AllMessages = true, Method = ClusteringMethod.KMeans });
        var small = await Discoverer().DiscoverAsync(PlantedIntents.Conversations(), new DiscoveryOptions { K = 3 });
        var refined = await Discoverer().DiscoverAsync(conversations, new DiscoveryOptions { K = 2, AllMessages = true, Refine = Toggle.On });
        var refinedAgain = await Discoverer().DiscoverAsync(conversations, new DiscoveryOptions { K = 2, AllMessages = true, Refine = Toggle.On });

        Assert.Equal("spectral", spectral.Method);
        Assert.Equal(1.0, ClusteringScores.Compute(spectral.Clusters, truth).Accuracy);
        Assert.False(spectral.Refined);
        Assert.True(refined.Refined);
        Assert.Equal(1.0, ClusteringScores.Compute(refined.Clusters, truth).Accuracy);
        Assert.Equal(refined.Clusters, refinedAgain.Clusters);
        Assert.False(plain.Refined);
        Assert.Equal("kmeans", plain.Method);
        Assert.Equal("kmeans", small.Method);
    }

    [Fact]
    public async Task A_tfidf_graph_is_blended_into_the_spectral_graph_unless_turned_off()
    {
        // Groups large enough for the spectral step. The other representation here is TF-IDF under another name, so the
        // blend must keep its groups exactly; TF-IDF itself gets the exact cosine graph of its unreduced vectors, which must too.
        var (conversations, truth) = ShippingAndInvoice();
        var other = new IntentDiscoverer(new TfidfEmbeddingGenerator(), DiscoveryEmbedders.Provider, IntentCatalog.Default());
        var options = new DiscoveryOptions { K = 2, AllMessages = true, Refine = Toggle.Off };

        var blended = await other.DiscoverAsync(conversations, options);
        var alone = await other.DiscoverAsync(conversations, options with { WordingGraph = Toggle.Off });
        var tfidf = await Discoverer().DiscoverAsync(conversations, options);
        var tfidfAlone = await Discoverer().DiscoverAsync(conversations, options with { WordingGraph = Toggle.Off });

        Assert.True(blended.WordingGraph);
        Assert.Equal(1.0, ClusteringScores.Compute(blended.Clusters, truth).Accuracy);
        Assert.False(alone.WordingGraph);
        Assert.Equal(1.0, ClusteringScores.Compute(alone.Clusters, truth).Accuracy);
        Assert.True(tfidf.WordingGraph);
        Assert.Equal(1.0, ClusteringScores.Compute(tfidf.Clusters, truth).Accuracy);
        Assert.False(tfidfAlone.WordingGraph);
    }

    [Fact]
    public void KMeans_is_deterministic_for_a_seed_and_separates_clear_blobs()
    {
        var random = new Random(1);
        var points = Enumerable.Range(0, 60).Select(i => new[] { (float)(i / 20 * 10 + random.NextDouble()), (float)random.NextDouble() }).ToList();

        var first = KMeans.Fit(points, 3, seed: 5);
        var second = KMeans.Fit(points, 3, seed: 5);

        Assert.Equal(first.Assignments, second.Assignments);
        Assert.Equal(1.0, ClusteringScores.Compute(first.Assignments, Enumerable.Range(0, 60).Select(i => i / 20).ToList()).Accuracy);
    }

    [Fact]
    public async Task Each_proposed_pattern_is_measured_on_the_set()
    {
        var result = await Discoverer().DiscoverAsync(PlantedIntents.Conversations(), new DiscoveryOptions { K = 3 });
        var texts = result.Messages.Select(m => m.Text).ToList();

        foreach (var candidate in result.Candidates)
        {
            var regex = PatternProposal.Compile(candidate.Pattern.Pattern);
            var matched = Enumerable.Range(0, texts.Count).Where(i => regex.IsMatch(texts[i])).ToList();
            var hits = matched.Count(candidate.Members.Contains);
            Assert.Equal((double)hits / matched.Count, candidate.Pattern.Precision, 12);
            Assert.Equal((double)hits / candidate.Size, candidate.Pattern.Recall, 12);
            Assert.True(candidate.Pattern.Recall >= 0.5, $"{candidate.Pattern.Pattern} recalls {candidate.Pattern.Recall}");
        }
    }

    [Fact]
    public void Precision_and_recall_count_what_the_pattern_matches()
    {
        string[] messages = ["hacen envíos a Monterrey", "envios a Puebla", "gracias", "¿el envío es gratis?"];

        var measured = PatternProposal.Measure(@"\benv[ií]os?\b", messages, new HashSet<int> { 0, 1 });

        Assert.Equal(3, measured.Matched);
        Assert.Equal(2.0 / 3, measured.Precision, 12);
        Assert.Equal(1.0, measured.Recall, 12);
    }

    [Fact]
    public async Task An_empty_set_and_a_single_message_get_a_clear_answer()
    {
        var empty = await Discoverer().DiscoverAsync([], new DiscoveryOptions());
        var one = await Discoverer().DiscoverAsync([new DiscoveryConversation("a", ["¿Hacen envíos a Monterrey?"])], new DiscoveryOptions { K = 3 });

        Assert.Equal("The conversation set is empty: nothing to group.", empty.Notice);
        Assert.Empty(empty.Candidates);
        Assert.Equal("There is one customer message to look at: nothing to group.", one.Notice);
        Assert.Empty(one.Candidates);
    }

    [Fact]
    public void A_csv_field_may_hold_quotes_commas_and_newlines()
    {
        var csv = "text,category\n\"hola,\nquiero vender\",sell\n\"dijo \"\"sí\"\"\",other\nsin comillas,other\n";

        var input = DiscoveryInputReader.ReadCsv(new StringReader(csv), "text", "category");

        Assert.Equal(["hola,\nquiero vender", "dijo \"sí\"", "sin comillas"], input.Conversations.Select(c => c.CustomerMessages.Single()));
        Assert.Equal(["sell", "other", "other"], input.Conversations.Select(c => c.Label));
    }

    [Fact]
    public void A_missing_csv_column_is_named()
    {
        var error = Assert.Throws<InvalidDataException>(() => DiscoveryInputReader.ReadCsv(new StringReader("utterance\nhola\n"), "text", null));

        Assert.Contains("'text'", error.Message);
    }
}
