using System.Globalization;
using AgentSupport.Plugins.Catalog;
using AgentSupport.Web.Ui.Chat;
using AgentSupport.Web.Ui.Localization;

namespace AgentSupport.Web.E2ETests.Ui;

public sealed class ToolActivityTests
{
    public static TheoryData<string> Languages => [UiCultures.English, UiCultures.Spanish];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_catalog_plugin_has_a_label_of_its_own(string language)
    {
        var text = Strings(language);

        var labels = PluginCatalog.Entries.Select(e => ToolActivity.Describe(e.Name, function: null, text)).ToList();

        Assert.DoesNotContain(text.ToolWorking, labels);
        Assert.Equal(labels.Count, labels.Distinct().Count());
    }

    [Fact]
    public void Payout_lookup_reads_as_checking_the_payout_in_each_language()
    {
        Assert.Equal("Checking your payout…", ToolActivity.Describe("PayoutTracker", "get_payout_status", UiStrings.English));
        Assert.Equal("Consultando tu pago…", ToolActivity.Describe("PayoutTracker", "get_payout_status", UiStrings.Spanish));
    }

    [Fact]
    public void A_finished_call_reads_as_its_outcome_and_a_failed_one_in_plain_words()
    {
        Assert.Equal("Pago consultado", ToolActivity.Outcome("PayoutTracker", "get_payout_status", succeeded: true, UiStrings.Spanish));
        Assert.Equal("No pude consultar tu pago", ToolActivity.Outcome("PayoutTracker", "get_payout_status", succeeded: false, UiStrings.Spanish));
        Assert.Equal("Payout checked", ToolActivity.Outcome("PayoutTracker", "get_payout_status", succeeded: true, UiStrings.English));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_catalog_plugin_has_outcomes_of_its_own(string language)
    {
        var text = Strings(language);

        var done = PluginCatalog.Entries.Select(e => ToolActivity.Outcome(e.Name, function: null, succeeded: true, text)).ToList();
        var failed = PluginCatalog.Entries.Select(e => ToolActivity.Outcome(e.Name, function: null, succeeded: false, text)).ToList();

        Assert.Equal(done.Count, done.Distinct().Count());
        Assert.Equal(failed.Count, failed.Distinct().Count());
        Assert.DoesNotContain(done, label => label.EndsWith('…'));
    }

    [Fact]
    public void Escalation_is_told_apart_from_other_ticket_work()
    {
        var text = UiStrings.Spanish;

        Assert.Equal(text.ToolEscalation, ToolActivity.Describe("Tickets", "escalate_to_human", text));
        Assert.Equal(text.ToolTickets, ToolActivity.Describe("Tickets", "create_ticket", text));
    }

    [Fact]
    public void Unknown_plugin_gets_the_generic_label_never_its_technical_name()
    {
        var label = ToolActivity.Describe("InternalDebugPlugin", "dump_state", UiStrings.English);

        Assert.Equal(UiStrings.English.ToolWorking, label);
    }

    private static UiStrings Strings(string language) => UiStrings.For(CultureInfo.GetCultureInfo(language));
}
