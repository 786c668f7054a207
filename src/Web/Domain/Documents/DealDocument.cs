using AgentSupport.Plugins.Documents;

namespace AgentSupport.Web.Domain.Documents;

/// <summary>A document received for a deal; one per kind (a unique index keeps the first).</summary>
public sealed class DealDocument
{
    public int Id { get; set; }
    public int DealId { get; set; }
    public DocumentKind Kind { get; set; }
    public DateTime ReceivedAt { get; set; }
}
