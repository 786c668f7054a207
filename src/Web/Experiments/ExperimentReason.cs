using System.Globalization;

namespace AgentSupport.Web.Experiments;

/// <summary>Why the rule decided, with the figures, as the audit trail records it (the dashboard words it in the reader's language).</summary>
public static class ExperimentReason
{
    public static string Describe(Experiment experiment, string outcome, string metric, MetricTest test)
    {
        var what = metric == ExperimentMetrics.Resolution ? "resolution" : $"CSAT (share rating {ExperimentMetrics.SatisfiedFrom} or 5)";
        var unit = metric == ExperimentMetrics.Resolution ? "concluded" : "rated";
        var verdict = outcome == ExperimentOutcome.CandidateWorse ? "worse" : "better";
        return string.Create(CultureInfo.InvariantCulture,
            $"Candidate v{experiment.CandidateVersion} is {verdict} than production v{experiment.ProductionVersion} on {what}: " +
            $"{test.Candidate.Rate * 100:0.0}% of {test.Candidate.Trials} {unit} conversations against {test.Production.Rate * 100:0.0}% of {test.Production.Trials} " +
            $"({test.Difference * 100:+0.0;-0.0} points); mSPRT likelihood ratio {test.Statistic:0.#} ≥ {test.Threshold:0.#} (α = {experiment.Alpha:0.###}).");
    }
}
