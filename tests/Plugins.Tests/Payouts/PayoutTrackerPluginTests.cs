using AgentSupport.Plugins.Common;
using AgentSupport.Plugins.Documents;
using AgentSupport.Plugins.Payouts;
using AgentSupport.Plugins.Sandbox;
using AgentSupport.Plugins.Tests.Support;

namespace AgentSupport.Plugins.Tests.Payouts;

public sealed class PayoutTrackerPluginTests
{
    private static readonly DateOnly Monday = new(2025, 6, 2);

    private readonly InMemorySandbox _sandbox = Scenario.NewSandbox();

    [Fact]
    public async Task Pending_payout_lists_the_documents_blocking_it_and_promises_no_date()
    {
        var plugin = Scenario.Plugin<PayoutTrackerPlugin>(_sandbox, Scenario.Ana);

        var payout = Assert.Single((await plugin.GetPayoutStatusAsync()).AssertOk().Payouts);

        Assert.Equal(PayoutStage.PendingDocuments, payout.Stage);
        Assert.Equal(183_000m, payout.AmountMxn);
        Assert.Equal([DocumentKind.TenenciaReceipts, DocumentKind.BankStatement], payout.MissingDocuments.Select(d => d.Kind));
        Assert.Null(payout.ExpectedTransferDate);
        Assert.False(payout.Overdue);
    }

    [Fact]
    public async Task Once_the_documents_arrive_the_date_is_review_plus_transfer_business_days()
    {
        var kyc = Scenario.Plugin<DocumentsKycPlugin>(_sandbox, Scenario.Ana);
        (await kyc.RecordSubmittedDocumentAsync("tenencias", "MZD-320-A")).AssertOk();
        (await kyc.RecordSubmittedDocumentAsync("estado de cuenta", "MZD-320-A")).AssertOk();

        var payout = Assert.Single((await Scenario.Plugin<PayoutTrackerPlugin>(_sandbox, Scenario.Ana).GetPayoutStatusAsync("MZD-320-A")).AssertOk().Payouts);

        Assert.Empty(payout.MissingDocuments);
        Assert.Equal(new DateOnly(2025, 6, 5), payout.ExpectedTransferDate);
    }

    [Fact]
    public async Task Approved_payout_is_expected_two_business_days_after_approval()
    {
        var plugin = Scenario.Plugin<PayoutTrackerPlugin>(_sandbox, Scenario.Bruno);

        var payout = Assert.Single((await plugin.GetPayoutStatusAsync("AVO-118-E")).AssertOk().Payouts);

        Assert.Equal(PayoutStage.Approved, payout.Stage);
        Assert.Equal(new DateOnly(2025, 6, 3), payout.ExpectedTransferDate);
        Assert.Equal("4821", payout.BankAccountLast4);
        Assert.False(payout.Overdue);
    }

    [Fact]
    public async Task Approved_payout_past_its_date_is_overdue()
    {
        _sandbox.Clock.Advance(TimeSpan.FromDays(2));
        var plugin = Scenario.Plugin<PayoutTrackerPlugin>(_sandbox, Scenario.Bruno);

        var payout = Assert.Single((await plugin.GetPayoutStatusAsync()).AssertOk().Payouts);

        Assert.True(payout.Overdue);
    }

    [Fact]
    public void Transferred_payout_reports_its_date_and_reference()
    {
        var payout = new Payout("PAY-1", "ABC123D", 100_000m, PayoutStage.Transferred, Scenario.Now.AddDays(-10),
            Scenario.Now.AddDays(-5), new DateTimeOffset(2025, 5, 29, 11, 0, 0, MexicoTime.Offset), "SPEI-2025052912345", "0099");

        var status = PayoutTrackerPlugin.Describe(payout, null, Monday);

        Assert.Equal(new DateOnly(2025, 5, 29), status.ExpectedTransferDate);
        Assert.Equal("SPEI-2025052912345", status.Reference);
        Assert.False(status.Overdue);
    }

    [Fact]
    public void Approval_before_a_long_weekend_skips_the_holiday()
    {
        // Approved Friday 2025-11-14; Monday 17 is Revolution Day, so two business days land on Wednesday 19.
        var payout = new Payout("PAY-2", "ABC123D", 100_000m, PayoutStage.Approved, Scenario.Now, new DateTimeOffset(2025, 11, 14, 10, 0, 0, MexicoTime.Offset));

        Assert.Equal(new DateOnly(2025, 11, 19), PayoutTrackerPlugin.Describe(payout, null, new DateOnly(2025, 11, 14)).ExpectedTransferDate);
    }

    [Fact]
    public async Task A_plate_without_a_payout_is_not_found() =>
        (await Scenario.Plugin<PayoutTrackerPlugin>(_sandbox, Scenario.Ana).GetPayoutStatusAsync("JTA-518-B")).AssertError(ToolErrorCodes.NotFound);
}
