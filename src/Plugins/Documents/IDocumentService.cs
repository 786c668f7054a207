namespace AgentSupport.Plugins.Documents;

/// <summary>Port: the customer's sale and purchase deals and the documents received for each.</summary>
public interface IDocumentService
{
    Task<IReadOnlyList<Deal>> ListDealsAsync(Guid customerId, CancellationToken cancellationToken);

    /// <summary>Records that a document was received; false when the customer has no deal with that id.</summary>
    Task<bool> RecordDocumentAsync(Guid customerId, string dealId, DocumentKind kind, DateTimeOffset receivedAt, CancellationToken cancellationToken);
}

/// <summary>A sale or purchase in progress. <paramref name="Financed"/> purchases also need proof of income.</summary>
public sealed record Deal(string Id, DealKind Kind, string Plate, bool Financed, IReadOnlyList<ReceivedDocument> Documents);

public sealed record ReceivedDocument(DocumentKind Kind, DateTimeOffset ReceivedAt);
