using System.Text.Json;
using AgentSupport.Plugins.Catalog;
using AgentSupport.Plugins.Common;
using AgentSupport.Plugins.Credit;
using AgentSupport.Plugins.Inspections;
using AgentSupport.Plugins.Offers;
using AgentSupport.Plugins.Sandbox;
using AgentSupport.Plugins.Tests.Support;
using AgentSupport.Plugins.Tickets;
using Microsoft.SemanticKernel;

namespace AgentSupport.Plugins.Tests.Catalog;

/// <summary>Functions invoked by name through a real kernel, with arguments as a model would send them.</summary>
public sealed class KernelInvocationTests
{
    private readonly InMemorySandbox _sandbox = Scenario.NewSandbox();
    private readonly Kernel _kernel;

    public KernelInvocationTests()
    {
        var services = Scenario.Services(_sandbox, Scenario.Ana, "conv-kernel");
        _kernel = new Kernel(services);
        _kernel.Plugins.AddEnabled(PluginCatalog.Names, services);
    }

    [Fact]
    public async Task Binds_string_arguments_to_typed_parameters()
    {
        var result = await _kernel.InvokeAsync("OfferIn24", "quote_offer_for_described_car", new KernelArguments
        {
            ["make"] = "Nissan",
            ["model"] = "Versa",
            ["year"] = "2021",
            ["km"] = "60000",
            ["condition"] = "good",
        });

        var quote = result.GetValue<ToolResult<OfferQuote>>()!.AssertOk();
        Assert.Equal(2021, quote.Year);
        Assert.Equal(60_000, quote.Km);
    }

    [Fact]
    public async Task Optional_parameters_may_be_left_out()
    {
        var result = await _kernel.InvokeAsync("InspectionRescheduler", "reschedule_inspection", new KernelArguments { ["newStart"] = "2025-06-05T12:00" });

        Assert.Equal("INS-2001", result.GetValue<ToolResult<InspectionRescheduled>>()!.AssertOk().InspectionId);
        Assert.Single(_sandbox.Snapshot().EffectsOf(SandboxEffectKind.InspectionMoved));
    }

    [Fact]
    public async Task Json_and_string_arguments_bind_to_decimals()
    {
        var result = await _kernel.InvokeAsync("CreditPrequalification", "simulate_credit", new KernelArguments
        {
            ["monthlyIncome"] = JsonDocument.Parse("30000").RootElement,
            ["downPayment"] = "60000",
            ["carPrice"] = 300000m,
            ["termMonths"] = 48,
        });

        Assert.Equal(6_667.22m, result.GetValue<ToolResult<CreditSimulation>>()!.AssertOk().MonthlyPaymentMxn);
    }

    [Fact]
    public async Task The_model_reads_a_success_as_json_with_snake_case_enums()
    {
        var result = await _kernel.InvokeAsync("InspectionStatus", "get_inspection_status", new KernelArguments { ["plate"] = "JTA-518-B" });

        var json = JsonSerializer.Serialize(result.GetValue<object>());

        Assert.StartsWith("{\"Ok\":true,\"Value\":", json);
        Assert.Contains("\"Stage\":\"scheduled\"", json);
        Assert.DoesNotContain("\"Error\"", json);
    }

    [Fact]
    public async Task The_model_reads_an_error_as_json_with_code_and_message()
    {
        var result = await _kernel.InvokeAsync("PayoutTracker", "get_payout_status", new KernelArguments { ["plate"] = "AVO-118-E" });

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(result.GetValue<object>()));

        Assert.False(json.RootElement.GetProperty("Ok").GetBoolean());
        Assert.Equal("not_found", json.RootElement.GetProperty("Error").GetProperty("Code").GetString());
        Assert.False(json.RootElement.TryGetProperty("Value", out _));
    }

    [Fact]
    public async Task Escalation_through_the_kernel_uses_the_conversation_of_the_context()
    {
        await _kernel.InvokeAsync("Tickets", "escalate_to_human", new KernelArguments { ["reason"] = "Customer asks for a person." });

        var ticket = _sandbox.Snapshot().Customer(Scenario.Ana).Tickets.Single(t => t.Request.ConversationId == "conv-kernel");
        Assert.Equal(TicketStatus.Escalated, ticket.Status);
    }

    [Fact]
    public async Task Kernels_built_one_after_the_other_act_each_for_their_own_customer()
    {
        var bruno = new Kernel(Scenario.Services(_sandbox, Scenario.Bruno, "conv-bruno"));
        bruno.Plugins.AddEnabled(PluginCatalog.Names, bruno.Services);
        var arguments = new KernelArguments { ["plate"] = "HND-417-C" };

        var asAna = await _kernel.InvokeAsync("InspectionStatus", "get_inspection_status", arguments);
        var asBruno = await bruno.InvokeAsync("InspectionStatus", "get_inspection_status", arguments);

        asAna.GetValue<ToolResult<InspectionStatusReport>>()!.AssertError(ToolErrorCodes.NotFound);
        asBruno.GetValue<ToolResult<InspectionStatusReport>>()!.AssertOk();
    }

    [Fact]
    public void Functions_are_described_as_the_kernel_reads_them_from_the_class()
    {
        foreach (var entry in PluginCatalog.Entries)
        {
            var ours = entry.CreatePlugin(_kernel.Services);
            var kernels = KernelPluginFactory.CreateFromType(entry.PluginType, entry.Name, _kernel.Services);

            Assert.Equal(kernels.Select(Described).Order(StringComparer.Ordinal), ours.Select(Described).Order(StringComparer.Ordinal));
        }
    }

    /// <summary>A function as the model is offered it, and what it returns.</summary>
    private static string Described(KernelFunction function) =>
        $"{function.Name} {function.Description} {function.JsonSchema.GetRawText()} -> {function.Metadata.ReturnParameter.ParameterType} {function.Metadata.ReturnParameter.Description}";
}
