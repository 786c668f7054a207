using AgentSupport.Workbench.Analysis;
using AgentSupport.Workbench.Analysis.Exports;
using static AgentSupport.Workbench.Tests.Support.Jsonl;

namespace AgentSupport.Workbench.Tests.Analysis;

public sealed class ConversationInputTests
{
    [Fact]
    public async Task Already_parsed_conversations_give_the_same_result_as_their_jsonl()
    {
        ConversationInput[] inputs =
        [
            new() { ConversationId = "a", Context = "credit", Channel = "email", Tone = "formal", Language = "es", Resolved = true, Csat = 4, DurationSec = 90,
                Transcript = [new("cliente", "¿qué tasa de crédito me dan?"), new("agente", "19.9 %")] },
            new() { ConversationId = "b", Context = "warranty", Resolved = false, Csat = 9, DurationSec = -1,
                Transcript = [new("user", "mi garantía"), new("assistant", "ok"), new("user", "gracias")] },
        ];
        var jsonl = string.Join('\n',
            Line(Dialect.Seed, "a", resolved: "true", csat: "4", duration: "90", context: "credit", channel: "email", transcript: [CustomerSays("¿qué tasa de crédito me dan?"), AgentSays("19.9 %")]),
            Line(Dialect.Roles, "b", resolved: "false", csat: "9", duration: "-1", context: "warranty", transcript: [CustomerSays("mi garantía"), AgentSays("ok"), CustomerSays("gracias")]));

        var fromInputs = await new ConversationAnalyzer().AnalyzeAsync(inputs.ToAsyncEnumerable());
        var fromJsonl = await AnalyzeAsync(jsonl);

        Assert.Equal(AnalysisJson.Serialize(fromJsonl.Result), AnalysisJson.Serialize(fromInputs.Result));
        Assert.Equal([(2L, "csat"), (2L, "duration_sec")], fromInputs.Warnings.Select(w => (w.Line, w.Field)));
        Assert.Equal(["b"], fromInputs.WorstConversations["warranty_claim"].Select(w => w.ConversationId));
    }

    [Fact]
    public async Task In_memory_jsonl_and_a_file_give_the_same_result()
    {
        var fromFile = await new ConversationAnalyzer().AnalyzeFileAsync(RepositoryFiles.RolesSample);
        var fromMemory = await AnalyzeAsync(await File.ReadAllTextAsync(RepositoryFiles.RolesSample));

        Assert.Equal(AnalysisJson.Serialize(fromFile.Result), AnalysisJson.Serialize(fromMemory.Result));
    }
}
