using System.ComponentModel;
using AgentSupport.Plugins.Common;
using Microsoft.SemanticKernel;

namespace AgentSupport.Agent.Tests.Offline.TenthPlugin;

/// <summary>A tenth plugin, as a developer would add one: a small sealed class with described kernel functions.</summary>
public sealed class RoadsideAssistancePlugin
{
    public const string Name = "RoadsideAssistance";
    public const string RequestTow = "request_tow";

    public List<string?> Requests { get; } = [];

    [KernelFunction(RequestTow)]
    [Description("Sends a tow truck to the signed-in customer's car and returns the dispatch number and the arrival estimate.")]
    public ToolResult<TowDispatched> RequestTowAsync([Description("Licence plate of the car, when the customer gave it.")] string? plate = null)
    {
        Requests.Add(plate);
        return new TowDispatched($"TOW-{Requests.Count:000}", 45);
    }
}

public sealed record TowDispatched(string DispatchNumber, int MinutesAway);
