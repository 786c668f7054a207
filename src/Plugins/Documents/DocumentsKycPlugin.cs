using System.ComponentModel;
using AgentSupport.Plugins.Common;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel;

namespace AgentSupport.Plugins.Documents;

/// <summary>DocumentsKyc: the documents still missing for the customer's sale or purchase, and recording a submitted one.</summary>
public sealed class DocumentsKycPlugin(
    IDocumentService documents,
    CustomerContext customer,
    TimeProvider? timeProvider = null,
    ILogger<DocumentsKycPlugin>? logger = null)
{
    /// <summary>The plugin's name in the catalog and in prompts' <c>enabled_tools</c>.</summary>
    public const string Name = "DocumentsKyc";

    /// <summary>The intent of the intents table this plugin serves.</summary>
    public const string Intent = "kyc_docs";

    public const string ListMissingDocuments = "list_missing_documents";

    public const string RecordSubmittedDocument = "record_submitted_document";

    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;
    private readonly ILogger _logger = logger ?? NullLogger<DocumentsKycPlugin>.Instance;

    [KernelFunction(ListMissingDocuments)]
    [Description("Lists, for each of the signed-in customer's deals (a sale of their car to us, or a purchase of a car from us), " +
                 "the documents already received and the ones still missing, each with a plain description of what to bring " +
                 "(INE or passport, proof of address, factura, tenencias, tarjeta de circulación, bank statement with CLABE, " +
                 "Constancia de Situación Fiscal, proof of income for financed purchases).")]
    public Task<ToolResult<DocumentChecklist>> ListMissingDocumentsAsync(
        [Description("Licence plate of the car of the deal. Leave empty for all the customer's deals.")] string? plate = null,
        CancellationToken cancellationToken = default) =>
        PluginGuard.RunAsync<DocumentChecklist>(_logger, async () =>
        {
            var deals = await documents.ListDealsAsync(customer.CustomerId, cancellationToken);
            var selected = PlateSelection.Filter(deals, d => d.Plate, plate, "sale or purchase in progress");
            return selected.Ok ? new DocumentChecklist(selected.Value!.Select(Check).ToList()) : selected.Error!;
        }, cancellationToken);

    [KernelFunction(RecordSubmittedDocument)]
    [Description("Records that the customer has submitted one document for their sale or purchase, and returns what is still missing. " +
                 "Call it only when the customer says they have uploaded or handed in the document. " +
                 "Accepted kinds: official_id, proof_of_address, vehicle_invoice, tenencia_receipts, vehicle_registration, bank_statement, " +
                 "tax_status_certificate, proof_of_income (Spanish names such as INE, factura or comprobante de domicilio are understood).")]
    public Task<ToolResult<DocumentRecorded>> RecordSubmittedDocumentAsync(
        [Description("The kind of document, e.g. official_id or 'INE'.")] string documentKind,
        [Description("Licence plate of the car of the deal. May be left empty when the customer has a single deal.")] string? plate = null,
        CancellationToken cancellationToken = default) =>
        PluginGuard.RunAsync<DocumentRecorded>(_logger, async () =>
        {
            if (!DocumentRequirements.Vocabulary.TryResolve(documentKind, out var kind))
            {
                return ToolError.InvalidArgument($"'{documentKind}' is not a document kind we handle. Kinds: {DocumentRequirements.Vocabulary.Names}.");
            }

            var deals = await documents.ListDealsAsync(customer.CustomerId, cancellationToken);
            var selected = PlateSelection.Single(deals, d => d.Plate, plate, "sale or purchase in progress");
            if (!selected.Ok)
            {
                return selected.Error!;
            }

            var deal = selected.Value!;
            var required = DocumentRequirements.RequiredFor(deal);
            if (!required.Contains(kind))
            {
                return ToolError.InvalidArgument(
                    $"A {Vocabulary<DealKind>.NameOf(deal.Kind)} does not need {Vocabulary<DocumentKind>.NameOf(kind)}; it needs: {string.Join(", ", required.Select(Vocabulary<DocumentKind>.NameOf))}.");
            }

            if (deal.Documents.FirstOrDefault(d => d.Kind == kind) is { } earlier)
            {
                return new DocumentRecorded(deal.Id, deal.Plate, kind, MexicoTime.ToLocal(earlier.ReceivedAt), AlreadyReceived: true, DocumentRequirements.Explain(DocumentRequirements.MissingFor(deal)));
            }

            var now = _time.GetUtcNow();
            if (!await documents.RecordDocumentAsync(customer.CustomerId, deal.Id, kind, now, cancellationToken))
            {
                return ToolError.NotFound($"The customer has no deal {deal.Id}.");
            }

            var updated = deal with { Documents = [.. deal.Documents, new ReceivedDocument(kind, now)] };
            return new DocumentRecorded(deal.Id, deal.Plate, kind, MexicoTime.ToLocal(now), AlreadyReceived: false, DocumentRequirements.Explain(DocumentRequirements.MissingFor(updated)));
        }, cancellationToken);

    private static DealDocuments Check(Deal deal)
    {
        var missing = DocumentRequirements.MissingFor(deal);
        return new DealDocuments(
            deal.Id,
            deal.Kind,
            deal.Plate,
            missing.Count == 0,
            DocumentRequirements.Explain(missing),
            deal.Documents.Select(d => d with { ReceivedAt = MexicoTime.ToLocal(d.ReceivedAt) }).ToList());
    }
}

public sealed record DocumentChecklist(IReadOnlyList<DealDocuments> Deals);

public sealed record DealDocuments(
    string DealId,
    DealKind Kind,
    string Plate,
    bool Complete,
    IReadOnlyList<RequiredDocument> Missing,
    IReadOnlyList<ReceivedDocument> Received);

public sealed record DocumentRecorded(
    string DealId,
    string Plate,
    DocumentKind Kind,
    DateTimeOffset ReceivedAt,
    bool AlreadyReceived,
    IReadOnlyList<RequiredDocument> StillMissing);
