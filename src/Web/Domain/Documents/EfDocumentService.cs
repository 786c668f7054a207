using AgentSupport.Plugins.Documents;
using AgentSupport.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AgentSupport.Web.Domain.Documents;

public sealed class EfDocumentService(AppDbContext db) : IDocumentService
{
    /// <summary>The customer's deals in progress; closed deals need no more documents.</summary>
    public async Task<IReadOnlyList<Deal>> ListDealsAsync(Guid customerId, CancellationToken cancellationToken)
    {
        var deals = await db.Set<CarDeal>().AsNoTracking()
            .Where(d => d.CustomerId == customerId && d.ClosedAt == null)
            .Include(d => d.Car)
            .Include(d => d.Documents)
            .OrderBy(d => d.OpenedAt).ThenBy(d => d.Id)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return deals.Select(d => new Deal(
                PublicId.Format(PublicId.Deal, d.Id),
                d.Kind,
                d.Car!.Plate,
                d.Financed,
                d.Documents.OrderBy(doc => doc.ReceivedAt).Select(doc => new ReceivedDocument(doc.Kind, doc.ReceivedAt.ToInstant())).ToList()))
            .ToList();
    }

    /// <summary>
    /// A document already received stays as first recorded, also when two recordings race: the unique
    /// index on (deal, kind) lets one in and the other is simply already there.
    /// </summary>
    public async Task<bool> RecordDocumentAsync(Guid customerId, string dealId, DocumentKind kind, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        if (!PublicId.TryParse(PublicId.Deal, dealId, out var id))
        {
            return false;
        }

        var deal = await db.Set<CarDeal>().AsNoTracking()
            .Where(d => d.Id == id && d.CustomerId == customerId && d.ClosedAt == null)
            .Select(d => new { d.Id, AlreadyReceived = d.Documents.Any(doc => doc.Kind == kind) })
            .SingleOrDefaultAsync(cancellationToken);
        if (deal is null)
        {
            return false;
        }

        if (deal.AlreadyReceived)
        {
            return true;
        }

        var document = new DealDocument { DealId = deal.Id, Kind = kind, ReceivedAt = receivedAt.ToStored() };
        db.Add(document);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (UniqueViolation.Caused(exception))
        {
            // The scope's context is shared by the turn's other port calls: do not leave the loser pending.
            db.Entry(document).State = EntityState.Detached;
        }

        return true;
    }
}
