using System.CommandLine;
using System.Globalization;
using AgentSupport.Agent;
using AgentSupport.Agent.Conversation;
using AgentSupport.Plugins.Catalog;
using AgentSupport.Prompts;
using AgentSupport.Prompts.Storage;
using AgentSupport.Prompts.Templates;
using AgentSupport.Workbench.Analysis.CommandLine;
using AgentSupport.Workbench.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace AgentSupport.Workbench.Cli;

/// <summary>
/// <c>eval-tasks</c>: runs the task suite (scripted customers, success judged on tool calls and their effects) through
/// the configured model, the agent prompt's production version (or another) and the real plugins, and prints the
/// success rate by set and language and by category.
/// </summary>
internal static class EvalTasksCommand
{
    public const string AgentPromptId = "customer-agent";

    public static Command Create()
    {
        var prompts = LoopOptions.Prompts();
        prompts.Description = "Prompts folder (default: ./prompts, or the one beside AgentSupport.sln); only read.";
        var version = new Option<int?>("--version")
        {
            Description = "Version of the customer-agent prompt to evaluate (default: the production label's).",
            CustomParser = result => OptionParsers.Integer(1, int.MaxValue)(result),
        };
        var set = new Option<string>("--set")
        {
            Description = "Which tasks: dev, held-out or all.",
            DefaultValueFactory = _ => "all",
        };
        set.AcceptOnlyFromAmong("dev", "held-out", "all");
        var failures = new Option<bool>("--show-failures") { Description = "Print the conversation of every failed task and why it failed." };
        var command = new Command("eval-tasks", "Run the task suite through the configured model and print the success rate by language and category.")
        {
            prompts, version, set, failures,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(parse, parse.GetValue(prompts), parse.GetValue(version), parse.GetValue(set)!, parse.GetValue(failures), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, string? promptsPath, int? version, string set, bool showFailures, CancellationToken cancellationToken)
    {
        var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
        FilePromptStore store;
        try
        {
            store = new FilePromptStore(new PromptStoreOptions { RootPath = LoopHost.FindPrompts(promptsPath), KnownTools = PluginCatalog.Names });
        }
        catch (DirectoryNotFoundException ex)
        {
            await error.WriteLineAsync($"eval-tasks: {ex.Message}");
            return ExitCodes.InputError;
        }

        using (store)
        {
            PromptVersion prompt;
            try
            {
                prompt = version is { } number ? store.Get(AgentPromptId, number) : store.Resolve(AgentPromptId);
            }
            catch (PromptNotFoundException ex)
            {
                await error.WriteLineAsync($"eval-tasks: {ex.Message}");
                return ExitCodes.InputError;
            }

            var configuration = new ConfigurationBuilder()
                .SetBasePath(Directory.GetCurrentDirectory())
                .AddJsonFile("appsettings.json", optional: true)
                .AddEnvironmentVariables()
                .Build();
            await using var services = new ServiceCollection()
                .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning).AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace))
                .AddCustomerAgent(configuration)
                .BuildServiceProvider();
            var suite = TaskSuite.Default;
            var tasks = suite.Tasks.Where(task => set == "all" || task.Set == set);
            var runner = new TaskRunner(services.GetRequiredService<ICustomerAgent>(), services.GetRequiredService<ILoggerFactory>());
            var report = await runner.RunAsync(suite, prompt, tasks, cancellationToken: cancellationToken);

            if (showFailures)
            {
                foreach (var run in report.Runs.Where(run => !run.Succeeded))
                {
                    await output.WriteLineAsync(run.ToString());
                    await output.WriteLineAsync();
                }
            }

            Render(CliConsole.For(output), report, prompt);
            return ExitCodes.Success;
        }
    }

    private static void Render(IAnsiConsole console, TaskReport report, PromptVersion prompt)
    {
        var bySet = new Table().Border(TableBorder.Rounded).Title($"Task suite, {prompt.Id} v{prompt.Number}").AddColumns("set", "language", "succeeded", "tasks", "success rate");
        foreach (var (set, language, rate) in report.BySetAndLanguage())
        {
            bySet.AddRow(set, language, Count(rate.Succeeded), Count(rate.Total), Percent(rate));
        }

        bySet.AddRow("all", "", Count(report.Overall.Succeeded), Count(report.Overall.Total), Percent(report.Overall));
        console.Write(bySet);

        var byCategory = new Table().Border(TableBorder.Rounded).AddColumns("category", "succeeded", "tasks", "success rate");
        foreach (var (category, rate) in report.ByCategory())
        {
            byCategory.AddRow(Markup.Escape(category), Count(rate.Succeeded), Count(rate.Total), Percent(rate));
        }

        console.Write(byCategory);
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Percent(TaskRate rate) => (rate.Share * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %";
}
