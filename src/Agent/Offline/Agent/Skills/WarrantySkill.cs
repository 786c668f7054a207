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

    public string Capability(AgentTurn turn) => turn.L("tu garantía", "your warranty");

    public AgentStep Next(AgentTurn turn)
    {
        var outcome = turn.LastOutcome;
        if (outcome is not null && outcome.Is(Plugin, Open))
        {
            return outcome.Value<WarrantyClaimOpened>() is { } claim
                ? AgentStep.Say(turn.L(
                    $"Listo: abrí el reclamo {claim.ClaimNumber} de garantía {Plan(turn, claim.Plan)} para tu auto {claim.Plate}. Un asesor de garantías te contactará para revisarlo.",
                    $"Done: I opened {Plan(turn, claim.Plan)} warranty claim {claim.ClaimNumber} for your car {claim.Plate}. A warranty advisor will contact you to inspect it.",
                    $"Listo: abrí el reclamo {claim.ClaimNumber} de garantía {Plan(turn, claim.Plan)} para su auto {claim.Plate}. Un asesor de garantías le contactará para revisarlo."), completes: true)
                : CommonReplies.Failure(turn, outcome, turn.L("una garantía", "a warranty"));
        }

        var facts = turn.Facts;
        if (outcome is not null && outcome.Is(Plugin, Check))
        {
            if (outcome.Value<WarrantyCoverage>() is not { } coverage)
            {
                return CommonReplies.Failure(turn, outcome, turn.L("un auto con garantía", "a car under warranty"));
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
                ? AgentStep.Say(Covered(turn, coverage))
                : AgentStep.Say(NotCovered(turn, coverage.Decision), completes: true);
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
            missing.Add(turn.L("qué parte falla (motor, transmisión, sistema eléctrico, frenos…)", "which part is failing (engine, transmission, electrical, brakes…)"));
        }

        if (facts.Km is null)
        {
            missing.Add(turn.L("el kilometraje actual", "the current mileage in km"));
        }

        if (missing.Count > 0)
        {
            return AgentStep.Say(turn.L(
                $"Reviso tu garantía. ¿Me dices {Wording.List(missing, turn.Language)}?",
                $"I'll check your warranty. Could you tell me {Wording.List(missing, turn.Language)}?",
                $"Reviso su garantía. ¿Me indica {Wording.List(missing, turn.Language)}?"));
        }

        return AgentStep.Call(Plugin, Check, CommonReplies.Arguments(("component", facts.Component), ("currentKm", facts.Km), ("plate", facts.Plate)));
    }

    private static string Covered(AgentTurn turn, WarrantyCoverage coverage)
    {
        var until = coverage.Decision.CoverageEndsOn is { } endsOn
            ? turn.L($" hasta el {Wording.Date(endsOn, turn.Language, turn.Today)}", $" until {Wording.Date(endsOn, turn.Language, turn.Today)}")
            : "";
        return turn.L(
            $"{CommonReplies.Lead(turn)} La falla de tu auto {coverage.Plate} está cubierta por la garantía {Plan(turn, coverage.Decision.Plan)}{until}. ¿Quieres que abra el reclamo?",
            $"{CommonReplies.Lead(turn)} The failure on your car {coverage.Plate} is covered by the {Plan(turn, coverage.Decision.Plan)} warranty{until}. Would you like me to open the claim?",
            $"{CommonReplies.Lead(turn)} La falla de su auto {coverage.Plate} está cubierta por la garantía {Plan(turn, coverage.Decision.Plan)}{until}. ¿Desea que abra el reclamo?");
    }

    private static string NotCovered(AgentTurn turn, CoverageDecision decision)
    {
        if (decision.Plan == CoveragePlan.Excluded)
        {
            return turn.L(
                "Esa pieza es de desgaste normal y la garantía no la cubre; con gusto te agendamos una revisión en el taller.",
                "That part is normal wear and tear, which the warranty does not cover; we can book a workshop visit for you.",
                "Esa pieza es de desgaste normal y la garantía no la cubre; con gusto le agendamos una revisión en el taller.");
        }

        var limit = decision.CoverageEndsOn is { } endsOn
            ? turn.L($"terminó el {Wording.Date(endsOn, turn.Language, turn.Today)} o a los {Wording.Number(decision.CoverageEndsAtKm ?? 0, turn.Language)} km", $"ended on {Wording.Date(endsOn, turn.Language, turn.Today)} or at {Wording.Number(decision.CoverageEndsAtKm ?? 0, turn.Language)} km")
            : turn.L("ya terminó", "has ended");
        return turn.L(
            $"Lo siento: la garantía {Plan(turn, decision.Plan)} de esa pieza {limit} (lo que ocurra primero), así que esta falla ya no está cubierta.",
            $"I'm sorry: the {Plan(turn, decision.Plan)} warranty for that part {limit} (whichever comes first), so this failure is no longer covered.",
            $"Lo lamento: la garantía {Plan(turn, decision.Plan)} de esa pieza {limit} (lo que ocurra primero), así que esta falla ya no está cubierta.");
    }

    private static string Plan(AgentTurn turn, CoveragePlan plan) => plan switch
    {
        CoveragePlan.Powertrain => turn.L("de tren motriz", "powertrain"),
        CoveragePlan.Basic => turn.L("básica", "basic"),
        _ => turn.L("excluida", "excluded"),
    };

    private static string Description(AgentTurn turn)
    {
        var text = string.Join(" ", turn.Conversation.UserTexts);
        return text.Length <= DescriptionLimit ? text : text[..DescriptionLimit];
    }

    [GeneratedRegex(@"\b(abr[ea]\w*|abrir|lev[aá]nt\w*|hacer v[aá]lida|hacerla v[aá]lida|reclam\w*|open|file|start|make)\b.{0,30}\b(reclamo|garant[ií]a|claim|warranty)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsksToOpen();
}
