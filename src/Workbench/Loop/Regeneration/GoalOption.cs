namespace AgentSupport.Workbench.Loop.Regeneration;

/// <summary>A goal the fixture's data makes possible for one of its customers, in both languages.</summary>
public sealed record GoalOption(string Intent, Guid CustomerId, string CustomerName, string Spanish, string English, ScenarioExpectation Expectation)
{
    public string In(string language) => language == "en" ? English : Spanish;
}
