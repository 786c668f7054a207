using System.ComponentModel.DataAnnotations;

namespace AgentSupport.Web.Experiments;

public sealed class ExperimentOptions
{
    public const string SectionName = "Experiments";

    /// <summary>Chance that an experiment between two equal versions decides anything (rolls back or offers promotion).</summary>
    [Range(0.001, 0.2)]
    public double Alpha { get; set; } = 0.05;

    /// <summary>The difference in resolution or satisfied share the dashboard sizes experiments for.</summary>
    [Range(0.01, 0.5)]
    public double MinimumEffect { get; set; } = 0.10;

    /// <summary>Outcomes each arm needs before the rule looks at a metric.</summary>
    [Range(5, 10_000)]
    public int MinimumPerArm { get; set; } = 20;
}
