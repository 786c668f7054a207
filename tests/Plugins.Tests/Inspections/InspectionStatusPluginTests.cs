using AgentSupport.Plugins.Common;
using AgentSupport.Plugins.Inspections;
using AgentSupport.Plugins.Offers;
using AgentSupport.Plugins.Tests.Support;

namespace AgentSupport.Plugins.Tests.Inspections;

public sealed class InspectionStatusPluginTests
{
    private readonly InspectionStatusPlugin _ana = Scenario.Plugin<InspectionStatusPlugin>(Scenario.NewSandbox(), Scenario.Ana);

    [Fact]
    public async Task Completed_inspection_reports_grade_findings_and_repair_estimate()
    {
        var report = (await _ana.GetInspectionStatusAsync("MZD320A")).AssertOk();

        var status = Assert.Single(report.Inspections);
        Assert.Equal(InspectionStage.Completed, status.Stage);
        Assert.Equal(CarCondition.Good, status.ConditionGrade);
        Assert.Equal(2, status.Findings.Count);
        Assert.Equal(3_200m, status.EstimatedRepairsMxn);
        Assert.Equal("AgentSupport Hub Santa Fe", status.Hub);
    }

    [Fact]
    public async Task Scheduled_inspection_reports_time_and_hub_address()
    {
        var status = Assert.Single((await _ana.GetInspectionStatusAsync("JTA-518-B")).AssertOk().Inspections);

        Assert.Equal(InspectionStage.Scheduled, status.Stage);
        Assert.Equal(new DateTimeOffset(2025, 6, 4, 10, 0, 0, MexicoTime.Offset), status.ScheduledAt);
        Assert.Contains("Vasco de Quiroga", status.HubAddress);
        Assert.Empty(status.Findings);
    }

    [Fact]
    public async Task Without_a_plate_lists_every_inspection_newest_first()
    {
        var report = (await _ana.GetInspectionStatusAsync()).AssertOk();

        Assert.Equal(["INS-2001", "INS-1990"], report.Inspections.Select(i => i.InspectionId));
    }

    [Theory]
    [InlineData("HND-417-C", ToolErrorCodes.NotFound)]
    [InlineData("X1", ToolErrorCodes.InvalidArgument)]
    public async Task Other_plates_and_garbage_get_error_records(string plate, string code) =>
        (await _ana.GetInspectionStatusAsync(plate)).AssertError(code);
}
