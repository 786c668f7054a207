using AgentSupport.Prompts.Templates;
using AgentSupport.Prompts.Validation;
namespace AgentSupport.Prompts.Storage;

/// <summary>
/// What the store serves for one prompt after a scan of its folder. Replaced whole, never mutated,
/// so readers need no lock.
/// </summary>
/// <param name="Versions">Served versions: valid and matching the manifest.</param>
/// <param name="Labels">The last readable labels.json content.</param>
/// <param name="ServedLabels">Labels whose version is served.</param>
/// <param name="Adoptable">Valid version files not yet in the manifest; served once recorded.</param>
/// <param name="HighestVersionOnDisk">Highest version number among files and manifest, valid or not, so a new version never reuses a number.</param>
internal sealed record PromptState(
    string Id,
    IReadOnlyDictionary<int, PromptVersion> Versions,
    LabelsDocument Labels,
    bool LabelsReadable,
    IReadOnlyDictionary<string, int> ServedLabels,
    IReadOnlyDictionary<int, PromptVersion> Adoptable,
    int HighestVersionOnDisk,
    IReadOnlyList<PromptProblem> Problems);
