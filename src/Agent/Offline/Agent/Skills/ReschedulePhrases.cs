namespace AgentSupport.Agent.Offline.Agent.Skills;

/// <summary>How <see cref="RescheduleSkill"/> words moving an inspection. Sentences take dates already worded.</summary>
internal sealed record ReschedulePhrases
{
    public required string Capability { get; init; }

    /// <summary>What to check when asking which car's inspection moves.</summary>
    public required string YourInspection { get; init; }

    /// <summary>What failed when the move or the slot list could not be served.</summary>
    public required string ThatSlot { get; init; }

    public required string AScheduledInspection { get; init; }

    /// <summary>Plate, previous date and time, new date and time, hub.</summary>
    public required Func<string, string, string, string, string> Moved { get; init; }

    /// <summary>No free slot at that hub.</summary>
    public required Func<string, string> NoFreeSlots { get; init; }

    /// <summary>Plate, the current date and time, hub, the free slots.</summary>
    public required Func<string, string, string, string, string> FreeSlots { get; init; }

    private static readonly ReschedulePhrases Spanish = new()
    {
        Capability = "reprogramar tu inspección",
        YourInspection = "tu inspección",
        ThatSlot = "ese horario",
        AScheduledInspection = "una inspección agendada",
        Moved = (plate, from, to, hub) => $"Listo: moví la inspección de tu auto {plate} del {from} al {to} en {hub}.",
        NoFreeSlots = hub => $"No hay horarios libres en {hub} para esas fechas. ¿Te funciona otro día?",
        FreeSlots = (plate, current, hub, slots) => $"La inspección de tu auto {plate} está el {current} en {hub}. Estos horarios están libres: {slots}. ¿Cuál prefieres?",
    };

    public static Phrasebook<ReschedulePhrases> Book { get; } = new(
        Spanish,
        Spanish with
        {
            YourInspection = "su inspección",
            Moved = (plate, from, to, hub) => $"Listo: moví la inspección de su auto {plate} del {from} al {to} en {hub}.",
            NoFreeSlots = hub => $"No hay horarios libres en {hub} para esas fechas. ¿Le funciona otro día?",
            FreeSlots = (plate, current, hub, slots) => $"La inspección de su auto {plate} está el {current} en {hub}. Estos horarios están libres: {slots}. ¿Cuál prefiere?",
        },
        new()
        {
            Capability = "rescheduling your inspection",
            YourInspection = "your inspection",
            ThatSlot = "that slot",
            AScheduledInspection = "a scheduled inspection",
            Moved = (plate, from, to, hub) => $"Done: I moved the inspection of your car {plate} from {from} to {to} at {hub}.",
            NoFreeSlots = hub => $"There are no free slots at {hub} for those dates. Would another day work for you?",
            FreeSlots = (plate, current, hub, slots) => $"The inspection of your car {plate} is on {current} at {hub}. These slots are free: {slots}. Which one would you like?",
        });
}
