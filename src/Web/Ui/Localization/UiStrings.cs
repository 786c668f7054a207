using System.Globalization;

namespace AgentSupport.Web.Ui.Localization;

/// <summary>
/// Every text the UI shows, in one place per language (<see cref="English"/>, <see cref="Spanish"/>).
/// Required members make a missing translation a compile error rather than a blank on the page.
/// Vocabularies (statuses, categories, contexts, channels) fall back to the stored value when unknown.
/// </summary>
public sealed partial record UiStrings
{
    public required string Culture { get; init; }

    public static UiStrings For(CultureInfo culture) =>
        UiCultures.IsSpanish(culture) ? Spanish : English;

    public static UiStrings ForCurrentCulture() => For(CultureInfo.CurrentUICulture);

    // Layout and navigation
    public required string Navigation { get; init; }
    public required string ToggleMenu { get; init; }
    public required string ChangeLanguage { get; init; }
    public required string AccountMenu { get; init; }
    public required string Home { get; init; }
    public required string MyHome { get; init; }
    public required string MyDashboard { get; init; }
    public required string NewTicket { get; init; }
    public required string ChatWithUs { get; init; }
    public required string AdminDashboard { get; init; }
    public required string AllTickets { get; init; }
    public required string AllConversations { get; init; }
    public required string ConnectionLost { get; init; }
    public required string Reload { get; init; }
    public required string UnexpectedError { get; init; }
    public required string Loading { get; init; }
    public required string LoadFailed { get; init; }
    public required string ActionFailed { get; init; }
    public required string BackHome { get; init; }
    public required string NotFoundTitle { get; init; }
    public required string NotFoundText { get; init; }
    public required string AccessDeniedTitle { get; init; }
    public required string AccessDeniedText { get; init; }

    // Home
    public required string WelcomeTitle { get; init; }
    public required string WelcomeText { get; init; }
    public required string FeatureChatTitle { get; init; }
    public required string FeatureChatText { get; init; }
    public required string FeatureTicketsTitle { get; init; }
    public required string FeatureTicketsText { get; init; }
    public required string FeatureHumanTitle { get; init; }
    public required string FeatureHumanText { get; init; }

    // Accounts
    public required string SignIn { get; init; }
    public required string SignInTitle { get; init; }
    public required string SignOut { get; init; }
    public required string SignUp { get; init; }
    public required string SignUpTitle { get; init; }
    public required string SignUpIntro { get; init; }
    public required string CreateAccount { get; init; }
    public required string YourName { get; init; }
    public required string Email { get; init; }
    public required string Password { get; init; }
    public required string PasswordHelp { get; init; }
    public required string NoAccountYet { get; init; }
    public required string HaveAccount { get; init; }
    public required string InvalidCredentials { get; init; }
    public required string TooManyAttempts { get; init; }
    public required string EmailTaken { get; init; }
    public required string SignUpRejected { get; init; }

    // Validation
    public required string Required { get; init; }
    public required Func<int, string> MinLength { get; init; }
    public required Func<int, string> MaxLength { get; init; }
    public required string InvalidEmail { get; init; }
    public required string WeakPassword { get; init; }
    public required string NotAnOption { get; init; }
    public required string InvalidValue { get; init; }

    // Customer portal
    public required Func<string, string> Hello { get; init; }
    public required string MyTickets { get; init; }
    public required string MyConversations { get; init; }
    public required string NoTicketsYet { get; init; }
    public required string NoConversationsYet { get; init; }
    public required string Ticket { get; init; }
    public required string NewTicketTitle { get; init; }
    public required string NewTicketIntro { get; init; }
    public required string Subject { get; init; }
    public required string CategoryLabel { get; init; }
    public required string Description { get; init; }
    public required string CreateTicket { get; init; }
    public required string TicketNotFound { get; init; }
    public required Func<string, string> OpenedOn { get; init; }
    public required string ChatAboutTicket { get; init; }
    public required string CloseTicket { get; init; }
    public required string Messages { get; init; }
    public required string NoMessagesYet { get; init; }
    public required string AddMessage { get; init; }
    public required string Send { get; init; }
    public required IReadOnlyDictionary<string, string> TicketAuthors { get; init; }
    public required IReadOnlyDictionary<string, string> TicketStatuses { get; init; }
    public required IReadOnlyDictionary<string, string> Categories { get; init; }

    // Chat
    public required string Chat { get; init; }
    public required string StartChat { get; init; }
    public required string StartChatTitle { get; init; }
    public required string StartChatIntro { get; init; }
    public required Func<string, string> ChatLinkedToTicket { get; init; }
    public required string ChatTopic { get; init; }
    public required string ChatChannel { get; init; }
    public required string ChatLanguage { get; init; }
    public required string ChatEmpty { get; init; }
    public required string ConversationNotFound { get; init; }
    public required string ConversationResolved { get; init; }
    public required string You { get; init; }
    public required string Assistant { get; init; }
    public required string AgentTyping { get; init; }
    public required string YourMessage { get; init; }
    public required string TalkToPerson { get; init; }
    /// <summary>What "talk to a person" sends, in this language; the agent recognises it as a request for a human.</summary>
    public required string TalkToPersonRequest { get; init; }
    public required string MarkResolved { get; init; }
    public required string AnswerInterrupted { get; init; }
    public required string RateThisConversation { get; init; }
    public required string RatingComment { get; init; }
    public required string SendRating { get; init; }
    public required string ChooseStars { get; init; }
    public required string ThanksForRating { get; init; }
    public required string ChangeRating { get; init; }
    public required Func<int, string> RatedStars { get; init; }
    public required IReadOnlyDictionary<string, string> ConversationStatuses { get; init; }
    public required IReadOnlyDictionary<string, string> Contexts { get; init; }
    public required IReadOnlyDictionary<string, string> Channels { get; init; }
    public required IReadOnlyDictionary<string, string> LanguageNames { get; init; }

    // Admin console
    public required string AdminDashboardTitle { get; init; }
    public required string Customers { get; init; }
    public required string Customer { get; init; }
    public required string OpenTickets { get; init; }
    public required string RecentEscalations { get; init; }
    public required string NoEscalations { get; init; }
    public required string LastActivity { get; init; }

    public required string MetricsWindow { get; init; }
    public required string ConversationsAnalysed { get; init; }
    public required string CsatPercent { get; init; }
    public required string TrendTitle { get; init; }
    public required string ByContext { get; init; }
    public required string ByChannel { get; init; }
    public required string NoConversationsInWindow { get; init; }
    public required Func<int, string> LastDays { get; init; }
    public required Func<int, string> LiveMetricsTitle { get; init; }

    public required string StatusFilter { get; init; }
    public required string Status { get; init; }
    public required string NothingFound { get; init; }
    public required string ChangeStatus { get; init; }
    public required string ReplyToCustomer { get; init; }
    public required string PromptVersion { get; init; }
    public required string Conversation { get; init; }
    public required string Transcript { get; init; }
    public required string ToolArguments { get; init; }
    public required string ToolResult { get; init; }
    public required Func<long, long, string> TurnTokens { get; init; }
    public required string TokenCostsTitle { get; init; }
    public required string Day { get; init; }
    public required string InputTokens { get; init; }
    public required string OutputTokens { get; init; }
    public required Func<string, string> CostIn { get; init; }
    public required string Total { get; init; }
    public required string NoTokensInWindow { get; init; }
    public required string ShowRawJson { get; init; }

    // Prompts
    public required string Prompts { get; init; }
    public required string PromptNotFound { get; init; }
    public required string PromptLatestVersion { get; init; }
    public required string PromptLabels { get; init; }
    public required string PromptProblems { get; init; }
    public required string PromptVersions { get; init; }
    public required string PromptAuthor { get; init; }
    public required string PromptCreated { get; init; }
    public required string PromptParent { get; init; }

    /// <summary>The Workbench run that produced a version, and its verdict.</summary>
    public required string PromptOrigin { get; init; }

    /// <summary>The mark of a version whose run was rejected.</summary>
    public required string PromptRejected { get; init; }
    public required string PromptCompare { get; init; }
    public required string PromptDiffFrom { get; init; }
    public required string PromptDiffTo { get; init; }
    public required string PromptDiffBefore { get; init; }
    public required string PromptDiffAfter { get; init; }
    public required Func<int, int, string> PromptDiffSummary { get; init; }
    public required Func<int, int, int, string> PromptDiffShowUnchanged { get; init; }
    public required string PromptNoDifferences { get; init; }
    public required string PromptPreview { get; init; }
    public required string PromptRenderPreview { get; init; }
    public required string PromptTone { get; init; }
    public required string PromptCustomerName { get; init; }
    public required string PromptPreviewFailed { get; init; }
    public required string PromptEdit { get; init; }
    public required string PromptSource { get; init; }
    public required Func<int, string> PromptEditStartsFrom { get; init; }
    public required string PromptChangeReason { get; init; }
    public required string PromptSaveVersion { get; init; }
    public required Func<int, string> PromptVersionCreated { get; init; }
    public required string PromptInvalid { get; init; }
    public required Func<int, int, string> PromptLineColumn { get; init; }
    public required string PromptReason { get; init; }
    public required string PromptPromote { get; init; }
    public required string PromptPromoteVersion { get; init; }
    public required Func<int, string> PromptPromoted { get; init; }
    public required string PromptRollback { get; init; }
    public required Func<int?, string> PromptRolledBack { get; init; }
    public required Func<string, int?, string> PromptLabelMovedMeanwhile { get; init; }
    public required string PromptLabelUnchanged { get; init; }
    public required string PromptAudit { get; init; }
    public required string PromptAuditWho { get; init; }
    public required string PromptAuditWhen { get; init; }
    public required string PromptAuditAction { get; init; }
    public required string PromptAuditFrom { get; init; }
    public required string PromptAuditTo { get; init; }
    public required string PromptNoAudit { get; init; }
    public required IReadOnlyDictionary<string, string> PromptAuditActions { get; init; }

    // Tool activity, by plugin
    public required string ToolOffer { get; init; }
    public required string ToolInspection { get; init; }
    public required string ToolPayout { get; init; }
    public required string ToolReschedule { get; init; }
    public required string ToolCredit { get; init; }
    public required string ToolWarranty { get; init; }
    public required string ToolDocuments { get; init; }
    public required string ToolScheduling { get; init; }
    public required string ToolTickets { get; init; }
    public required string ToolEscalation { get; init; }
    public required string ToolWorking { get; init; }

    public string TicketStatus(string status) => TicketStatuses.GetValueOrDefault(status, status);
    public string Category(string category) => Categories.GetValueOrDefault(category, category);
    public string TicketAuthor(string role) => TicketAuthors.GetValueOrDefault(role, role);
    public string ConversationStatus(string status) => ConversationStatuses.GetValueOrDefault(status, status);
    public string Context(string context) => Contexts.GetValueOrDefault(context, context);
    public string Channel(string channel) => Channels.GetValueOrDefault(channel, channel);
    public string LanguageName(string language) => LanguageNames.GetValueOrDefault(language, language);
    public string PromptAuditActionName(string action) => PromptAuditActions.GetValueOrDefault(action, action);
}
