using System.CommandLine;
using AgentSupport.Plugins.Catalog;
using AgentSupport.Prompts;
using AgentSupport.Prompts.Diffing;
using AgentSupport.Prompts.Storage;
using AgentSupport.Workbench.Analysis.CommandLine;

namespace AgentSupport.Workbench.Cli;

/// <summary>
/// <c>prompts validate</c> and <c>prompts diff</c>: what a prompt engineer runs after adding a version
/// file in git, before opening a pull request.
/// </summary>
internal static class PromptsCommand
{
    public static Command Create()
    {
        var prompts = LoopOptions.Prompts();
        var validate = new Command("validate", "Load every prompt version and label; list each problem with file, line and column.") { prompts };
        validate.SetAction(parse => Validate(parse.GetValue(prompts), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));

        var id = new Argument<string>("prompt") { Description = "Prompt id, e.g. customer-agent." };
        var from = new Argument<int>("from") { Description = "Old version number." };
        var to = new Argument<int>("to") { Description = "New version number." };
        var diffPrompts = LoopOptions.Prompts();
        var diff = new Command("diff", "Unified line diff between two versions of a prompt.") { id, from, to, diffPrompts };
        diff.SetAction(parse => Diff(parse.GetValue(diffPrompts), parse.GetRequiredValue(id), parse.GetValue(from), parse.GetValue(to),
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));

        return new Command("prompts", "Validate and compare prompt versions.") { validate, diff };
    }

    private static int Validate(string? folder, TextWriter output, TextWriter error)
    {
        using var store = Open(folder);
        foreach (var promptId in store.ListPrompts())
        {
            var labels = string.Join(", ", store.ListLabels(promptId).Select(l => $"{l.Name} → v{l.Version}{(l.IsServed ? "" : " (not served)")}"));
            output.WriteLine($"{promptId}: {store.ListVersions(promptId).Count} version(s); {labels}");
        }
        foreach (var problem in store.Problems) error.WriteLine(problem);
        output.WriteLine(store.Problems.Count == 0 ? "All prompts are valid." : $"{store.Problems.Count} problem(s).");
        return store.Problems.Count == 0 ? ExitCodes.Success : ExitCodes.InputError;
    }

    private static int Diff(string? folder, string promptId, int from, int to, TextWriter output, TextWriter error)
    {
        using var store = Open(folder);
        try
        {
            output.Write(UnifiedDiffRenderer.Render(store.Diff(promptId, from, to)));
            return ExitCodes.Success;
        }
        catch (PromptNotFoundException ex)
        {
            error.WriteLine(ex.Message);
            return ExitCodes.InputError;
        }
    }

    private static FilePromptStore Open(string? folder) =>
        new(new PromptStoreOptions { RootPath = LoopHost.FindPrompts(folder), KnownTools = PluginCatalog.Names });
}
