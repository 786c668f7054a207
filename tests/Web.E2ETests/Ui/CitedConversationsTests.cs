using AgentSupport.Web.Ui.Workbench;
using AgentSupport.Web.Workbench;
using AgentSupport.Workbench.Loop.Proposals;

namespace AgentSupport.Web.E2ETests.Ui;

public sealed class CitedConversationsTests
{
    private static readonly ProposerInputs Inputs = new(
        Metrics: "{}",
        IntentRanking: "[]",
        WorstConversations: """{"warranty_claim":[{"conversation_id":"conv_s7_000332","transcript":[]},{"conversation_id":"conv_1"}],"payment_status":[{"conversation_id":null}]}""",
        CurrentPrompt: "");

    [Fact]
    public void The_ids_a_proposal_can_cite_are_those_of_the_conversations_the_proposer_was_shown()
    {
        Assert.Equal(["conv_1", "conv_s7_000332"], CitedConversations.ShownTo(Inputs).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Only_whole_known_ids_are_cut_out_of_the_text()
    {
        var known = CitedConversations.ShownTo(Inputs);

        var segments = CitedConversations.Split("conv_s7_000332 and conv_10 (not conv_1x), then conv_1.", known);

        Assert.Equal(
            [
                new CitedConversations.Segment("conv_s7_000332", "conv_s7_000332"),
                new CitedConversations.Segment(" and conv_10 (not conv_1x), then ", null),
                new CitedConversations.Segment("conv_1", "conv_1"),
                new CitedConversations.Segment(".", null),
            ],
            segments);
        Assert.Equal("/admin/workbench/datasets/ds-1/conversations/conv%20x", CitedConversations.Href("ds-1", "conv x"));
    }

    [Fact]
    public async Task A_cited_conversation_is_found_in_its_dataset_file_by_its_id_in_either_dialect()
    {
        var path = Path.GetTempFileName();
        try
        {
            await File.WriteAllLinesAsync(path,
            [
                """{"meta":{"conversation_id":"conv_10","context":"warranty"},"transcript":[{"speaker":"cliente","text":"conv_1 no"}]}""",
                "not json conv_1",
                """{"conversation_id":"conv_1","meta":{"context":"credit","canal":"email","resolved":false},"transcript":[{"role":"user","content":"Hola"},{"role":"assistant","content":"Buen día"}]}""",
            ]);

            var found = await DatasetConversation.FindAsync(path, "conv_1", CancellationToken.None);

            Assert.NotNull(found);
            Assert.Equal(3, found.Line);
            Assert.Equal(("credit", "email", (bool?)false), (found.Context, found.Channel, found.Resolved));
            Assert.Equal(["Hola", "Buen día"], found.Transcript.Select(m => m.Text));
            Assert.Null(await DatasetConversation.FindAsync(path, "conv_2", CancellationToken.None));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
