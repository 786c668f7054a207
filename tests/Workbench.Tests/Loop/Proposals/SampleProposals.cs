using System.Text.Json.Nodes;

namespace AgentSupport.Workbench.Tests.Loop.Proposals;

/// <summary>Proposer replies for tests: a valid one to start from, changed per test.</summary>
internal static class SampleProposals
{
    public static JsonObject Valid(string systemPatch = "", string userPatch = "", JsonObject? policy = null)
    {
        var changes = new JsonObject
        {
            ["system_patch"] = systemPatch,
            ["user_patch"] = userPatch,
            ["rationale"] = "payment_status is the worst intent and its tool is disabled.",
        };
        if (policy is not null)
        {
            changes["policy"] = policy;
        }

        return new JsonObject
        {
            ["prompt_changes"] = changes,
            ["code_changes"] = new JsonArray(new JsonObject { ["title"] = "Retry payouts", ["patch"] = "--- a\n+++ b", ["impact"] = "resolution", ["risk"] = "low" }),
            ["tools"] = new JsonArray(new JsonObject { ["name"] = "PayoutTracker", ["why"] = "payment_status", ["api_sketch"] = "get_payout_status(plate)", ["effort_1_3"] = 2 }),
            ["evaluation_plan"] = new JsonObject
            {
                ["metrics"] = new JsonArray("resolution_rate", "avg_csat"),
                ["offline_protocol"] = "paired regeneration",
                ["online_protocol"] = "10% rollout",
                ["success_criteria"] = "resolution +5 points",
            },
            ["risks"] = new JsonArray("longer answers"),
        };
    }
}
