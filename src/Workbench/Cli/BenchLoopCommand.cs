using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using AgentSupport.Plugins.Catalog;
using AgentSupport.Prompts.Storage;
using AgentSupport.Workbench.Analysis.CommandLine;
using AgentSupport.Workbench.Loop.Benchmark;
using AgentSupport.Workbench.Loop.Regeneration;
using Spectre.Console;

namespace AgentSupport.Workbench.Cli;

/// <summary>
/// <c>bench-loop</c>: regenerates a scenario set against an in-process OpenAI-compatible fake model that is slow and
/// refuses a share of calls (429 or 500), and prints the wall time measured against the ideal and the conversations lost.
/// </summary>
internal static class BenchLoopCommand
{
    /// <summary>The target of the reliability benchmark: wall time within 15 % of the ideal.</summary>
    public const double TargetRatio = 1.15;

    private static readonly LoopBenchmarkOptions Defaults = new();

    public static Command Create()
    {
        var latency = new Option<int>("--latency-ms")
        {
            HelpName = "ms",
            Description = "Latency of every fake model call, in milliseconds.",
            DefaultValueFactory = _ => (int)Defaults.Latency.TotalMilliseconds,
            CustomParser = OptionParsers.Integer(0, 60_000),
        };
        var faultRate = new Option<double>("--fault-rate")
        {
            HelpName = "share",
            Description = "Share of calls answered 429 (Retry-After: 0) or 500, 0 to 0.5.",
            DefaultValueFactory = _ => Defaults.FaultRate,
            CustomParser = OptionParsers.Number(0, 0.5),
        };
        var parallelism = new Option<int>("--parallelism")
        {
            HelpName = "n",
            Description = "Conversations held at once, 1 to 16.",
            DefaultValueFactory = _ => Defaults.Parallelism,
            CustomParser = OptionParsers.Integer(1, 16),
        };
        var conversations = new Option<int>("--conversations")
        {
            HelpName = "n",
            Description = $"Conversations to hold: an even number (baseline and candidate of each scenario), 2 to {LoopBenchmarkOptions.MaxConversations}.",
            DefaultValueFactory = _ => Defaults.Conversations,
            CustomParser = EvenConversations,
        };
        var seed = new Option<int>("--seed")
        {
            Description = "Draws the scenarios and places the faults.",
            DefaultValueFactory = _ => Defaults.Seed,
            CustomParser = OptionParsers.Integer(int.MinValue, int.MaxValue),
        };
        var prompts = LoopOptions.Prompts();
        prompts.Description = "Prompts folder (default: ./prompts, or the one beside AgentSupport.sln); only read.";
        var command = new Command("bench-loop", "Measure regeneration against a slow, faulty OpenAI-compatible fake model: wall time against the ideal, conversations lost.")
        {
            latency, faultRate, parallelism, conversations, seed, prompts,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(parse, new LoopBenchmarkOptions
        {
            Latency = TimeSpan.FromMilliseconds(parse.GetValue(latency)),
            FaultRate = parse.GetValue(faultRate),
            Parallelism = parse.GetValue(parallelism),
            Conversations = parse.GetValue(conversations),
            Seed = parse.GetValue(seed),
        }, parse.GetValue(prompts), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, LoopBenchmarkOptions options, string? promptsPath, CancellationToken cancellationToken)
    {
        var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
        FilePromptStore store;
        try
        {
            store = new FilePromptStore(new PromptStoreOptions { RootPath = LoopHost.FindPrompts(promptsPath), KnownTools = PluginCatalog.Names });
        }
        catch (DirectoryNotFoundException ex)
        {
            await error.WriteLineAsync($"bench-loop: {ex.Message}");
            return ExitCodes.InputError;
        }

        using (store)
        {
            var console = CliConsole.For(output);
            var result = await WithProgressAsync(console, CliConsole.IsTerminal(output), options.Conversations,
                progress => LoopBenchmark.RunAsync(options, store, progress, cancellationToken));
            Render(console, result);
            if (result.Lost > 0)
            {
                await error.WriteLineAsync($"bench-loop: {result.Lost} conversation(s) lost.");
                return ExitCodes.Failure;
            }

            return ExitCodes.Success;
        }
    }

    private static async Task<T> WithProgressAsync<T>(IAnsiConsole console, bool terminal, int total, Func<IProgress<RegenerationProgress>?, Task<T>> work)
    {
        if (!terminal)
        {
            return await work(null);
        }

        return await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Conversations", maxValue: total);
                var result = await work(new InlineProgress<RegenerationProgress>(p =>
                {
                    task.Description = $"Conversations ({p.Completed}/{p.Total}, {p.Failed} failed)";
                    task.Value = p.Completed;
                }));
                task.Value = task.MaxValue;
                return result;
            });
    }

    private static void Render(IAnsiConsole console, LoopBenchmarkResult result)
    {
        var options = result.Options;
        var table = new Table().Border(TableBorder.Rounded).Title("AgentSupport loop benchmark").AddColumns("measure", "value");
        table.AddRow("fake model", $"{Ms(options.Latency)} latency, {Format(options.FaultRate * 100, "0.#")} % faults (429/500), seed {options.Seed}");
        table.AddRow("parallelism", options.Parallelism.ToString(CultureInfo.InvariantCulture));
        table.AddRow("conversations done / lost", $"{result.Done} / {(result.Lost == 0 ? "0" : $"[red]{result.Lost}[/]")} (of {result.Planned}; {result.Unscored} unscored, {result.ConversationReruns} re-run)");
        var (server, client) = (result.Server, result.Client);
        table.AddRow("model calls", $"{Count(client.Calls)} ({Count(server.Calls)} HTTP requests, {Format((double)client.Calls / Math.Max(1, result.Planned), "0.0")} calls a conversation)");
        table.AddRow("faults injected", $"{Count(server.Faults)} ({Count(server.Throttled)} × 429, {Count(server.ServerErrors)} × 500)");
        table.AddRow("calls retried", $"{Count(client.RetriedCalls)}, waiting {Ms(client.RetryWait)} in all");
        table.AddRow("measured wall time", Seconds(result.Measured));
        table.AddRow("ideal wall time", $"{Seconds(result.Ideal)} = ({Count(server.Calls)} × {Ms(options.Latency)} + {Ms(client.RetryWait)}) / {options.Parallelism}");
        var met = result.Ratio <= TargetRatio;
        table.AddRow("measured / ideal", $"{(met ? "[green]" : "[red]")}{Format(result.Ratio, "0.000")}[/] (target ≤ {Format(TargetRatio, "0.00")})");
        console.Write(table);
    }

    private static int EvenConversations(ArgumentResult result)
    {
        var value = OptionParsers.Integer(2, LoopBenchmarkOptions.MaxConversations)(result);
        if (value % 2 != 0)
        {
            result.AddError($"--conversations: '{value}' is odd; each scenario is held twice (baseline and candidate).");
        }

        return value;
    }

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Ms(TimeSpan value) => $"{Format(value.TotalMilliseconds, "N0")} ms";

    private static string Seconds(TimeSpan value) => $"{Format(value.TotalSeconds, "0.00")} s";

    private static string Format(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
