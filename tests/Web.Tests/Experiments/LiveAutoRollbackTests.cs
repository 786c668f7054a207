using System.Net;
using System.Net.Http.Json;
using AgentSupport.Web.Experiments;
using AgentSupport.Web.Prompts;
using AgentSupport.Web.Tests.Accounts;
using AgentSupport.Web.Tests.Conversations;
using AgentSupport.Web.Tests.Infrastructure;

namespace AgentSupport.Web.Tests.Experiments;

/// <summary>
/// The rule in the running app: customers of the candidate arm end their chats unresolved and unhappy, those of
/// production resolve them and rate them 5; after the conversation that makes the evidence enough, the experiment has
/// stopped itself, the audit trail and the experiment say why with the figures, and the candidate's customers are
/// served production again. A better candidate is only offered for promotion, which an admin then makes.
/// </summary>
public abstract class LiveAutoRollbackTests<TFixture>(TFixture app) : ProviderTests<TFixture>(app) where TFixture : AppFixture
{
    private const double Share = 0.5;

    [SkippableFact]
    public async Task A_worse_candidate_rolls_itself_back_after_the_deciding_conversation_audited_with_its_figures()
    {
        RequireDatabase();
        var admin = await App.AdminAsync();
        var (production, candidate, experiment) = await ExperimentClient.StartFreshAsync(admin, Share);
        var happy = await ExperimentClient.CustomerInAsync(App, experiment.Id, Share, ExperimentArm.Production);
        var unhappy = await ExperimentClient.CustomerInAsync(App, experiment.Id, Share, ExperimentArm.Candidate);

        var perArm = 0;
        while (await StatusAsync(admin, experiment.Id) == ExperimentStatus.Running)
        {
            Assert.True(++perArm <= 40, "the rule never decided");
            await ConcludeAsync(happy, resolved: true, csat: 5);
            await ConcludeAsync(unhappy, resolved: false, csat: 1);
        }

        var report = (await admin.Http.GetFromJsonAsync<ExperimentReport>($"/api/experiments/{experiment.Id}"))!;
        var stopped = report.Experiment;
        Assert.Equal(ExperimentStatus.RolledBack, stopped.Status);
        Assert.Equal(ExperimentOutcome.CandidateWorse, stopped.Outcome);
        Assert.Equal(LiveExperiments.SystemActor, stopped.StoppedBy);
        Assert.Equal(ExperimentMetrics.Resolution, stopped.OutcomeMetric);
        Assert.Equal(0, stopped.CandidateRate);
        Assert.Equal(1, stopped.ProductionRate);
        Assert.Equal(perArm, stopped.CandidateCount);
        Assert.True(stopped.Statistic >= stopped.Threshold);
        Assert.Equal(40, stopped.Threshold!.Value, 6);
        // Not before the minimum per arm, and at the first conversation that had the evidence.
        Assert.Equal(20, perArm);
        Assert.False(report.Experiment.PromotionOffered);

        var reason = $"Candidate v{candidate} is worse than production v{production} on resolution: 0.0% of 20 concluded conversations against 100.0% of 20 (-100.0 points)";
        Assert.StartsWith(reason, stopped.StopReason);
        var audit = await admin.Http.GetFromJsonAsync<List<AuditResponse>>($"/api/prompts/{ExperimentClient.Prompt}/audit");
        var entry = Assert.Single(audit!, e => e.Action == ExperimentAuditActions.RolledBack);
        Assert.Equal((candidate, production, LiveExperiments.SystemActor, stopped.StopReason), (entry.FromVersion!.Value, entry.ToVersion!.Value, entry.Actor, entry.Reason));

        // All traffic is back on production: the candidate's customer too, outside any experiment.
        var next = await ChatClient.StartAsync(unhappy);
        Assert.Equal(production, next.PromptVersion);
        Assert.Equal(ExperimentStatus.RolledBack, await StatusAsync(admin, experiment.Id));
    }

    [SkippableFact]
    public async Task A_better_candidate_is_offered_for_promotion_never_promoted_until_an_admin_does_through_the_audited_label_move()
    {
        RequireDatabase();
        var admin = await App.AdminAsync();
        var (production, candidate, experiment) = await ExperimentClient.StartFreshAsync(admin, Share);
        var usual = await ExperimentClient.CustomerInAsync(App, experiment.Id, Share, ExperimentArm.Production);
        var better = await ExperimentClient.CustomerInAsync(App, experiment.Id, Share, ExperimentArm.Candidate);

        await BadInputTests<TFixture>.AssertProblemAsync(
            await admin.Http.PostAsJsonAsync($"/api/experiments/{experiment.Id}/promote", new { reason = "Too early" }), HttpStatusCode.Conflict, null);
        for (var i = 0; i < 20; i++)
        {
            await ConcludeAsync(usual, resolved: false, csat: 2);
            await ConcludeAsync(better, resolved: true, csat: 5);
        }

        var offered = (await admin.Http.GetFromJsonAsync<ExperimentReport>($"/api/experiments/{experiment.Id}"))!.Experiment;
        Assert.Equal(ExperimentStatus.Running, offered.Status);
        Assert.Equal(ExperimentOutcome.CandidateBetter, offered.Outcome);
        Assert.True(offered.PromotionOffered);
        Assert.Equal(production, await ExperimentClient.ProductionAsync(admin));

        var promote = await admin.Http.PostAsJsonAsync($"/api/experiments/{experiment.Id}/promote", new { reason = "Proven live" });
        Assert.Equal(HttpStatusCode.OK, promote.StatusCode);
        Assert.Equal(ExperimentStatus.Promoted, (await promote.Content.ReadFromJsonAsync<ExperimentReport>())!.Experiment.Status);
        Assert.Equal(candidate, await ExperimentClient.ProductionAsync(admin));
        var audit = await admin.Http.GetFromJsonAsync<List<AuditResponse>>($"/api/prompts/{ExperimentClient.Prompt}/audit");
        Assert.Contains(audit!, e => e.Action == PromptAuditActions.LabelMoved && e.Label == "production" && e.FromVersion == production && e.ToVersion == candidate
            && e.Actor == admin.Email && e.Reason == $"Experiment {experiment.Id}: Proven live");
        Assert.Contains(audit!, e => e.Action == ExperimentAuditActions.CandidateBetter && e.Actor == LiveExperiments.SystemActor);

        // Put production back for the other tests of the class.
        (await admin.Http.PostAsJsonAsync($"/api/prompts/{ExperimentClient.Prompt}/rollback", new { reason = "Back to where the test started" })).EnsureSuccessStatusCode();
    }

    private static async Task ConcludeAsync(SignedInClient customer, bool resolved, int csat)
    {
        var conversation = await ChatClient.StartAsync(customer);
        if (resolved) (await customer.Http.PostAsync($"/api/conversations/{conversation.Id}/resolve", null)).EnsureSuccessStatusCode();
        (await customer.Http.PostAsJsonAsync($"/api/conversations/{conversation.Id}/rating", new { csat })).EnsureSuccessStatusCode();
    }

    private static async Task<string> StatusAsync(SignedInClient admin, Guid id) =>
        (await admin.Http.GetFromJsonAsync<ExperimentReport>($"/api/experiments/{id}"))!.Experiment.Status;
}

public sealed class LiveSqliteAutoRollbackTests(SqliteAppFixture app) : LiveAutoRollbackTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class LivePostgresAutoRollbackTests(PostgresAppFixture app) : LiveAutoRollbackTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
