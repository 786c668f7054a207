using AgentSupport.Prompts.Storage;
using AgentSupport.Prompts.Templates;
using AgentSupport.Prompts.Tests.Support;
using AgentSupport.Prompts.Validation;
using AgentSupport.Prompts.Vocabulary;
namespace AgentSupport.Prompts.Tests.Shipped;

/// <summary>The production prompts in the repository's prompts/ folder. Store tests work on a copy: the real folder is never written.</summary>
public sealed class ShippedPromptTests : IDisposable
{
    private static readonly string[] PromptIds = ["customer-agent", "customer-simulator", "judge", "proposer"];

    private static readonly DateTimeOffset Tuesday = new(2025, 10, 28, 10, 50, 0, TimeSpan.FromHours(-6));

    private static readonly CustomerProfile Ana = new("Ana López", ["Nissan Versa 2019"], ["TCK-1042: inspección pendiente"]);

    private readonly TempPromptFolder _copy = new();
    private readonly FilePromptStore _store;

    public ShippedPromptTests()
    {
        RepositoryFiles.CopyPrompts(_copy.Root);
        _store = _copy.OpenStore();
    }

    public void Dispose()
    {
        _store.Dispose();
        _copy.Dispose();
    }

    public static TheoryData<string> VersionFiles()
    {
        var files = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(RepositoryFiles.Prompts, "*.scriban", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            files.Add(Path.GetRelativePath(RepositoryFiles.Prompts, file).Replace('\\', '/'));
        }

        return files;
    }

    [Theory]
    [MemberData(nameof(VersionFiles))]
    public void Every_shipped_version_file_is_valid(string file)
    {
        var promptId = file.Split('/')[0];
        Assert.True(PromptNames.TryParseVersionFileName(Path.GetFileName(file), out var version));

        var result = new PromptValidator(KnownTools.All).Validate(File.ReadAllBytes(Path.Combine(RepositoryFiles.Prompts, file)), file, promptId, version);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
    }

    [Fact]
    public void The_store_serves_every_shipped_prompt_in_production_with_recorded_hashes()
    {
        Assert.Empty(_store.Problems);
        Assert.Empty(_store.LastReload.Adopted);
        Assert.Equal(PromptIds, _store.ListPrompts());
        Assert.All(PromptIds, id => Assert.Equal(id is "proposer" or "customer-agent" ? 2 : 1, _store.Resolve(id).Number));
        Assert.Contains("\"policy\"", _store.Resolve("proposer").Body);
    }

    [Fact]
    public void Customer_agent_enables_all_nine_tools_with_the_default_policy()
    {
        var policy = _store.Resolve("customer-agent").Policy;

        Assert.Equal(KnownTools.All, policy.EnabledTools);
        Assert.Equal((6, 2, "amable"), (policy.MaxTurns, policy.EscalateAfterFailedTools, policy.DefaultTone));
        Assert.Equal(["es", "en"], policy.Languages);
    }

    [Fact]
    public void Customer_agent_speaks_the_conversation_language_and_knows_the_session_customer()
    {
        var agent = _store.Resolve("customer-agent");

        var spanish = agent.Render(new PromptVariables { Context = "service", Channel = "whatsapp", Language = "es", Customer = Ana, Now = Tuesday });
        var english = agent.Render(new PromptVariables { Context = "service", Channel = "whatsapp", Language = "en", Customer = Ana, Now = Tuesday });

        Assert.Contains("Eres el asistente de atención a clientes", spanish, StringComparison.Ordinal);
        Assert.Contains("martes 28 de octubre de 2025, 10:50", spanish, StringComparison.Ordinal);
        Assert.Contains("- Nombre: Ana López", spanish, StringComparison.Ordinal);
        Assert.Contains("TCK-1042: inspección pendiente", spanish, StringComparison.Ordinal);
        Assert.Contains("WhatsApp: mensajes breves", spanish, StringComparison.Ordinal);
        Assert.Contains("Después de 2 fallas de herramientas", spanish, StringComparison.Ordinal);
        Assert.Contains("- PayoutTracker: estado y fecha estimada del pago", spanish, StringComparison.Ordinal);
        Assert.Contains("You are the customer-service assistant", english, StringComparison.Ordinal);
        Assert.Contains("Tuesday, October 28, 2025, 10:50", english, StringComparison.Ordinal);
        Assert.Contains("Never reveal or confirm anything about other customers", english, StringComparison.Ordinal);
        Assert.DoesNotContain("Eres", english, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> ContextsByLanguage()
    {
        var cases = new TheoryData<string, string>();
        foreach (var context in ConversationVocabulary.Contexts.Values)
        {
            foreach (var language in ConversationVocabulary.Languages.Values) cases.Add(context, language);
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(ContextsByLanguage))]
    public void Customer_agent_has_guidance_of_its_own_for_every_context_the_product_accepts(string context, string language)
    {
        var agent = _store.Resolve("customer-agent");

        var text = agent.Render(new PromptVariables { Context = context, Language = language, Customer = Ana, Now = Tuesday });
        var unknown = agent.Render(new PromptVariables { Context = "no-such-context", Language = language, Customer = Ana, Now = Tuesday });

        Assert.NotEqual(unknown, text);
    }

    [Fact]
    public void Customer_agent_without_a_session_refuses_account_data_and_follows_tone_and_channel()
    {
        var text = _store.Resolve("customer-agent").Render(new PromptVariables { Context = "warranty", Tone = "formal", Channel = "telefono", Language = "es", Now = Tuesday });

        Assert.Contains("No hay una sesión iniciada. No consultes ni modifiques datos de ninguna cuenta.", text, StringComparison.Ordinal);
        Assert.Contains("- Trato: de usted.", text, StringComparison.Ordinal);
        Assert.Contains("Teléfono: tu texto se leerá en voz alta", text, StringComparison.Ordinal);
        Assert.Contains("Revisa la cobertura con tu herramienta", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Customer_agent_lists_only_the_enabled_tools_of_a_derived_version()
    {
        var agent = _store.Resolve("customer-agent");
        var reduced = _store.CreateVersion("customer-agent", new PromptEdit { Author = "tester", Policy = agent.Policy with { EnabledTools = ["PayoutTracker"] } });

        var text = reduced.Render(new PromptVariables { Language = "en", Customer = Ana, Now = Tuesday });

        Assert.Contains("- PayoutTracker:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("- OfferIn24:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("with Tickets", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Customer_simulator_plays_the_persona_and_ends_with_the_stop_marker()
    {
        var simulator = _store.Resolve("customer-simulator");

        var text = simulator.Render(new PromptVariables
        {
            Context = "service",
            Channel = "whatsapp",
            Language = "es",
            Customer = Ana,
            Now = Tuesday,
            Extra = new Dictionary<string, object?> { ["persona"] = "impaciente, escribe corto", ["goal"] = "saber cuándo le pagan" },
        });

        Assert.Equal("[[END]]", simulator.Policy.StopMarker);
        Assert.Contains("- Persona: impaciente, escribe corto", text, StringComparison.Ordinal);
        Assert.Contains("- Your goal: saber cuándo le pagan", text, StringComparison.Ordinal);
        Assert.Contains("Spanish from Mexico", text, StringComparison.Ordinal);
        Assert.Contains("end that message with [[END]]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_asks_for_the_verdict_json_and_embeds_transcript_and_evidence()
    {
        var judge = _store.Resolve("judge");

        var text = judge.Render(new PromptVariables
        {
            Context = "service",
            Channel = "email",
            Language = "en",
            Now = Tuesday,
            Extra = new Dictionary<string, object?> { ["goal"] = "payout date", ["transcript"] = "customer: when?\nagent: Friday", ["evidence"] = "PayoutTracker -> ETA Friday" },
        });

        Assert.Equal(PromptResponseFormat.Json, judge.Policy.ResponseFormat);
        Assert.Contains("{\"resolved\": true or false, \"csat\": number from 1 to 5, \"reasons\": [", text, StringComparison.Ordinal);
        Assert.Contains("<transcript>\ncustomer: when?\nagent: Friday\n</transcript>", text, StringComparison.Ordinal);
        Assert.Contains("PayoutTracker -> ETA Friday", text, StringComparison.Ordinal);
        Assert.Contains("- Customer's goal: payout date", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Proposer_asks_for_the_five_part_json_and_shows_template_syntax_literally()
    {
        var proposer = _store.Resolve("proposer");

        var text = proposer.Render(new PromptVariables
        {
            Language = "es",
            Now = Tuesday,
            Extra = new Dictionary<string, object?> { ["metrics"] = "{\"resolution_rate\": 0.61}", ["current_prompt"] = _store.Resolve("customer-agent").Source },
        });

        Assert.Equal(PromptResponseFormat.Json, proposer.Policy.ResponseFormat);
        foreach (var key in new[] { "\"prompt_changes\"", "\"system_patch\"", "\"user_patch\"", "\"rationale\"", "\"code_changes\"", "\"tools\"", "\"api_sketch\"", "\"effort_1_3\"", "\"evaluation_plan\"", "\"success_criteria\"", "\"risks\"" })
        {
            Assert.Contains(key, text, StringComparison.Ordinal);
        }

        Assert.Contains("{{ context }}, {{ tone }}, {{ channel }}", text, StringComparison.Ordinal);
        Assert.Contains("{\"resolution_rate\": 0.61}", text, StringComparison.Ordinal);
        Assert.Contains("(not provided)", text, StringComparison.Ordinal);
        Assert.Contains("enabled_tools: [OfferIn24,", text, StringComparison.Ordinal);
    }
}
