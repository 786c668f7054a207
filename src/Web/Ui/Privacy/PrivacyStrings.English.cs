using AgentSupport.Web.Privacy;

namespace AgentSupport.Web.Ui.Privacy;

public sealed partial record PrivacyStrings
{
    public static PrivacyStrings English { get; } = new()
    {
        Anonymised = "Anonymised",

        MyData = "My data",
        MyDataIntro = "What we keep about you is yours: download it whenever you like, or ask us to erase it.",
        DownloadTitle = "Download my data",
        DownloadHelp = "Your account, tickets, conversations with what our tools looked up, cars, offers, inspections, payouts, documents, warranties and appointments, in one JSON file.",
        Download = "Download (JSON)",
        ErasureTitle = "Erase my data",
        ErasureHelp = "A person from our team reviews the request. Once approved, your conversations and the texts of your tickets are erased and you can no longer sign in; the records the law makes us keep (sales, payouts, warranties) stay without your name.",
        RequestErasure = "Ask for erasure",
        ErasureRequested = "We received your request; you can follow it here.",
        ErasureAlreadyPending = "You already have a request waiting for a decision.",
        MyRequests = "My requests",
        NoRequests = "You have not asked for erasure.",
        RequestedOn = when => $"Requested {when}",
        DecidedOn = when => $"decided {when}",

        Privacy = "Privacy",
        ErasureRequests = "Erasure requests",
        NoErasureRequests = "No erasure requests.",
        Customer = "Customer",
        Requested = "Requested",
        Status = "Status",
        Decision = "Decision",
        Approve = "Approve",
        Reject = "Reject",
        RejectReason = "Why it is rejected",
        ApproveTitle = "Erase this customer's data?",
        ApproveText = "Their conversations are unlinked and erased, their tickets lose every text and their account can no longer sign in. This cannot be undone.",
        RejectTitle = "Reject the request",
        Cancel = "Cancel",
        Approved = "The customer's data is erased.",
        Rejected = "The request is rejected.",
        AlreadyDecided = "Another admin already decided on this request.",
        DownloadCustomerData = "Download the customer's data",
        AuditTitle = "Audit trail",
        AuditHelp = "Every read, export, anonymisation and erasure of customers' data: who, what and when (the latest 500 that match).",
        ActionFilter = "Action",
        ActorFilter = "Who",
        CustomerFilter = "Customer id",
        From = "From",
        To = "To",
        When = "When",
        Actor = "Who",
        Action = "Action",
        Subject = "What",
        Reason = "Reason",
        NothingRecorded = "Nothing recorded matches.",
        Actions = new Dictionary<string, string>
        {
            [PrivacyActions.ReadConversation] = "Read a conversation",
            [PrivacyActions.ReadTicket] = "Read a ticket",
            [PrivacyActions.Export] = "Exported conversations",
            [PrivacyActions.UnredactedExports] = "Unredacted run exports",
            [PrivacyActions.DataExport] = "Downloaded a customer's data",
            [PrivacyActions.ErasureRequested] = "Erasure requested",
            [PrivacyActions.ErasureApproved] = "Erasure approved",
            [PrivacyActions.ErasureRejected] = "Erasure rejected",
            [PrivacyActions.Retention] = "Retention",
        },
        Statuses = new Dictionary<string, string>
        {
            [ErasureStatus.Pending] = "Waiting",
            [ErasureStatus.Approved] = "Approved",
            [ErasureStatus.Rejected] = "Rejected",
        },
    };
}
