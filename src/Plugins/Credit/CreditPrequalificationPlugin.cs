using System.ComponentModel;
using AgentSupport.Plugins.Common;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel;

namespace AgentSupport.Plugins.Credit;

/// <summary>CreditPrequalification: simulates a car loan for the customer's numbers. It reads and stores nothing.</summary>
public sealed class CreditPrequalificationPlugin(ILogger<CreditPrequalificationPlugin>? logger = null)
{
    /// <summary>The plugin's name in the catalog and in prompts' <c>enabled_tools</c>.</summary>
    public const string Name = "CreditPrequalification";

    /// <summary>The intent of the intents table this plugin serves.</summary>
    public const string Intent = "credit_prequal";

    public const string SimulateCredit = "simulate_credit";

    private readonly ILogger _logger = logger ?? NullLogger<CreditPrequalificationPlugin>.Instance;

    [KernelFunction(SimulateCredit)]
    [Description("Simulates a car-loan pre-qualification (not a final credit decision) from the customer's numbers, all in MXN. " +
                 "Rules: term 12 to 72 months; down payment at least 10% of the price; financed amount 50,000 to 1,500,000; " +
                 "risk band by down payment share: A (30%+) 12.9% a year, B (20%+) 14.9%, C (10%+) 17.9%, plus 1 point for terms over 48 months; " +
                 "fixed-rate equal monthly payments; refused if the payment exceeds 35% of monthly income, in which case the error says " +
                 "the down payment that would qualify. Returns band, annual rate, monthly payment, total paid and total interest.")]
    public Task<ToolResult<CreditSimulation>> SimulateCreditAsync(
        [Description("Customer's net monthly income in MXN.")] decimal monthlyIncome,
        [Description("Down payment (enganche) in MXN; 0 if none.")] decimal downPayment,
        [Description("Price of the car in MXN.")] decimal carPrice,
        [Description("Loan term in months, 12 to 72.")] int termMonths,
        CancellationToken cancellationToken = default) =>
        PluginGuard.RunAsync(_logger, () => Task.FromResult(CreditPolicy.Simulate(monthlyIncome, downPayment, carPrice, termMonths)), cancellationToken);
}
