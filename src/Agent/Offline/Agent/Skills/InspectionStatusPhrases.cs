using AgentSupport.Plugins.Offers;

namespace AgentSupport.Agent.Offline.Agent.Skills;

/// <summary>How <see cref="InspectionStatusSkill"/> words an inspection. Sentences take dates and money already worded.</summary>
internal sealed record InspectionStatusPhrases
{
    public required string Capability { get; init; }

    /// <summary>What was not found when the status fails.</summary>
    public required string AnInspection { get; init; }

    /// <summary>Stands for a ready date the workshop does not know yet.</summary>
    public required string ToBeConfirmed { get; init; }

    /// <summary>Plate, date and time, hub, the hub's address in brackets (or nothing).</summary>
    public required Func<string, string, string, string, string> Scheduled { get; init; }

    /// <summary>Plate, hub, when it should be ready.</summary>
    public required Func<string, string, string, string> InProgress { get; init; }

    /// <summary>Plate, hub, when it should be ready.</summary>
    public required Func<string, string, string, string> WaitingForParts { get; init; }

    /// <summary>Plate.</summary>
    public required Func<string, string> Cancelled { get; init; }

    /// <summary>Plate, completion date, condition grade (if any), number of findings, the findings, estimated repairs (if any).</summary>
    public required Func<string, string, string?, int, string, string?, string> Completed { get; init; }

    public required Func<CarCondition, string> Grade { get; init; }

    private static readonly InspectionStatusPhrases Spanish = new()
    {
        Capability = "el estado de tu inspección",
        AnInspection = "una inspección",
        ToBeConfirmed = "por confirmar",
        Scheduled = (plate, when, hub, address) => $"La inspección de tu auto {plate} está agendada para el {when} en {hub}{address}.",
        InProgress = (plate, hub, ready) => $"Tu auto {plate} está en el taller de {hub} y la inspección va en curso; estimamos tenerlo listo el {ready}.",
        WaitingForParts = (plate, hub, ready) => $"Tu auto {plate} está en {hub} esperando una refacción; la fecha estimada de entrega es el {ready}.",
        Cancelled = plate => $"La inspección de tu auto {plate} fue cancelada. Si quieres, la agendamos de nuevo.",
        Completed = CompletedInSpanish("tu"),
        Grade = condition => condition switch
        {
            CarCondition.Excellent => "excelente",
            CarCondition.Good => "buena",
            CarCondition.Fair => "regular",
            _ => "mala",
        },
    };

    public static Phrasebook<InspectionStatusPhrases> Book { get; } = new(
        Spanish,
        Spanish with
        {
            Scheduled = (plate, when, hub, address) => $"La inspección de su auto {plate} está agendada para el {when} en {hub}{address}.",
            InProgress = (plate, hub, ready) => $"Su auto {plate} está en el taller de {hub} y la inspección va en curso; estimamos tenerlo listo el {ready}.",
            WaitingForParts = (plate, hub, ready) => $"Su auto {plate} está en {hub} esperando una refacción; la fecha estimada de entrega es el {ready}.",
            Cancelled = plate => $"La inspección de su auto {plate} fue cancelada. Si lo desea, la agendamos de nuevo.",
            Completed = CompletedInSpanish("su"),
        },
        new()
        {
            Capability = "your inspection status",
            AnInspection = "an inspection",
            ToBeConfirmed = "to be confirmed",
            Scheduled = (plate, when, hub, address) => $"The inspection of your car {plate} is scheduled for {when} at {hub}{address}.",
            InProgress = (plate, hub, ready) => $"Your car {plate} is in the {hub} workshop and the inspection is under way; we expect it ready on {ready}.",
            WaitingForParts = (plate, hub, ready) => $"Your car {plate} is at {hub} waiting for a part; the estimated ready date is {ready}.",
            Cancelled = plate => $"The inspection of your car {plate} was cancelled. We can book it again if you like.",
            Completed = (plate, when, grade, findings, found, repairs) =>
                $"The inspection of your car {plate} was completed on {when}{(grade is null ? "" : $" with a condition grade of {grade}")}: {findings} finding(s){(findings == 0 ? "" : $": {found}")}{(repairs is null ? "" : $"; estimated repairs {repairs} in total")}.",
            Grade = condition => condition switch
            {
                CarCondition.Excellent => "excellent",
                CarCondition.Good => "good",
                CarCondition.Fair => "fair",
                _ => "poor",
            },
        });

    /// <param name="your">"tu" or, in the formal register, "su".</param>
    private static Func<string, string, string?, int, string, string?, string> CompletedInSpanish(string your) =>
        (plate, when, grade, findings, found, repairs) =>
            $"La inspección de {your} auto {plate} terminó el {when}{(grade is null ? "" : $" con calificación {grade}")}: {findings} hallazgo(s){(findings == 0 ? "" : $": {found}")}{(repairs is null ? "" : $"; reparaciones estimadas en {repairs} en total")}.";
}
