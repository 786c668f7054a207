using System.Text.RegularExpressions;
using AgentSupport.Agent.Offline.Understanding;
using AgentSupport.Plugins.Warranty;

namespace AgentSupport.Agent.Offline.Agent.Skills;

/// <summary>warranty_claim: is the failure covered, and once the customer says yes, open the claim.</summary>
internal sealed partial class WarrantySkill : IIntentSkill
{
    private const string Check = WarrantyCoveragePlugin.CheckWarrantyCoverage;
    private const string Open = WarrantyCoveragePlugin.OpenWarrantyClaim;
    private const int DescriptionLimit = 500;

    public string Intent => Intents.Warranty;

    public string Plugin => WarrantyCoveragePlugin.Name;

    public IReadOnlyList<string> Answers { get; } = [Check, Open];

    public string Capability(AgentTurn turn) => WarrantyPhrases.Book.For(turn).Capability;

    public AgentStep Next(AgentTurn turn)
    {
        var say = WarrantyPhrases.Book.For(turn);
        var outcome = turn.LastOutcome;
        if (outcome is not null && outcome.Is(Plugin, Open))
        {
            return outcome.Value<WarrantyClaimOpened>() is { } claim
                ? AgentStep.Say(say.ClaimOpened(claim.ClaimNumber, say.Plan(claim.Plan), claim.Plate), completes: true)
                : CommonReplies.Failure(turn, outcome, say.AWarranty);
        }

        var facts = turn.Facts;
        if (outcome is not null && outcome.Is(Plugin, Check))
        {
            if (outcome.Value<WarrantyCoverage>() is not { } coverage)
            {
                return CommonReplies.Failure(turn, outcome, say.ACarUnderWarranty);
            }

            // The prompt asks for an explicit yes before opening a claim: a customer who asked to open it gave it.
            if (coverage.Decision.Covered && AsksToOpen().IsMatch(turn.Conversation.LatestUserText) && facts.Km is not null && facts.Component is not null)
            {
                return AgentStep.Call(Plugin, Open, CommonReplies.Arguments(
                    ("component", facts.Component),
                    ("currentKm", facts.Km),
                    ("description", Description(turn)),
                    ("plate", coverage.Plate)));
            }

            return coverage.Decision.Covered
                ? AgentStep.Say(Covered(turn, say, coverage))
                : AgentStep.Say(NotCovered(turn, say, coverage.Decision), completes: true);
        }

        var earlierCoverage = turn.Conversation.AllOutcomes.LastOrDefault(earlier => earlier.Is(Plugin, Check))?.Value<WarrantyCoverage>();
        if (earlierCoverage is { Decision.Covered: true } && IntentRecognizer.IsAffirmative(turn.Conversation.LatestUserText))
        {
            return AgentStep.Call(Plugin, Open, CommonReplies.Arguments(
                ("component", facts.Component),
                ("currentKm", facts.Km),
                ("description", Description(turn)),
                ("plate", earlierCoverage.Plate)));
        }

        var missing = new List<string>();
        if (facts.Component is null)
        {
            missing.Add(say.WhichPart);
        }

        if (facts.Km is null)
        {
            missing.Add(say.CurrentKm);
        }

        if (missing.Count > 0)
        {
            return AgentStep.Say(say.Ask(Wording.List(missing, turn.Language)));
        }

        return AgentStep.Call(Plugin, Check, CommonReplies.Arguments(("component", facts.Component), ("currentKm", facts.Km), ("plate", facts.Plate)));
    }

    private static string Covered(AgentTurn turn, WarrantyPhrases say, WarrantyCoverage coverage)
    {
        var until = coverage.Decision.CoverageEndsOn is { } endsOn ? say.Until(Wording.Date(endsOn, turn.Language, turn.Today)) : "";
        return say.Covered(CommonReplies.Lead(turn), coverage.Plate, say.Plan(coverage.Decision.Plan), until);
    }

    private static string NotCovered(AgentTurn turn, WarrantyPhrases say, CoverageDecision decision)
    {
        if (decision.Plan == CoveragePlan.Excluded)
        {
            return say.WearAndTear;
        }

        var ended = decision.CoverageEndsOn is { } endsOn
            ? say.EndedOn(Wording.Date(endsOn, turn.Language, turn.Today), Wording.Number(decision.CoverageEndsAtKm ?? 0, turn.Language))
            : say.Ended;
        return say.NotCovered(say.Plan(decision.Plan), ended);
    }

    private static string Description(AgentTurn turn)
    {
        var text = string.Join(" ", turn.Conversation.UserTexts);
        return text.Length <= DescriptionLimit ? text : text[..DescriptionLimit];
    }

    [GeneratedRegex(@"\b(abr[ea]\w*|abrir|lev[aá]nt\w*|hacer v[aá]lida|hacerla v[aá]lida|reclam\w*|open|file|start|make)\b.{0,30}\b(reclamo|garant[ií]a|claim|warranty)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsksToOpen();
}
