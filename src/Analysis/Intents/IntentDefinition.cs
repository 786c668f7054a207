using System.Text.RegularExpressions;

namespace AgentSupport.Workbench.Analysis.Intents;

/// <summary>One intent of the configuration: the tool that would serve it, its effort (1–3) and its compiled pattern.</summary>
public sealed record IntentDefinition(string Name, string Tool, int Effort, Regex Pattern);
