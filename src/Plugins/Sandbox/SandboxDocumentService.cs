using AgentSupport.Plugins.Common;
using AgentSupport.Plugins.Documents;

namespace AgentSupport.Plugins.Sandbox;

internal sealed class SandboxDocumentService(SandboxState state) : IDocumentService
{
    public Task<IReadOnlyList<Deal>> ListDealsAsync(Guid customerId, CancellationToken cancellationToken) =>
        state.Run<IReadOnlyList<Deal>>(cancellationToken, () => state.Find(customerId)?.Deals.ToList() ?? []);

    public Task<bool> RecordDocumentAsync(Guid customerId, string dealId, DocumentKind kind, DateTimeOffset receivedAt, CancellationToken cancellationToken) =>
        state.Run(cancellationToken, () =>
        {
            var deals = state.Find(customerId)?.Deals;
            var index = deals?.FindIndex(d => d.Id == dealId) ?? -1;
            if (index < 0)
            {
                return false;
            }

            var deal = deals![index];
            deals[index] = deal with { Documents = [.. deal.Documents.Where(d => d.Kind != kind), new ReceivedDocument(kind, receivedAt)] };
            state.Record(SandboxEffectKind.DocumentRecorded, customerId, dealId, Vocabulary<DocumentKind>.NameOf(kind));
            return true;
        });
}
