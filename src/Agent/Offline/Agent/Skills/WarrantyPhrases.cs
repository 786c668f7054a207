using AgentSupport.Plugins.Warranty;

namespace AgentSupport.Agent.Offline.Agent.Skills;

/// <summary>How <see cref="WarrantySkill"/> words coverage and claims. Sentences take dates and numbers already worded.</summary>
internal sealed record WarrantyPhrases
{
    public required string Capability { get; init; }

    /// <summary>What failed when the claim or the coverage check could not be served.</summary>
    public required string AWarranty { get; init; }

    public required string ACarUnderWarranty { get; init; }

    /// <summary>Claim number, plan, plate.</summary>
    public required Func<string, string, string, string> ClaimOpened { get; init; }

    /// <summary>The data a coverage check still needs, as listed in <see cref="Ask"/>.</summary>
    public required string WhichPart { get; init; }

    public required string CurrentKm { get; init; }

    public required Func<string, string> Ask { get; init; }

    /// <summary>Until when the coverage lasts, appended to the plan.</summary>
    public required Func<string, string> Until { get; init; }

    /// <summary>Lead-in, plate, plan, until when (or nothing): asks whether to open the claim.</summary>
    public required Func<string, string, string, string, string> Covered { get; init; }

    public required string WearAndTear { get; init; }

    /// <summary>The date and the km at which the part's coverage ended.</summary>
    public required Func<string, string, string> EndedOn { get; init; }

    public required string Ended { get; init; }

    /// <summary>Plan, when it ended.</summary>
    public required Func<string, string, string> NotCovered { get; init; }

    public required Func<CoveragePlan, string> Plan { get; init; }

    private static readonly WarrantyPhrases Spanish = new()
    {
        Capability = "tu garantía",
        AWarranty = "una garantía",
        ACarUnderWarranty = "un auto con garantía",
        ClaimOpened = (claim, plan, plate) => $"Listo: abrí el reclamo {claim} de garantía {plan} para tu auto {plate}. Un asesor de garantías te contactará para revisarlo.",
        WhichPart = "qué parte falla (motor, transmisión, sistema eléctrico, frenos…)",
        CurrentKm = "el kilometraje actual",
        Ask = missing => $"Reviso tu garantía. ¿Me dices {missing}?",
        Until = date => $" hasta el {date}",
        Covered = (lead, plate, plan, until) => $"{lead} La falla de tu auto {plate} está cubierta por la garantía {plan}{until}. ¿Quieres que abra el reclamo?",
        WearAndTear = "Esa pieza es de desgaste normal y la garantía no la cubre; con gusto te agendamos una revisión en el taller.",
        EndedOn = (date, km) => $"terminó el {date} o a los {km} km",
        Ended = "ya terminó",
        NotCovered = (plan, ended) => $"Lo siento: la garantía {plan} de esa pieza {ended} (lo que ocurra primero), así que esta falla ya no está cubierta.",
        Plan = plan => plan switch
        {
            CoveragePlan.Powertrain => "de tren motriz",
            CoveragePlan.Basic => "básica",
            _ => "excluida",
        },
    };

    public static Phrasebook<WarrantyPhrases> Book { get; } = new(
        Spanish,
        Spanish with
        {
            ClaimOpened = (claim, plan, plate) => $"Listo: abrí el reclamo {claim} de garantía {plan} para su auto {plate}. Un asesor de garantías le contactará para revisarlo.",
            Ask = missing => $"Reviso su garantía. ¿Me indica {missing}?",
            Covered = (lead, plate, plan, until) => $"{lead} La falla de su auto {plate} está cubierta por la garantía {plan}{until}. ¿Desea que abra el reclamo?",
            WearAndTear = "Esa pieza es de desgaste normal y la garantía no la cubre; con gusto le agendamos una revisión en el taller.",
            NotCovered = (plan, ended) => $"Lo lamento: la garantía {plan} de esa pieza {ended} (lo que ocurra primero), así que esta falla ya no está cubierta.",
        },
        new()
        {
            Capability = "your warranty",
            AWarranty = "a warranty",
            ACarUnderWarranty = "a car under warranty",
            ClaimOpened = (claim, plan, plate) => $"Done: I opened {plan} warranty claim {claim} for your car {plate}. A warranty advisor will contact you to inspect it.",
            WhichPart = "which part is failing (engine, transmission, electrical, brakes…)",
            CurrentKm = "the current mileage in km",
            Ask = missing => $"I'll check your warranty. Could you tell me {missing}?",
            Until = date => $" until {date}",
            Covered = (lead, plate, plan, until) => $"{lead} The failure on your car {plate} is covered by the {plan} warranty{until}. Would you like me to open the claim?",
            WearAndTear = "That part is normal wear and tear, which the warranty does not cover; we can book a workshop visit for you.",
            EndedOn = (date, km) => $"ended on {date} or at {km} km",
            Ended = "has ended",
            NotCovered = (plan, ended) => $"I'm sorry: the {plan} warranty for that part {ended} (whichever comes first), so this failure is no longer covered.",
            Plan = plan => plan switch
            {
                CoveragePlan.Powertrain => "powertrain",
                CoveragePlan.Basic => "basic",
                _ => "excluded",
            },
        });
}
