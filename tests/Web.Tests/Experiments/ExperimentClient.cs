using System.Net.Http.Json;
using AgentSupport.Prompts;
using AgentSupport.Web.Experiments;
using AgentSupport.Web.Prompts;
using AgentSupport.Web.Tests.Infrastructure;

namespace AgentSupport.Web.Tests.Experiments;

/// <summary>Drives experiments as an admin would, over the API.</summary>
public static class ExperimentClient
{
    public const string Prompt = ChatPrompt.AgentPromptId;

    /// <summary>A new version of the agent's prompt, which becomes its candidate.</summary>
    public static async Task<int> NewCandidateAsync(SignedInClient admin)
    {
        var v1 = await admin.Http.GetFromJsonAsync<VersionDetail>($"/api/prompts/{Prompt}/versions/1");
        var created = await admin.Http.PostAsJsonAsync($"/api/prompts/{Prompt}/versions",
            new { body = v1!.Body + "\nConfirm the plate before quoting an offer.\n", description = "Confirm plates", parent = 1, reason = "To test live" });
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<VersionSummary>())!.Version;
    }

    /// <summary>The version the prompt's production label points at now.</summary>
    public static async Task<int> ProductionAsync(SignedInClient admin) =>
        (await admin.Http.GetFromJsonAsync<List<PromptSummary>>("/api/prompts"))!.Single(p => p.Id == Prompt).Labels[PromptLabels.Production];

    public static Task<HttpResponseMessage> StartAsync(SignedInClient admin, double share, string prompt = Prompt) =>
        admin.Http.PostAsJsonAsync("/api/experiments", new { promptId = prompt, trafficShare = share, reason = "Does confirming plates help?" });

    /// <summary>Stops whatever experiment of the prompt an earlier test of the class left running.</summary>
    public static async Task StopRunningAsync(SignedInClient admin)
    {
        var experiments = await admin.Http.GetFromJsonAsync<List<ExperimentSummary>>($"/api/experiments?promptId={Prompt}");
        foreach (var running in experiments!.Where(e => e.Status == ExperimentStatus.Running))
            (await admin.Http.PostAsJsonAsync($"/api/experiments/{running.Id}/stop", new { reason = "Clean slate" })).EnsureSuccessStatusCode();
    }

    /// <summary>A fresh experiment at <paramref name="share"/> (whatever ran stopped, a new candidate stored): the versions in play and the experiment.</summary>
    public static async Task<(int Production, int Candidate, ExperimentSummary Experiment)> StartFreshAsync(SignedInClient admin, double share)
    {
        await StopRunningAsync(admin);
        var production = await ProductionAsync(admin);
        var candidate = await NewCandidateAsync(admin);
        var experiment = (await (await StartAsync(admin, share)).Content.ReadFromJsonAsync<ExperimentReport>())!.Experiment;
        return (production, candidate, experiment);
    }

    /// <summary>Registers customers until one lands in <paramref name="arm"/>.</summary>
    public static async Task<SignedInClient> CustomerInAsync(AppFixture app, Guid experimentId, double share, string arm)
    {
        while (true)
        {
            var customer = await app.CustomerAsync(arm);
            if (ArmAssignment.For(experimentId, customer.UserId, share) == arm) return customer;
        }
    }
}
