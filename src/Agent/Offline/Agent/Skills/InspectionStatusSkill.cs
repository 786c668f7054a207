using AgentSupport.Agent.Offline.Understanding;
using AgentSupport.Plugins.Inspections;
using AgentSupport.Plugins.Offers;

namespace AgentSupport.Agent.Offline.Agent.Skills;

/// <summary>status_eval: where the customer's car is in the mechanical inspection or the workshop.</summary>
internal sealed class InspectionStatusSkill : IIntentSkill
{
    public string Intent => Intents.InspectionStatus;

    public string Plugin => InspectionStatusPlugin.Name;

    public IReadOnlyList<string> Answers { get; } = [InspectionStatusPlugin.GetInspectionStatus];

    public string Capability(AgentTurn turn) => turn.L("el estado de tu inspección", "your inspection status");

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
            return CommonReplies.Failure(turn, outcome, turn.L("una inspección", "an inspection"));
        }

        return CommonReplies.Records(turn, report.Inspections, inspection => Describe(turn, inspection));
    }

    private static string Describe(AgentTurn turn, InspectionStatus inspection)
    {
        var language = turn.Language;
        var plate = inspection.Plate;
        var ready = inspection.EstimatedReadyAt is { } eta ? Wording.DateAndTime(eta, language, turn.Today) : turn.L("por confirmar", "to be confirmed");
        return inspection.Stage switch
        {
            InspectionStage.Scheduled => turn.L(
                $"La inspección de tu auto {plate} está agendada para el {Wording.DateAndTime(inspection.ScheduledAt, language, turn.Today)} en {inspection.Hub}{Address(inspection)}.",
                $"The inspection of your car {plate} is scheduled for {Wording.DateAndTime(inspection.ScheduledAt, language, turn.Today)} at {inspection.Hub}{Address(inspection)}.",
                $"La inspección de su auto {plate} está agendada para el {Wording.DateAndTime(inspection.ScheduledAt, language, turn.Today)} en {inspection.Hub}{Address(inspection)}."),
            InspectionStage.InProgress => turn.L(
                $"Tu auto {plate} está en el taller de {inspection.Hub} y la inspección va en curso; estimamos tenerlo listo el {ready}.",
                $"Your car {plate} is in the {inspection.Hub} workshop and the inspection is under way; we expect it ready on {ready}.",
                $"Su auto {plate} está en el taller de {inspection.Hub} y la inspección va en curso; estimamos tenerlo listo el {ready}."),
            InspectionStage.WaitingForParts => turn.L(
                $"Tu auto {plate} está en {inspection.Hub} esperando una refacción; la fecha estimada de entrega es el {ready}.",
                $"Your car {plate} is at {inspection.Hub} waiting for a part; the estimated ready date is {ready}.",
                $"Su auto {plate} está en {inspection.Hub} esperando una refacción; la fecha estimada de entrega es el {ready}."),
            InspectionStage.Completed => Completed(turn, inspection),
            _ => turn.L(
                $"La inspección de tu auto {plate} fue cancelada. Si quieres, la agendamos de nuevo.",
                $"The inspection of your car {plate} was cancelled. We can book it again if you like.",
                $"La inspección de su auto {plate} fue cancelada. Si lo desea, la agendamos de nuevo."),
        };
    }

    private static string Completed(AgentTurn turn, InspectionStatus inspection)
    {
        var when = Wording.Date(inspection.CompletedAt ?? inspection.ScheduledAt, turn.Language, turn.Today);
        var grade = inspection.ConditionGrade is { } condition ? Condition(condition, turn) : null;
        var findings = inspection.Findings.Count;
        var repairs = inspection.EstimatedRepairsMxn > 0 ? Wording.Money(inspection.EstimatedRepairsMxn, turn.Language) : null;
        var found = Wording.List(inspection.Findings.Select(finding => finding.EstimatedRepairMxn is { } cost
            ? $"{finding.Component} ({finding.Note}; {Wording.Money(cost, turn.Language)})"
            : $"{finding.Component} ({finding.Note})").ToList(), turn.Language);
        return turn.English
            ? $"The inspection of your car {inspection.Plate} was completed on {when}{(grade is null ? "" : $" with a condition grade of {grade}")}: {findings} finding(s){(findings == 0 ? "" : $": {found}")}{(repairs is null ? "" : $"; estimated repairs {repairs} in total")}."
            : $"La inspección de {(turn.Tone.Formal ? "su" : "tu")} auto {inspection.Plate} terminó el {when}{(grade is null ? "" : $" con calificación {grade}")}: {findings} hallazgo(s){(findings == 0 ? "" : $": {found}")}{(repairs is null ? "" : $"; reparaciones estimadas en {repairs} en total")}.";
    }

    private static string Condition(CarCondition condition, AgentTurn turn) => condition switch
    {
        CarCondition.Excellent => turn.L("excelente", "excellent"),
        CarCondition.Good => turn.L("buena", "good"),
        CarCondition.Fair => turn.L("regular", "fair"),
        _ => turn.L("mala", "poor"),
    };

    private static string Address(InspectionStatus inspection) => inspection.HubAddress is null ? "" : $" ({inspection.HubAddress})";
}
