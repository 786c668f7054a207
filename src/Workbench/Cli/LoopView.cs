using AgentSupport.Workbench.Loop.Proposals;
using AgentSupport.Workbench.Loop.Runs;
using Spectre.Console;

namespace AgentSupport.Workbench.Cli;

/// <summary>How the loop commands show a run: where it stands, the proposal to review, the comparison.</summary>
internal static class LoopView
{
    public static void Render(IAnsiConsole console, RunRecord run, string folder)
    {
        console.MarkupLine($"Run [bold]{Markup.Escape(run.Id)}[/]: {Markup.Escape(Status(run))}; prompt {Markup.Escape(run.Parameters.PromptId)} baseline v{run.Prompts.Baseline}"
            + (run.Prompts.Candidate is { } candidate ? $", candidate v{candidate}" : "") + $"; model {Markup.Escape(run.Model.ModelId)}.");
        if (run.Status == RunStatus.AwaitingApproval && run.ProposalResponse is { } response)
        {
            RenderProposal(console, ProposalJson.Deserialize(response.ToJsonString())!);
            console.MarkupLine($"Review [bold]{Markup.Escape(Path.Combine(folder, ProposalJson.FileName))}[/] (edit prompt_changes if needed), then run: "
                + $"[bold]approve --run {Markup.Escape(run.Id)} --changes <file>[/] (or without --changes to take it as proposed).");
        }

        if (run.Comparison is { } comparison)
        {
            ComparisonView.Render(console, comparison);
        }

        console.MarkupLine($"Files: {Markup.Escape(folder)}");
    }

    public static void RenderProposal(IAnsiConsole console, Proposal proposal)
    {
        var changes = proposal.PromptChanges;
        console.Write(new Rule("[bold]Proposal[/]").LeftJustified());
        console.MarkupLine($"[bold]Rationale:[/] {Markup.Escape(changes.Rationale)}");
        if (changes.Policy is { } policy)
        {
            var knobs = new List<string>();
            if (policy.EnabledTools is { } tools)
            {
                knobs.Add($"enabled_tools: [{string.Join(", ", tools)}]");
            }

            if (policy.MaxTurns is { } maxTurns)
            {
                knobs.Add($"max_turns: {maxTurns}");
            }

            if (policy.EscalateAfterFailedTools is { } escalate)
            {
                knobs.Add($"escalate_after_failed_tools: {escalate}");
            }

            if (policy.DefaultTone is { } tone)
            {
                knobs.Add($"default_tone: {tone}");
            }

            if (policy.Languages is { } languages)
            {
                knobs.Add($"languages: [{string.Join(", ", languages)}]");
            }

            console.MarkupLine($"[bold]Policy:[/] {Markup.Escape(string.Join("; ", knobs))}");
        }

        console.MarkupLine($"[bold]System patch:[/] {(changes.SystemPatch.Length == 0 ? "none (body kept)" : $"{changes.SystemPatch.Split('\n').Length} lines")}");
        if (changes.UserPatch.Length > 0)
        {
            console.MarkupLine($"[bold]User patch:[/]\n{Markup.Escape(changes.UserPatch)}");
        }

        console.MarkupLine($"[bold]Tools:[/] {Markup.Escape(string.Join(", ", proposal.Tools.Select(t => $"{t.Name} (effort {t.Effort})")))}");
        console.MarkupLine($"[bold]Code changes:[/] {proposal.CodeChanges.Count}; [bold]risks:[/] {proposal.Risks.Count}");
    }

    /// <summary>A progress bar over the conversations when the output is a terminal, step lines otherwise.</summary>
    public static async Task<T> WithProgressAsync<T>(IAnsiConsole console, bool terminal, Func<IProgress<LoopProgress>, Task<T>> work)
    {
        if (!terminal)
        {
            var last = default(RunStatus?);
            return await work(new InlineProgress<LoopProgress>(p =>
            {
                if (p.Step != last)
                {
                    last = p.Step;
                    console.WriteLine(p.Description + " …");
                }
            }));
        }

        return await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Starting", maxValue: 1);
                var result = await work(new InlineProgress<LoopProgress>(p =>
                {
                    task.Description = Markup.Escape(p.Conversations is { } c ? $"{p.Description} ({c.Completed}/{c.Total}, {c.Failed} failed)" : p.Description);
                    if (p.Conversations is { } conversations)
                    {
                        task.MaxValue = conversations.Total;
                        task.Value = conversations.Completed;
                    }
                }));
                task.Value = task.MaxValue;
                return result;
            });
    }

    private static string Status(RunRecord run) => run.Status == RunStatus.Failed ? $"failed ({run.Failure})" : run.Status.Describe();
}
