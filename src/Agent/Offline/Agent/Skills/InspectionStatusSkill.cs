using AgentSupport.Agent.Offline.Understanding;
using AgentSupport.Plugins.Inspections;

namespace AgentSupport.Agent.Offline.Agent.Skills;

/// <summary>status_eval: where the customer's car is in the mechanical inspection or the workshop.</summary>
internal sealed class InspectionStatusSkill : IIntentSkill
{
    public string Intent => Intents.InspectionStatus;

    public string Plugin => InspectionStatusPlugin.Name;

    public IReadOnlyList<string> Answers { get; } = [InspectionStatusPlugin.GetInspectionStatus];

    public string Capability(AgentTurn turn) => InspectionStatusPhrases.Book.For(turn).Capability;

    public AgentStep Next(AgentTurn turn)
    {
        var outcome = turn.LastOutcome;
        if (outcome is null || !outcome.Is(Plugin, InspectionStatusPlugin.GetInspectionStatus))
        {
            // Without a plate the plugin answers for all the customer's inspections.
            return AgentStep.Call(Plugin, InspectionStatusPlugin.GetInspectionStatus, CommonReplies.Arguments(("plate", turn.Facts.Plate)));
        }

        if (outcome.Value<InspectionStatusReport>() is not { } report)
        {
            return CommonReplies.Failure(turn, outcome, InspectionStatusPhrases.Book.For(turn).AnInspection);
        }

        return CommonReplies.Records(turn, report.Inspections, inspection => Describe(turn, inspection));
    }

    private static string Describe(AgentTurn turn, InspectionStatus inspection)
    {
        var say = InspectionStatusPhrases.Book.For(turn);
        var plate = inspection.Plate;
        var ready = inspection.EstimatedReadyAt is { } eta ? Wording.DateAndTime(eta, turn.Language, turn.Today) : say.ToBeConfirmed;
        return inspection.Stage switch
        {
            InspectionStage.Scheduled => say.Scheduled(plate, Wording.DateAndTime(inspection.ScheduledAt, turn.Language, turn.Today), inspection.Hub, Address(inspection)),
            InspectionStage.InProgress => say.InProgress(plate, inspection.Hub, ready),
            InspectionStage.WaitingForParts => say.WaitingForParts(plate, inspection.Hub, ready),
            InspectionStage.Completed => Completed(turn, say, inspection),
            _ => say.Cancelled(plate),
        };
    }

    private static string Completed(AgentTurn turn, InspectionStatusPhrases say, InspectionStatus inspection)
    {
        var found = Wording.List(inspection.Findings.Select(finding => finding.EstimatedRepairMxn is { } cost
            ? $"{finding.Component} ({finding.Note}; {Wording.Money(cost, turn.Language)})"
            : $"{finding.Component} ({finding.Note})").ToList(), turn.Language);
        return say.Completed(
            inspection.Plate,
            Wording.Date(inspection.CompletedAt ?? inspection.ScheduledAt, turn.Language, turn.Today),
            inspection.ConditionGrade is { } condition ? say.Grade(condition) : null,
            inspection.Findings.Count,
            found,
            inspection.EstimatedRepairsMxn > 0 ? Wording.Money(inspection.EstimatedRepairsMxn, turn.Language) : null);
    }

    private static string Address(InspectionStatus inspection) => inspection.HubAddress is null ? "" : $" ({inspection.HubAddress})";
}
