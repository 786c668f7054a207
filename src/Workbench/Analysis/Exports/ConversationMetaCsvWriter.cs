using System.Text;
using CsvHelper;

namespace AgentSupport.Workbench.Analysis.Exports;

/// <summary>
/// Streams one row per conversation in the older system's meta format (<c>baseline_meta.csv</c>, <c>proposed_meta.csv</c>).
/// Pass <see cref="Write"/> as the analyzer's <c>onConversation</c> callback to write while analysing.
/// num_interactions is the transcript length, since exports' own counts sometimes cover only the customer;
/// csat and duration are empty when unusable.
/// </summary>
public sealed class ConversationMetaCsvWriter : IDisposable
{
    public static readonly IReadOnlyList<string> Columns =
        ["conversation_id", "context", "resolved", "num_interactions", "duration_sec", "csat_estimated_1_5", "summary"];

    private readonly CsvWriter _csv;

    public ConversationMetaCsvWriter(TextWriter output, bool leaveOpen = false)
    {
        _csv = CsvExport.CreateWriter(output, leaveOpen);
        _csv.WriteHeader(Columns.ToArray());
    }

    public static ConversationMetaCsvWriter Create(string path) =>
        new(new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)));

    public void Write(ConversationRecord conversation)
    {
        _csv.WriteField(conversation.ConversationId);
        _csv.WriteField(conversation.Context);
        _csv.WriteField(conversation.Resolved);
        _csv.WriteField(conversation.Turns);
        _csv.WriteField(conversation.DurationSec);
        _csv.WriteField(conversation.Csat);
        _csv.WriteField(conversation.Summary);
        _csv.EndRecord();
    }

    public void Dispose() => _csv.Dispose();
}
