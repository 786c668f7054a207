using AgentSupport.Plugins.Scheduling;

namespace AgentSupport.Agent.Offline.Agent.Skills;

/// <summary>How <see cref="AppointmentSkill"/> words hubs, free slots and bookings. Sentences take dates already worded.</summary>
internal sealed record AppointmentPhrases
{
    public required string Capability { get; init; }

    /// <summary>What failed, for each function that could not be served.</summary>
    public required string AnyHubs { get; init; }

    public required string ThatHub { get; init; }

    public required string YourAppointments { get; init; }

    public required string ThatSlot { get; init; }

    /// <summary>The kind of appointment, the hubs: asks which one.</summary>
    public required Func<string, string, string> WhichHub { get; init; }

    /// <summary>No free slot at that hub.</summary>
    public required Func<string, string> NoFreeSlots { get; init; }

    /// <summary>Hub, the free slots: asks which one.</summary>
    public required Func<string, string, string> FreeSlots { get; init; }

    /// <summary>Kind of appointment, hub, the hub's address in brackets (or nothing), date and time, reference.</summary>
    public required Func<string, string, string, string, string, string> Booked { get; init; }

    public required string NoAppointments { get; init; }

    /// <summary>One upcoming appointment: kind, hub, date and time, reference.</summary>
    public required Func<string, string, string, string, string> Appointment { get; init; }

    /// <summary>The upcoming appointments, listed.</summary>
    public required Func<string, string> Upcoming { get; init; }

    public required Func<AppointmentType, string> Kind { get; init; }

    private static readonly AppointmentPhrases Spanish = new()
    {
        Capability = "agendar citas",
        AnyHubs = "sucursales",
        ThatHub = "esa sucursal",
        YourAppointments = "tus citas",
        ThatSlot = "ese horario",
        WhichHub = (kind, hubs) => $"Con gusto agendo tu {kind}. ¿En qué sucursal te queda mejor? Tenemos {hubs}.",
        NoFreeSlots = hub => $"No hay horarios libres en {hub} para esas fechas. ¿Te funciona otro día?",
        FreeSlots = (hub, slots) => $"En {hub} tengo libre: {slots}. ¿Qué día y hora prefieres?",
        Booked = (kind, hub, address, when, reference) => $"Listo, agendé tu {kind} en {hub}{address} el {when}. Tu folio es {reference}.",
        NoAppointments = "No tienes citas próximas. ¿Quieres agendar una?",
        Appointment = (kind, hub, when, reference) => $"{kind} en {hub} el {when} (folio {reference})",
        Upcoming = appointments => $"Tus próximas citas: {appointments}.",
        Kind = kind => kind switch
        {
            AppointmentType.TestDrive => "prueba de manejo",
            AppointmentType.Delivery => "entrega",
            _ => "visita",
        },
    };

    public static Phrasebook<AppointmentPhrases> Book { get; } = new(
        Spanish,
        Spanish with
        {
            YourAppointments = "sus citas",
            WhichHub = (kind, hubs) => $"Con gusto agendo su {kind}. ¿En qué sucursal le queda mejor? Tenemos {hubs}.",
            NoFreeSlots = hub => $"No hay horarios libres en {hub} para esas fechas. ¿Le funciona otro día?",
            FreeSlots = (hub, slots) => $"En {hub} tengo libre: {slots}. ¿Qué día y hora prefiere?",
            Booked = (kind, hub, address, when, reference) => $"Listo, agendé su {kind} en {hub}{address} el {when}. Su folio es {reference}.",
            NoAppointments = "No tiene citas próximas. ¿Desea agendar una?",
            Upcoming = appointments => $"Sus próximas citas: {appointments}.",
        },
        new()
        {
            Capability = "booking appointments",
            AnyHubs = "any hubs",
            ThatHub = "that hub",
            YourAppointments = "your appointments",
            ThatSlot = "that slot",
            WhichHub = (kind, hubs) => $"I'd be glad to book your {kind}. Which hub suits you best? We have {hubs}.",
            NoFreeSlots = hub => $"There are no free slots at {hub} for those dates. Would another day work?",
            FreeSlots = (hub, slots) => $"At {hub} I have: {slots}. Which day and time would you like?",
            Booked = (kind, hub, address, when, reference) => $"Done, I booked your {kind} at {hub}{address} on {when}. Your reference is {reference}.",
            NoAppointments = "You have no upcoming appointments. Would you like to book one?",
            Appointment = (kind, hub, when, reference) => $"{kind} at {hub} on {when} (reference {reference})",
            Upcoming = appointments => $"Your upcoming appointments: {appointments}.",
            Kind = kind => kind switch
            {
                AppointmentType.TestDrive => "test drive",
                AppointmentType.Delivery => "delivery",
                _ => "visit",
            },
        });
}
