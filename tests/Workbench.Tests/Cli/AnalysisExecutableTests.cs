using AgentSupport.Analysis.Cli;
using AgentSupport.Workbench.Analysis.CommandLine;
using AgentSupport.Workbench.Cli;

namespace AgentSupport.Workbench.Tests.Cli;

/// <summary>
/// The analysis executable (the code its native build compiles, run here on the JIT) answers every command line as
/// the Workbench's <c>analyze --json</c> does: the same document byte for byte, the same errors and exit codes.
/// </summary>
public sealed class AnalysisExecutableTests : IDisposable
{
    private static readonly string[][] OptionSets =
    [
        [],
        ["--intent-mode", "seed", "--weights", ".1,.2,.3,.4", "--target-csat", "4", "--max-turns", "8", "--latency-target", "90"],
    ];

    private readonly string _directory = Directory.CreateTempSubdirectory("agentsupport-executable-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Escaped_and_raw_utf8_versions_of_the_same_conversations_print_the_workbench_document_byte_for_byte()
    {
        string[] samples = [RepositoryFiles.SeedSample, RepositoryFiles.RolesSample];
        var (escaped, raw, rawSame) = (Path.Combine(_directory, "escaped.jsonl"), Path.Combine(_directory, "raw.jsonl"), Path.Combine(_directory, "raw-same.jsonl"));
        var (_, conversations) = await SyntheticConversationFile.WriteAsync(samples, escaped, 2L << 20);
        await SyntheticConversationFile.WriteAsync(samples, raw, 2L << 20, rawUtf8: true);
        // The raw file fits more conversations in the same size; its first ones are exactly the escaped file's.
        await File.WriteAllLinesAsync(rawSame, File.ReadLines(raw).Take((int)conversations));

        foreach (var options in OptionSets)
        {
            var documents = new List<string>();
            foreach (var file in new[] { escaped, rawSame, raw })
            {
                string[] args = [file, "--json", .. options];
                var workbench = await CliRunner.RunAsync(["analyze", .. args]);
                var executable = await RunAsync(args);

                Assert.Equal((ExitCodes.Success, ""), (workbench.ExitCode, workbench.Error));
                Assert.Equal(workbench, executable);
                documents.Add(executable.Output);
            }

            Assert.Equal(documents[0], documents[1]);
            Assert.NotEqual(documents[0], documents[2]);
        }
    }

    [Fact]
    public async Task Without_json_the_executable_prints_the_same_document()
    {
        var withJson = await RunAsync([RepositoryFiles.RolesSample, "--json"]);

        Assert.Equal(withJson, await RunAsync([RepositoryFiles.RolesSample]));
        Assert.StartsWith("{", withJson.Output);
    }

    [Fact]
    public async Task Bad_input_gets_the_errors_and_exit_codes_of_workbench_analyze()
    {
        var noValidLine = Path.Combine(_directory, "bad.jsonl");
        await File.WriteAllTextAsync(noValidLine, "{oops\n[]\n");
        var badIntents = Path.Combine(_directory, "intents.json");
        await File.WriteAllTextAsync(badIntents, """{"intents": []}""");
        string[][] commandLines =
        [
            [Path.Combine(_directory, "missing.jsonl"), "--json"],
            [noValidLine, "--json"],
            [RepositoryFiles.SeedSample, "--json", "--weights", "1,2"],
            [RepositoryFiles.SeedSample, "--json", "--max-turns", "0"],
            [RepositoryFiles.SeedSample, "--json", "--intent-mode", "fuzzy"],
            [RepositoryFiles.SeedSample, "--json", "--intents", badIntents],
        ];

        foreach (var args in commandLines)
        {
            var workbench = await CliRunner.RunAsync(["analyze", .. args]);

            Assert.Equal(ExitCodes.InputError, workbench.ExitCode);
            Assert.NotEqual("", workbench.Error);
            Assert.Equal(workbench, await RunAsync(args));
        }
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var exitCode = await AnalyzeProgram.InvokeAsync(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
