using AgentSupport.Web.Privacy;

namespace AgentSupport.Web.Ui.Privacy;

public sealed partial record PrivacyStrings
{
    public static PrivacyStrings Spanish { get; } = new()
    {
        Anonymised = "Anónimo",

        MyData = "Mis datos",
        MyDataIntro = "Lo que guardamos de ti es tuyo: descárgalo cuando quieras o pídenos borrarlo.",
        DownloadTitle = "Descargar mis datos",
        DownloadHelp = "Tu cuenta, tickets, conversaciones con lo que consultaron nuestras herramientas, autos, ofertas, inspecciones, pagos, documentos, garantías y citas, en un archivo JSON.",
        Download = "Descargar (JSON)",
        ErasureTitle = "Borrar mis datos",
        ErasureHelp = "Una persona de nuestro equipo revisa la solicitud. Una vez aprobada, se borran tus conversaciones y los textos de tus tickets y ya no podrás iniciar sesión; los registros que la ley nos obliga a conservar (ventas, pagos, garantías) se quedan sin tu nombre.",
        RequestErasure = "Solicitar el borrado",
        ErasureRequested = "Recibimos tu solicitud; puedes seguirla aquí.",
        ErasureAlreadyPending = "Ya tienes una solicitud esperando respuesta.",
        MyRequests = "Mis solicitudes",
        NoRequests = "No has solicitado el borrado.",
        RequestedOn = when => $"Solicitada el {when}",
        DecidedOn = when => $"resuelta el {when}",

        Privacy = "Privacidad",
        ErasureRequests = "Solicitudes de borrado",
        NoErasureRequests = "No hay solicitudes de borrado.",
        Customer = "Cliente",
        Requested = "Solicitada",
        Status = "Estado",
        Decision = "Decisión",
        Approve = "Aprobar",
        Reject = "Rechazar",
        RejectReason = "Motivo del rechazo",
        ApproveTitle = "¿Borrar los datos de este cliente?",
        ApproveText = "Sus conversaciones se desvinculan y se borran, sus tickets pierden todo el texto y su cuenta ya no puede iniciar sesión. No se puede deshacer.",
        RejectTitle = "Rechazar la solicitud",
        Cancel = "Cancelar",
        Approved = "Los datos del cliente se borraron.",
        Rejected = "La solicitud fue rechazada.",
        AlreadyDecided = "Otro administrador ya resolvió esta solicitud.",
        DownloadCustomerData = "Descargar los datos del cliente",
        AuditTitle = "Bitácora",
        AuditHelp = "Cada lectura, exportación, anonimización y borrado de datos de clientes: quién, qué y cuándo (los 500 más recientes que coinciden).",
        ActionFilter = "Acción",
        ActorFilter = "Quién",
        CustomerFilter = "Id del cliente",
        From = "Desde",
        To = "Hasta",
        When = "Cuándo",
        Actor = "Quién",
        Action = "Acción",
        Subject = "Qué",
        Reason = "Motivo",
        NothingRecorded = "No hay registros que coincidan.",
        Actions = new Dictionary<string, string>
        {
            [PrivacyActions.ReadConversation] = "Leyó una conversación",
            [PrivacyActions.ReadTicket] = "Leyó un ticket",
            [PrivacyActions.Export] = "Exportó conversaciones",
            [PrivacyActions.UnredactedExports] = "Exportaciones sin redactar",
            [PrivacyActions.DataExport] = "Descargó los datos de un cliente",
            [PrivacyActions.ErasureRequested] = "Borrado solicitado",
            [PrivacyActions.ErasureApproved] = "Borrado aprobado",
            [PrivacyActions.ErasureRejected] = "Borrado rechazado",
            [PrivacyActions.Retention] = "Retención",
        },
        Statuses = new Dictionary<string, string>
        {
            [ErasureStatus.Pending] = "En espera",
            [ErasureStatus.Approved] = "Aprobada",
            [ErasureStatus.Rejected] = "Rechazada",
        },
    };
}
