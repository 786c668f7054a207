using System.Globalization;
using System.Security.Claims;
using AgentSupport.Prompts;
using AgentSupport.Prompts.Storage;
using AgentSupport.Web.Accounts;
using AgentSupport.Web.Conversations;
using AgentSupport.Web.Data;
using AgentSupport.Web.E2ETests.Infrastructure;
using AgentSupport.Web.Experiments;
using AgentSupport.Web.Prompts;
using AgentSupport.Web.Ui.Admin;
using AgentSupport.Web.Ui.Experiments;
using AgentSupport.Web.Ui.Formatting;
using AgentSupport.Web.Ui.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AgentSupport.Web.E2ETests.Browser;

/// <summary>
/// An experiment whose candidate's customers leave unresolved and unhappy rolls itself back in the running app; the
/// admin's experiments page then shows it rolled back, why, with the figures the rule decided on, both arms' figures
/// with their intervals, and the prompt's audit trail names the rollback.
/// </summary>
[Collection(ExperimentBrowserCollection.Name)]
public sealed class ExperimentDashboardTests(ExperimentAppFixture app)
{
    private const double Share = 0.5;

    [SkippableFact]
    public async Task A_rolled_back_experiment_is_shown_with_its_reason_and_figures()
    {
        Skip.IfNot(BrowserAppFixture.BrowserAvailable, BrowserAppFixture.SkipReason);
        var experiment = await RollBackAnExperimentAsync();
        var culture = CultureInfo.GetCultureInfo(UiCultures.English);
        var text = ExperimentStrings.English;
        var (expectedReason, expectedWhen, production, candidate) = WithCulture(culture, () => (
            text.Evidence(text.WorseOn(text.MetricName(ExperimentMetrics.Resolution)), MetricFormat.Percent(0), 20, MetricFormat.Percent(1), 20,
                MetricFormat.Number(experiment.Statistic), MetricFormat.Number(experiment.Threshold), "0.05"),
            text.RolledBackAt(DisplayTime.Format(experiment.StoppedAt!.Value, culture)),
            MetricFormat.Percent(1), MetricFormat.Percent(0)));

        var page = await app.NewPageAsync(UiCultures.English);
        await page.SignInAsync(DemoSeeder.Admin.Email, DemoSeeder.Admin.Password);
        await page.GotoInteractiveAsync("/admin/experiments");

        var card = page.Locator($"[data-experiment-id='{experiment.Id}']");
        await Assertions.Expect(card.GetByTestId("experiment-status")).ToHaveTextAsync(text.StatusName(ExperimentStatus.RolledBack));
        var reason = card.GetByTestId("experiment-reason");
        await Assertions.Expect(reason).ToContainTextAsync(expectedWhen);
        await Assertions.Expect(reason).ToContainTextAsync(expectedReason);
        await Assertions.Expect(card.Locator("tr[data-arm='production'] td[data-metric='resolution']")).ToContainTextAsync(production);
        await Assertions.Expect(card.Locator("tr[data-arm='candidate'] td[data-metric='resolution']")).ToContainTextAsync(candidate);
        await Assertions.Expect(card.Locator("tr[data-arm='candidate'] td[data-metric='resolution']")).ToContainTextAsync("95 % interval");
        await Assertions.Expect(card.Locator("li[data-metric='resolution']")).ToContainTextAsync(text.Worse);
        await Assertions.Expect(card.GetByTestId("stop-experiment")).ToHaveCountAsync(0);
        await page.ScreenshotAsync("80-experiment-rolled-back");

        await page.GotoInteractiveAsync($"/admin/prompts/{ChatPrompt.AgentPromptId}");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Audit trail" }).ClickAsync();
        var rolledBack = page.GetByTestId("audit-table").Locator("tbody tr").Filter(new() { HasText = "Experiment rolled back" });
        await Assertions.Expect(rolledBack).ToContainTextAsync(experiment.StopReason!);
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// A candidate version, an experiment at 50 %, and one customer in each arm holding chats through the app's chat
    /// service: production's resolved and rated 5, the candidate's ended unresolved and rated 1, until the rule decides.
    /// </summary>
    private async Task<Experiment> RollBackAnExperimentAsync()
    {
        var store = app.Services.GetRequiredService<FilePromptStore>();
        var candidate = store.CreateVersion(ChatPrompt.AgentPromptId, new PromptEdit { Author = DemoSeeder.Admin.Email, Description = "Shorter answers" });
        store.MoveLabel(ChatPrompt.AgentPromptId, PromptLabels.Candidate, candidate.Number, by: DemoSeeder.Admin.Email, reason: "To test live");

        await using var scope = app.Services.CreateAsyncScope();
        var desk = scope.ServiceProvider.GetRequiredService<ExperimentDesk>();
        var admin = await app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == DemoSeeder.Admin.Email));
        var started = await desk.StartAsync(new ClaimsPrincipal(new ClaimsIdentity(AuthClaims.For(admin), "test")), new StartExperimentRequest(ChatPrompt.AgentPromptId, Share, null, "Shorter answers"), CancellationToken.None);
        var id = started.Value!.Experiment.Id;
        var happy = await CustomerInAsync(id, ExperimentArm.Production);
        var unhappy = await CustomerInAsync(id, ExperimentArm.Candidate);

        for (var i = 0; i < 40 && await StatusAsync(id) == ExperimentStatus.Running; i++)
        {
            await ConcludeAsync(happy, resolved: true, csat: 5);
            await ConcludeAsync(unhappy, resolved: false, csat: 1);
        }
        var experiment = await app.WithDbAsync(db => db.Experiments.AsNoTracking().SingleAsync(e => e.Id == id));
        Assert.Equal(ExperimentStatus.RolledBack, experiment.Status);
        return experiment;
    }

    private async Task<Guid> CustomerInAsync(Guid experimentId, string arm)
    {
        while (true)
        {
            var email = $"{arm}-{Guid.NewGuid():N}@example.com";
            var user = new User { Email = email, NormalizedEmail = User.Normalize(email), DisplayName = arm, Role = Roles.Customer };
            if (ArmAssignment.For(experimentId, user.Id, Share) != arm) continue;
            await app.WithDbAsync(db =>
            {
                db.Users.Add(user);
                return db.SaveChangesAsync();
            });
            return user.Id;
        }
    }

    private async Task ConcludeAsync(Guid customer, bool resolved, int csat)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var chat = scope.ServiceProvider.GetRequiredService<ChatService>();
        var conversation = await chat.StartAsync(customer, new StartConversation(null, "service", "webchat", "en", Tone: null), CancellationToken.None);
        if (resolved) await chat.ResolveAsync(conversation, CancellationToken.None);
        await chat.RateAsync(conversation, csat, comment: null, CancellationToken.None);
    }

    private Task<string> StatusAsync(Guid id) => app.WithDbAsync(db => db.Experiments.Where(e => e.Id == id).Select(e => e.Status).SingleAsync());

    private static T WithCulture<T>(CultureInfo culture, Func<T> format)
    {
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, culture);
        try { return format(); }
        finally { (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (before, beforeUi); }
    }
}
