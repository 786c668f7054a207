using System.Globalization;
using AgentSupport.Web.Ui.Localization;

namespace AgentSupport.Web.Ui.Privacy;

/// <summary>The personal-data pages' texts (the customer's "my data" and the admin's privacy page), one instance per language.</summary>
public sealed partial record PrivacyStrings
{
    public static PrivacyStrings For(string culture) => UiCultures.IsSpanish(CultureInfo.GetCultureInfo(culture)) ? Spanish : English;

    /// <summary>Who a conversation belongs to once it is anonymised.</summary>
    public required string Anonymised { get; init; }

    // The customer's page
    public required string MyData { get; init; }
    public required string MyDataIntro { get; init; }
    public required string DownloadTitle { get; init; }
    public required string DownloadHelp { get; init; }
    public required string Download { get; init; }
    public required string ErasureTitle { get; init; }
    public required string ErasureHelp { get; init; }
    public required string RequestErasure { get; init; }
    public required string ErasureRequested { get; init; }
    public required string ErasureAlreadyPending { get; init; }
    public required string MyRequests { get; init; }
    public required string NoRequests { get; init; }
    public required Func<string, string> RequestedOn { get; init; }
    public required Func<string, string> DecidedOn { get; init; }

    // The admin's page
    public required string Privacy { get; init; }
    public required string ErasureRequests { get; init; }
    public required string NoErasureRequests { get; init; }
    public required string Customer { get; init; }
    public required string Requested { get; init; }
    public required string Status { get; init; }
    public required string Decision { get; init; }
    public required string Approve { get; init; }
    public required string Reject { get; init; }
    public required string RejectReason { get; init; }
    public required string ApproveTitle { get; init; }
    public required string ApproveText { get; init; }
    public required string RejectTitle { get; init; }
    public required string Cancel { get; init; }
    public required string Approved { get; init; }
    public required string Rejected { get; init; }
    public required string AlreadyDecided { get; init; }
    public required string DownloadCustomerData { get; init; }
    public required string AuditTitle { get; init; }
    public required string AuditHelp { get; init; }
    public required string ActionFilter { get; init; }
    public required string ActorFilter { get; init; }
    public required string CustomerFilter { get; init; }
    public required string From { get; init; }
    public required string To { get; init; }
    public required string When { get; init; }
    public required string Actor { get; init; }
    public required string Action { get; init; }
    public required string Subject { get; init; }
    public required string Reason { get; init; }
    public required string NothingRecorded { get; init; }
    public required IReadOnlyDictionary<string, string> Actions { get; init; }
    public required IReadOnlyDictionary<string, string> Statuses { get; init; }

    public string ActionName(string action) => Actions.GetValueOrDefault(action, action);

    public string StatusName(string status) => Statuses.GetValueOrDefault(status, status);
}
