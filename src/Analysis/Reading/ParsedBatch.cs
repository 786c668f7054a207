namespace AgentSupport.Workbench.Analysis.Reading;

/// <summary>What a parser made of one <see cref="LineBatch"/>: compact records, bad lines and warnings, each in line order.</summary>
internal sealed class ParsedBatch(long sequence, long endOffset)
{
    public long Sequence { get; } = sequence;

    public long EndOffset { get; } = endOffset;

    public List<ConversationRecord> Conversations { get; } = [];

    public List<BadLine> BadLines { get; } = [];

    public List<FieldWarning> Warnings { get; } = [];
}
