using System.CommandLine;
using AgentSupport.Workbench.Analysis.CommandLine;
using AgentSupport.Workbench.Loop.Runs;

namespace AgentSupport.Workbench.Cli;

/// <summary>
/// <c>run --dataset f</c>: the whole loop on a conversation file (analyse, propose, approve when asked to, regenerate
/// and judge both versions, compare) with a progress bar, writing the run's files; <c>run --resume id</c> continues a
/// run that stopped (awaiting approval, cancelled, crashed or failed). <c>propose</c> is the same up to the proposal.
/// </summary>
internal static class RunCommand
{
    public static Command Create() => Build(new Command("run", "Run the loop on a conversation file: analyse, propose, approve (--auto-approve), regenerate, judge, compare, export."), untilProposal: false);

    public static Command CreatePropose() => Build(new Command("propose", "Analyse a conversation file and ask the proposer for prompt and tool changes; the run then awaits approval."), untilProposal: true);

    private static Command Build(Command command, bool untilProposal)
    {
        var dataset = new Option<string?>("--dataset") { Description = "JSONL conversations to learn from (seed or roles dialect)." };
        var resume = new Option<string?>("--resume") { Description = "Continue this run instead of starting one." };
        var perContext = new Option<int>("--per-context") { Description = "Scenarios per context, 1 to 10.", DefaultValueFactory = _ => 3, CustomParser = OptionParsers.Integer(1, 10) };
        var parallelism = new Option<int>("--parallelism") { Description = "Conversations held at once, 1 to 16.", DefaultValueFactory = _ => 8, CustomParser = OptionParsers.Integer(1, 16) };
        var retries = new Option<int>("--retries") { Description = "Re-runs of a failed conversation, 1 to 8.", DefaultValueFactory = _ => 3, CustomParser = OptionParsers.Integer(1, 8) };
        var temperature = new Option<double>("--temperature") { Description = "Sampling temperature of agent and simulated customer, 0 to 1.5.", DefaultValueFactory = _ => 0.7, CustomParser = OptionParsers.Number(0, 1.5) };
        var seed = new Option<int>("--seed") { Description = "Seed of the scenarios and conversations.", DefaultValueFactory = _ => 42, CustomParser = OptionParsers.Integer(0, int.MaxValue) };
        var baselineVersion = new Option<int?>("--baseline-version") { Description = "Agent prompt version to improve and compare against (default: production).", CustomParser = r => OptionParsers.Integer(1, int.MaxValue)(r) };
        var language = new Option<string>("--language") { Description = "Language of the proposal's texts.", DefaultValueFactory = _ => "es" };
        language.AcceptOnlyFromAmong("es", "en");
        var autoApprove = new Option<bool>("--auto-approve") { Description = "Approve the proposal as it comes instead of stopping for review." };
        var (prompts, output, by) = (LoopOptions.Prompts(), LoopOptions.Out(), LoopOptions.By());
        foreach (var option in new Option[] { dataset, resume, perContext, parallelism, retries, temperature, seed, baselineVersion, language, prompts, output })
        {
            command.Add(option);
        }

        if (!untilProposal)
        {
            command.Add(autoApprove);
            command.Add(by);
        }

        command.SetAction(async (parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var (file, resumeId) = (parse.GetValue(dataset), parse.GetValue(resume));
            if ((file is null) == (resumeId is null))
            {
                await error.WriteLineAsync($"{command.Name}: give either --dataset <file> or --resume <run id>.");
                return ExitCodes.InputError;
            }

            if (file is not null && !File.Exists(file))
            {
                await error.WriteLineAsync($"{command.Name}: file not found: {file}");
                return ExitCodes.InputError;
            }

            var parameters = new RunParameters
            {
                Dataset = file is null ? "" : Path.GetFileName(file),
                BaselineVersion = parse.GetValue(baselineVersion),
                PerContext = parse.GetValue(perContext),
                Parallelism = parse.GetValue(parallelism),
                Retries = parse.GetValue(retries),
                Temperature = (float)parse.GetValue(temperature),
                Seed = parse.GetValue(seed),
                ProposalLanguage = parse.GetValue(language)!,
            };
            var approver = !untilProposal && parse.GetValue(autoApprove) ? $"{parse.GetValue(by)} (auto-approve)" : null;
            return await LoopCommand.RunAsync(parse, command.Name, parse.GetValue(prompts), parse.GetValue(output)!, async (host, progress) =>
            {
                var runId = resumeId;
                if (file is not null)
                {
                    var analysis = await host.Loop.Analyzer.AnalyzeFileAsync(file, cancellationToken: cancellationToken);
                    if (analysis.Result.NValid == 0)
                    {
                        throw new InvalidDataException($"no valid conversation in {file} ({analysis.Result.NBadLines} bad lines)");
                    }

                    runId = (await host.Loop.StartAsync(analysis, parameters, cancellationToken)).Id;
                }

                return untilProposal
                    ? await host.Loop.ProposeAsync(runId!, cancellationToken)
                    : await host.Loop.ContinueAsync(runId!, approver, progress, cancellationToken);
            }, cancellationToken);
        });
        return command;
    }
}
