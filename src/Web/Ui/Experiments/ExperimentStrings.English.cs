namespace AgentSupport.Web.Ui.Experiments;

public sealed partial record ExperimentStrings
{
    public static ExperimentStrings English { get; } = new()
    {
        Experiments = "Experiments",
        Intro = "Serve a prompt's candidate version to a share of customers next to production. After every conversation the experiment " +
                "checks whether the candidate is worse or better with confidence; when it is worse on resolution or CSAT it stops itself and " +
                "every customer is served production again. When it is better you can promote it.",
        StartTitle = "Start an experiment",
        Prompt = "Prompt",
        SharePercent = "Customers on the candidate (%)",
        Reason = "Reason",
        Start = "Start",
        NothingToStart = "No prompt has a candidate version other than production. Create one on the prompt's page first.",
        NoExperiments = "No experiment yet.",
        Heading = (prompt, production, candidate) => $"{prompt}: v{production} against v{candidate}",
        StartedBy = (who, when) => $"Started by {who} on {when}",
        ShareOf = share => $"{share} of customers on the candidate",
        StatusNames = new Dictionary<string, string>
        {
            ["running"] = "Running", ["stopped"] = "Stopped", ["rolled_back"] = "Rolled back", ["promoted"] = "Promoted",
        },
        ArmNames = new Dictionary<string, string> { ["production"] = "Production", ["candidate"] = "Candidate" },
        Arm = "Arm",
        Version = "Version",
        Conversations = "Conversations",
        Resolution = "Resolution",
        Satisfied = "Satisfied (4–5 stars)",
        Csat = "CSAT",
        Composite = "Composite",
        Interval = (low, high) => $"95 % interval {low} – {high}",
        Rule = "Sequential rule",
        MetricNames = new Dictionary<string, string> { ["resolution"] = "Resolution", ["csat"] = "CSAT (satisfied)" },
        Collecting = minimum => $"Collecting: each arm needs {minimum} outcomes",
        Undecided = "Undecided",
        Worse = "Candidate worse",
        Better = "Candidate better",
        Statistic = (value, threshold) => $"likelihood ratio {value} (decides at {threshold})",
        MoreNeeded = (count, effect) => $"about {count} more to decide a difference of {effect}",
        OutOfReach = "a difference of that size is out of reach",
        Evidence = (metric, candidate, candidateCount, production, productionCount, value, threshold, alpha) =>
            $"The candidate is {metric}: {candidate} of {candidateCount} against {production} of {productionCount} on production " +
            $"(likelihood ratio {value}, decides at {threshold}, α = {alpha}).",
        WorseOn = metric => $"worse on {metric}",
        BetterOn = metric => $"better on {metric}",
        RolledBackAt = when => $"Rolled back automatically on {when}; every customer is served production again.",
        StoppedByAt = (who, when) => $"Stopped by {who} on {when}",
        PromotionOffered = "The candidate is better with confidence. Promote it to production if you agree: nothing changes until you do.",
        Stop = "Stop",
        Promote = "Promote to production",
        Started = "The experiment is running.",
        StoppedNotice = "The experiment is stopped; every customer is served production.",
        PromotedNotice = "The candidate is now production.",
    };
}
