using System.Text;
using AgentSupport.Workbench.Analysis;
using AgentSupport.Workbench.Analysis.Intents;
using static AgentSupport.Workbench.Tests.Support.Jsonl;

namespace AgentSupport.Workbench.Tests.Analysis;

public sealed class IntentMatchingTests
{
    private static AnalysisSettings Mode(IntentMode mode) => new() { Intents = IntentCatalog.Default(mode) };

    private static async Task<IReadOnlyDictionary<string, long>> IntentsAsync(IntentMode mode, params string[] lines) =>
        (await AnalyzeAsync(string.Join('\n', lines), Mode(mode))).Result.Intents;

    [Fact]
    public async Task Solicita_is_no_appointment_in_words_mode_but_is_one_in_seed_mode()
    {
        var line = Line(Dialect.Seed, "s", transcript: [CustomerSays("El cliente solicita información del auto")]);

        Assert.Equal(0, (await IntentsAsync(IntentMode.Words, line))["appointment"]);
        Assert.Equal(1, (await IntentsAsync(IntentMode.Seed, line))["appointment"]);
    }

    [Theory]
    [InlineData(Dialect.Seed)]
    [InlineData(Dialect.Roles)]
    public async Task Only_customer_messages_count_and_matching_ignores_case(Dialect dialect)
    {
        var intents = await IntentsAsync(
            IntentMode.Words,
            Line(dialect, "a", transcript: [CustomerSays("QUIERO LA OFERTA EN 24 HORAS"), AgentSays("Sobre tu garantía y tu crédito…")]),
            Line(dialect, "b", transcript: [AgentSays("¿Agendamos una cita?"), CustomerSays("¿Cuándo llega mi pago?")]));

        Assert.Equal(1, intents["offer_24h"]);
        Assert.Equal(1, intents["payment_status"]);
        Assert.Equal(0, intents["warranty_claim"]);
        Assert.Equal(0, intents["credit_prequal"]);
        Assert.Equal(0, intents["appointment"]);
    }

    [Theory]
    [InlineData(IntentMode.Words)]
    [InlineData(IntentMode.Seed)]
    public async Task Each_message_is_matched_on_its_own_so_a_pattern_never_spans_two_messages(IntentMode mode)
    {
        var intents = await IntentsAsync(
            mode,
            Line(Dialect.Seed, "a", transcript: [CustomerSays("Vi la oferta"), CustomerSays("¿en 24 horas?")]),
            Line(Dialect.Seed, "b", transcript: [CustomerSays("Quiero la oferta en 24 horas")]));

        Assert.Equal(1, intents["offer_24h"]);
    }

    [Fact]
    public async Task Accented_and_unaccented_spellings_both_match_the_default_patterns()
    {
        var intents = await IntentsAsync(
            IntentMode.Words,
            Line(Dialect.Seed, "a", transcript: [CustomerSays("necesito el estado de la inspeccion")]),
            Line(Dialect.Seed, "b", transcript: [CustomerSays("¿Cómo va la EVALUACIÓN MECÁNICA?")]),
            Line(Dialect.Seed, "c", transcript: [CustomerSays("status of my evaluation please")]));

        Assert.Equal(3, intents["status_eval"]);
    }

    [Fact]
    public async Task The_text_field_is_used_when_it_is_a_string_else_content()
    {
        var intents = await IntentsAsync(
            IntentMode.Words,
            """{"meta": {"conversation_id": "a"}, "transcript": [{"speaker": "cliente", "text": "mi garantía", "content": "mi crédito"}]}""",
            """{"meta": {"conversation_id": "b"}, "transcript": [{"speaker": "cliente", "text": null, "content": "mi crédito"}]}""",
            """{"meta": {"conversation_id": "c"}, "transcript": [{"role": "Customer", "content": "mi pago"}, {"speaker": "Cliente", "text": "mi pago"}]}""");

        Assert.Equal(1, intents["warranty_claim"]);
        Assert.Equal(1, intents["credit_prequal"]);
        Assert.Equal(0, intents["payment_status"]);
    }

    [Fact]
    public async Task Escaped_text_is_decoded_before_matching()
    {
        var intents = await IntentsAsync(
            IntentMode.Words,
            """{"meta": {"conversation_id": "a"}, "transcript": [{"speaker": "clien\u0074e", "text": "la garant\u00eda y la evaluaci\u00f3n mec\u00e1nica\nfin"}]}""");

        Assert.Equal(1, intents["warranty_claim"]);
        Assert.Equal(1, intents["status_eval"]);
    }

    [Fact]
    public async Task Patterns_that_look_around_their_match_still_see_one_message_at_a_time()
    {
        var settings = new AnalysisSettings { Intents = Catalog(("anchored", "^hola"), ("spanning", @"fin\s+inicio"), ("inside", @"oferta\s+24"), ("behind", @"(?<!mi\s)pago")) };
        var report = await AnalyzeAsync(
            string.Join('\n',
                Line(Dialect.Seed, "a", transcript: [CustomerSays("buenas"), CustomerSays("hola otra vez")]),
                Line(Dialect.Seed, "b", transcript: [CustomerSays("es el fin"), CustomerSays("inicio de algo")]),
                Line(Dialect.Seed, "c", transcript: [CustomerSays("la oferta\n24 horas"), CustomerSays("x")]),
                Line(Dialect.Seed, "d", transcript: [CustomerSays("mi"), CustomerSays("pago")])),
            settings);

        Assert.Equal(1, report.Result.Intents["anchored"]);
        Assert.Equal(0, report.Result.Intents["spanning"]);
        Assert.Equal(1, report.Result.Intents["inside"]);
        Assert.Equal(1, report.Result.Intents["behind"]);
    }

    [Fact]
    public async Task A_match_running_from_one_conversation_into_the_next_counts_for_neither_and_hides_no_match()
    {
        // Joined, "x a\nb" matches "a\s+b" across the two conversations; alone, only the second matches (by "b").
        var settings = new AnalysisSettings { Intents = Catalog(("ab", @"a\s+b|\bb\b")) };
        var report = await AnalyzeAsync(
            string.Join('\n',
                Line(Dialect.Seed, "first", transcript: [CustomerSays("x a")]),
                Line(Dialect.Roles, "second", transcript: [CustomerSays("b"), AgentSays("a b")]),
                Line(Dialect.Seed, "third", transcript: [CustomerSays("nada")])),
            settings with { WorstPerIntent = 5 });

        Assert.Equal(1, report.Result.Intents["ab"]);
        Assert.Equal(["second"], report.WorstConversations["ab"].Select(w => w.ConversationId));
    }

    [Fact]
    public async Task A_pattern_that_matches_empty_text_is_credited_only_to_conversations_with_customer_messages()
    {
        var settings = new AnalysisSettings { Intents = Catalog(("anything", "z*")) };

        var agentOnly = await AnalyzeAsync(Line(Dialect.Seed, "a", transcript: [AgentSays("hola")]), settings);
        var mixed = await AnalyzeAsync(
            string.Join('\n', Line(Dialect.Seed, "a", transcript: [AgentSays("hola")]), Line(Dialect.Seed, "b", transcript: [CustomerSays("")])),
            settings);

        Assert.Equal(0, agentOnly.Result.Intents["anything"]);
        Assert.Equal(1, mixed.Result.Intents["anything"]);
    }

    [Theory]
    [InlineData(@"\b(citas?|agendar)\b", true)]
    [InlineData(@"[^a-z]pago", true)]
    [InlineData("^hola", false)]
    [InlineData("adios$", false)]
    [InlineData(@"\Ahola", false)]
    [InlineData("(?=x)y", false)]
    [InlineData("(?<!mi )pago", false)]
    [InlineData(@"\[^x", false)]
    [InlineData("a[b^]", false)]
    public void Only_patterns_blind_to_their_surroundings_are_matched_on_the_joined_messages(string pattern, bool joinSafe) =>
        Assert.Equal(joinSafe, IntentCatalog.IsJoinSafe(pattern));

    private static IntentCatalog Catalog(params (string Name, string Pattern)[] intents)
    {
        var entries = intents.Select(i => $$$"""{"name": {{{Quote(i.Name)}}}, "tool": "t", "effort": 1, "patterns": {"words": {{{Quote(i.Pattern)}}}}}""");
        var json = $$"""{"intents": [{{string.Join(", ", entries)}}]}""";
        return IntentCatalog.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json)), IntentMode.Words, "test");
    }
}
