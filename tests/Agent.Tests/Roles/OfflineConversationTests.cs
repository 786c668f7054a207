using System.Text.Json;
using AgentSupport.Agent.Tests.Support;
using Xunit.Abstractions;

namespace AgentSupport.Agent.Tests.Roles;

/// <summary>
/// The Offline engine playing both sides on the sandbox with the shipped prompts: the simulated customer
/// pursues a goal over several turns, the agent serves it with real plugins, the judge scores the result.
/// </summary>
public sealed class OfflineConversationTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string PayoutGoalEs = "Vendiste tu auto con placas MZD-320-A y quieres saber cuándo te depositan el pago y si falta algo.";
    private const string PayoutGoalEn = "You sold your car with plate MZD-320-A and want to know when the payment will arrive and whether anything is missing.";
    private const string Patient = "Paciente y detallista: lee todo y pregunta hasta entender cada paso.";

    private readonly AgentTestHost _host = AgentTestHost.Offline();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("es", PayoutGoalEs, "MZD-320-A")]
    [InlineData("en", PayoutGoalEn, "MZD-320-A")]
    public async Task A_customer_asking_for_a_payout_gets_it_without_being_asked_for_the_plate(string language, string goal, string plate)
    {
        var agentPrompt = ShippedPrompts.Load("customer-agent");
        var heldBackThePlate = false;
        foreach (var seed in new[] { 1, 2, 3, 4 })
        {
            var conversation = await SandboxConversation.RunAsync(_host, agentPrompt, SandboxConversation.Ana, goal, Patient, language, seed);
            output.WriteLine($"--- seed {seed}\n{conversation}");

            Assert.True(conversation.CustomerEnded);
            Assert.Contains(conversation.ToolCalls, call => call is { Plugin: "PayoutTracker", Function: "get_payout_status", Succeeded: true });
            var agentLines = conversation.Transcript.Where(line => !line.FromCustomer).Select(line => line.Text).ToList();
            Assert.StartsWith(language == "es" ? "¡Hola!" : "Hi!", agentLines[0]);
            // Ana has one payout: the tracker finds it whether or not she said the plate, so the first reply is the answer.
            Assert.Contains(plate, agentLines[0]);
            Assert.Contains(language == "es" ? "faltan documentos" : "documents are missing", agentLines[0]);
            Assert.Single(agentLines);

            using var verdict = JsonDocument.Parse(await conversation.JudgeAsync(_host, goal, language));
            Assert.True(verdict.RootElement.GetProperty("resolved").GetBoolean(), verdict.RootElement.GetRawText());
            Assert.Equal(5, verdict.RootElement.GetProperty("csat").GetDouble());
            heldBackThePlate |= !conversation.Transcript[0].Text.Contains(plate, StringComparison.Ordinal);
        }

        Assert.True(heldBackThePlate, "some seeds make the customer leave the plate out of the first message");
    }

    [Fact]
    public async Task Without_the_payout_tool_the_same_scenarios_resolve_less()
    {
        var full = ShippedPrompts.Load("customer-agent");
        var withoutPayouts = ShippedPrompts.WithTools(full, full.Policy.EnabledTools.Where(tool => tool != "PayoutTracker"));

        var resolvedWith = await ResolvedCountAsync(full);
        var resolvedWithout = await ResolvedCountAsync(withoutPayouts);

        Assert.Equal(4, resolvedWith);
        Assert.Equal(0, resolvedWithout);
    }

    [Fact]
    public async Task A_prompt_that_leaves_out_the_customers_language_answers_in_its_own_and_the_judge_scores_it_lower()
    {
        var both = ShippedPrompts.Load("customer-agent");
        var englishOnly = ShippedPrompts.WithLanguages(both, ["en"]);

        var served = await SandboxConversation.RunAsync(_host, both, SandboxConversation.Ana, PayoutGoalEs, Patient, "es", seed: 1);
        var misserved = await SandboxConversation.RunAsync(_host, englishOnly, SandboxConversation.Ana, PayoutGoalEs, Patient, "es", seed: 1);
        output.WriteLine($"{served}\n{misserved}");
        using var servedVerdict = JsonDocument.Parse(await served.JudgeAsync(_host, PayoutGoalEs, "es"));
        using var misservedVerdict = JsonDocument.Parse(await misserved.JudgeAsync(_host, PayoutGoalEs, "es"));

        Assert.Contains("The payment of MXN 183,000", misserved.Transcript[1].Text);
        Assert.Contains("El pago de $183,000 MXN", served.Transcript[1].Text);
        Assert.True(misservedVerdict.RootElement.GetProperty("csat").GetDouble() <= servedVerdict.RootElement.GetProperty("csat").GetDouble() - 1);
        Assert.Contains(misservedVerdict.RootElement.GetProperty("reasons").EnumerateArray(), reason => reason.GetString()!.Contains("language", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_test_drive_is_booked_at_the_hub_the_customer_names()
    {
        var goal = "Quieres agendar una cita para una prueba de manejo en AgentSupport Hub Andares (Guadalajara) el miércoles 4 de junio a las 11:00.";

        var conversation = await SandboxConversation.RunAsync(_host, ShippedPrompts.Load("customer-agent"), SandboxConversation.Ana, goal, Patient, "es", seed: 3);
        output.WriteLine(conversation.ToString());

        Assert.Contains(conversation.ToolCalls, call => call is { Function: "book_appointment", Succeeded: true } && call.ArgumentsJson.Contains("gdl-andares") && call.ArgumentsJson.Contains("2025-06-04T11:00"));
        Assert.True(conversation.CustomerEnded);
    }

    private async Task<int> ResolvedCountAsync(Prompts.Templates.PromptVersion prompt)
    {
        var resolved = 0;
        foreach (var (seed, language, goal) in new[] { (1, "es", PayoutGoalEs), (2, "es", PayoutGoalEs), (3, "en", PayoutGoalEn), (4, "en", PayoutGoalEn) })
        {
            var conversation = await SandboxConversation.RunAsync(_host, prompt, SandboxConversation.Ana, goal, Patient, language, seed);
            output.WriteLine($"--- v{prompt.Number} seed {seed}\n{conversation}");
            using var verdict = JsonDocument.Parse(await conversation.JudgeAsync(_host, goal, language));
            resolved += verdict.RootElement.GetProperty("resolved").GetBoolean() ? 1 : 0;
        }

        return resolved;
    }
}
