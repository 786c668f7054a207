using AgentSupport.Prompts.Templates;
namespace AgentSupport.Prompts;

/// <summary>
/// The read side of the prompt store: what the agent, the simulator and the judge need to get a
/// renderable prompt version.
/// </summary>
public interface IPromptCatalog
{
    /// <summary>The version a label points at.</summary>
    /// <exception cref="PromptNotFoundException">The prompt or label does not exist, or the label points at a version that is not served.</exception>
    PromptVersion Resolve(string promptId, string label = PromptLabels.Production);

    /// <summary>One version by number.</summary>
    /// <exception cref="PromptNotFoundException">The version does not exist or is not served (invalid or tampered).</exception>
    PromptVersion Get(string promptId, int version);
}
