using System.Net;
using System.Net.Http.Json;
using AgentSupport.Web.Experiments;
using AgentSupport.Web.Prompts;
using AgentSupport.Web.Tests.Accounts;
using AgentSupport.Web.Tests.Conversations;
using AgentSupport.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AgentSupport.Web.Tests.Experiments;

/// <summary>
/// Live experiments over real HTTP: an admin starts one (a second of the same prompt is refused with 409), customers
/// are served the version of their arm and each conversation records the experiment and the arm, an admin stops it and
/// everyone is served production again; all of it in the prompt's audit trail. Customers cannot touch experiments.
/// </summary>
public abstract class ExperimentTests<TFixture>(TFixture app) : ProviderTests<TFixture>(app) where TFixture : AppFixture
{
    [SkippableFact]
    public async Task Start_refuses_a_second_experiment_of_the_prompt_with_409_and_stop_ends_it_both_audited()
    {
        RequireDatabase();
        var admin = await App.AdminAsync();
        await ExperimentClient.StopRunningAsync(admin);
        var production = await ExperimentClient.ProductionAsync(admin);
        var candidate = await ExperimentClient.NewCandidateAsync(admin);

        var started = await ExperimentClient.StartAsync(admin, 0.1);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var report = (await started.Content.ReadFromJsonAsync<ExperimentReport>())!;
        Assert.Equal(ExperimentStatus.Running, report.Experiment.Status);
        Assert.Equal(candidate, report.Experiment.CandidateVersion);
        Assert.Equal(production, report.Experiment.ProductionVersion);
        Assert.Equal(0.1, report.Experiment.TrafficShare);
        Assert.Equal($"/api/experiments/{report.Experiment.Id}", started.Headers.Location?.OriginalString);

        var second = await ExperimentClient.StartAsync(admin, 0.2);
        var problem = await BadInputTests<TFixture>.AssertProblemAsync(second, HttpStatusCode.Conflict, null);
        Assert.Equal(report.Experiment.Id, problem.GetProperty("runningExperimentId").GetGuid());

        var stop = await admin.Http.PostAsJsonAsync($"/api/experiments/{report.Experiment.Id}/stop", new { reason = "Enough for today" });
        Assert.Equal(HttpStatusCode.OK, stop.StatusCode);
        var stopped = (await stop.Content.ReadFromJsonAsync<ExperimentReport>())!.Experiment;
        Assert.Equal(ExperimentStatus.Stopped, stopped.Status);
        Assert.Equal(admin.Email, stopped.StoppedBy);
        Assert.Equal("Enough for today", stopped.StopReason);
        await BadInputTests<TFixture>.AssertProblemAsync(
            await admin.Http.PostAsJsonAsync($"/api/experiments/{report.Experiment.Id}/stop", new { reason = "Again" }), HttpStatusCode.Conflict, null);

        var audit = await admin.Http.GetFromJsonAsync<List<AuditResponse>>($"/api/prompts/{ExperimentClient.Prompt}/audit");
        Assert.Contains(audit!, e => e.Action == ExperimentAuditActions.Started && e.Actor == admin.Email && e.FromVersion == production && e.ToVersion == candidate
            && e.Reason == $"10% of customers on v{candidate}: Does confirming plates help?");
        Assert.Contains(audit!, e => e.Action == ExperimentAuditActions.Stopped && e.Actor == admin.Email && e.Reason == "Enough for today");

        // Stopped, the prompt is free for the next experiment.
        var next = await ExperimentClient.StartAsync(admin, 0.2);
        Assert.Equal(HttpStatusCode.Created, next.StatusCode);
        await ExperimentClient.StopRunningAsync(admin);
    }

    [SkippableFact]
    public async Task Two_admins_starting_an_experiment_of_the_same_prompt_at_once_one_wins_the_other_gets_409()
    {
        RequireDatabase();
        var (first, second) = (await App.AdminAsync(), await App.AdminAsync());
        await ExperimentClient.StopRunningAsync(first);
        await ExperimentClient.NewCandidateAsync(first);

        var starts = await Task.WhenAll(ExperimentClient.StartAsync(first, 0.1), ExperimentClient.StartAsync(second, 0.2));

        Assert.Single(starts, s => s.StatusCode == HttpStatusCode.Created);
        await BadInputTests<TFixture>.AssertProblemAsync(Assert.Single(starts, s => s.StatusCode == HttpStatusCode.Conflict), HttpStatusCode.Conflict, null);
        var experiments = await first.Http.GetFromJsonAsync<List<ExperimentSummary>>($"/api/experiments?promptId={ExperimentClient.Prompt}");
        Assert.Single(experiments!, e => e.Status == ExperimentStatus.Running);
        await ExperimentClient.StopRunningAsync(first);
    }

    [SkippableFact]
    public async Task Each_customer_stays_in_one_arm_is_served_its_version_and_the_conversation_records_experiment_and_arm()
    {
        RequireDatabase();
        var admin = await App.AdminAsync();
        const double share = 0.5;
        var (production, candidate, started) = await ExperimentClient.StartFreshAsync(admin, share);

        var customers = new List<SignedInClient>();
        for (var i = 0; i < 8; i++) customers.Add(await App.CustomerAsync($"arm{i}"));
        var conversations = new List<(SignedInClient Customer, Guid Conversation)>();
        foreach (var customer in customers)
            for (var visit = 0; visit < 2; visit++) conversations.Add((customer, (await ChatClient.StartAsync(customer)).Id));

        var stored = await App.WithDbAsync(db => db.Conversations.AsNoTracking().Where(c => c.ExperimentId == started.Id).ToListAsync());
        Assert.Equal(conversations.Count, stored.Count);
        foreach (var (customer, id) in conversations)
        {
            var conversation = Assert.Single(stored, c => c.Id == id);
            var arm = ArmAssignment.For(started.Id, customer.UserId, share);
            Assert.Equal(arm, conversation.ExperimentArm);
            Assert.Equal(arm == ExperimentArm.Candidate ? candidate : production, conversation.PromptVersion);
        }
        Assert.All(customers, customer => Assert.Single(stored.Where(c => c.CustomerId == customer.UserId).Select(c => c.ExperimentArm).Distinct()));

        var report = await admin.Http.GetFromJsonAsync<ExperimentReport>($"/api/experiments/{started.Id}");
        Assert.Equal(stored.Count(c => c.ExperimentArm == ExperimentArm.Candidate), report!.Candidate.Conversations);
        Assert.Equal(stored.Count(c => c.ExperimentArm == ExperimentArm.Production), report.Production.Conversations);
        // Nothing concluded yet: both metrics are collecting, with the conversations a decision would need.
        Assert.All(report.Decisions, d => Assert.Equal((nameof(TestState.Collecting), true), (d.State, d.MoreNeeded > 0)));

        // Stopped, everyone is served production, outside any experiment.
        (await admin.Http.PostAsJsonAsync($"/api/experiments/{started.Id}/stop", new { reason = "Done" })).EnsureSuccessStatusCode();
        foreach (var customer in customers)
        {
            var after = await ChatClient.StartAsync(customer);
            Assert.Equal(production, after.PromptVersion);
            Assert.Null(await App.WithDbAsync(db => db.Conversations.Where(c => c.Id == after.Id).Select(c => c.ExperimentId).SingleAsync()));
        }
    }

    [SkippableFact]
    public async Task Customers_may_not_list_start_stop_or_promote_experiments()
    {
        RequireDatabase();
        var customer = await App.CustomerAsync();
        var id = Guid.NewGuid();
        Assert.Equal(HttpStatusCode.Forbidden, (await customer.Http.GetAsync("/api/experiments")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await customer.Http.GetAsync($"/api/experiments/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ExperimentClient.StartAsync(customer, 0.1)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await customer.Http.PostAsJsonAsync($"/api/experiments/{id}/stop", new { reason = "mine now" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await customer.Http.PostAsJsonAsync($"/api/experiments/{id}/promote", new { reason = "mine now" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.CreateClient().GetAsync("/api/experiments")).StatusCode);
    }

    [SkippableFact]
    public async Task Bad_requests_are_problems()
    {
        RequireDatabase();
        var admin = await App.AdminAsync();
        await BadInputTests<TFixture>.AssertProblemAsync(await ExperimentClient.StartAsync(admin, 0.9), HttpStatusCode.BadRequest, "TrafficShare");
        await BadInputTests<TFixture>.AssertProblemAsync(await ExperimentClient.StartAsync(admin, 0.1, "no-such-prompt"), HttpStatusCode.NotFound, null);
        // The judge's prompt has no candidate label: nothing to compare.
        await BadInputTests<TFixture>.AssertProblemAsync(await ExperimentClient.StartAsync(admin, 0.1, "judge"), HttpStatusCode.Conflict, null);
        await BadInputTests<TFixture>.AssertProblemAsync(
            await admin.Http.PostAsJsonAsync($"/api/experiments/{Guid.NewGuid()}/stop", new { reason = "nothing there" }), HttpStatusCode.NotFound, null);
        await BadInputTests<TFixture>.AssertProblemAsync(
            await admin.Http.PostAsJsonAsync($"/api/experiments/{Guid.NewGuid()}/stop", new { reason = "" }), HttpStatusCode.BadRequest, "Reason");
        await BadInputTests<TFixture>.AssertProblemAsync(await admin.Http.GetAsync($"/api/experiments/{Guid.NewGuid()}"), HttpStatusCode.NotFound, null);
    }
}

public sealed class ExperimentSqliteTests(SqliteAppFixture app) : ExperimentTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class ExperimentPostgresTests(PostgresAppFixture app) : ExperimentTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
