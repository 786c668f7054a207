namespace AgentSupport.Web.Ui.Chat;

public sealed partial record MessengerStrings
{
    public static MessengerStrings Spanish { get; } = new()
    {
        Language = "es",
        Greeting = name => $"Hola, {name}",
        GreetingText = "Soy el asistente de AgentSupport. Puedo consultar tu oferta, tu inspección o tu pago al momento. ¿En qué te ayudo?",
        Suggestions = "Sugerencias",
        NewChat = "Nuevo chat",
        EndChat = "Terminar chat",
        EndChatTitle = "Antes de irte, ¿cómo te atendimos?",
        LeaveWithoutRating = "Salir sin calificar",
        BackToDashboard = "Volver a mi panel",
        HandedOver = "Una persona de nuestro equipo tomará tu caso y te responderá en tu ticket.",
        NoMessagesYet = "Sin mensajes todavía",

        PayoutLabel = car => $"¿Cuándo llega el pago de mi {car}?",
        PayoutMessage = (car, plate) => $"¿Cuándo llega el pago de mi {car}? La placa es {plate}.",
        InspectionLabel = (car, when) => $"Inspección de mi {car} ({when})",
        InspectionMessage = (car, plate) => $"¿Cuál es el estado de la inspección de mi {car}? La placa es {plate}.",
        OfferLabel = car => $"Ver la oferta por mi {car}",
        OfferMessage = (car, plate) => $"¿Sigue vigente la oferta de 24 horas por mi {car}? La placa es {plate}.",
        CreditLabel = "Simular un crédito",
        CreditMessage = "Quiero simular un crédito para comprar un auto.",
        DocumentsLabel = "¿Qué documentos me faltan?",
        DocumentsMessage = "¿Qué documentos me faltan?",
        SellLabel = "Vender mi auto",
        SellMessage = "Quiero una oferta de 24 horas por mi auto.",

        Offer = new("Oferta revisada", "No pude revisar tu oferta"),
        Inspection = new("Inspección consultada", "No pude consultar tu inspección"),
        Payout = new("Pago consultado", "No pude consultar tu pago"),
        Reschedule = new("Horarios de inspección revisados", "No pude revisar los horarios de inspección"),
        Credit = new("Crédito simulado", "No pude simular tu crédito"),
        Warranty = new("Garantía revisada", "No pude revisar tu garantía"),
        Documents = new("Documentos revisados", "No pude revisar tus documentos"),
        Scheduling = new("Citas revisadas", "No pude revisar las citas disponibles"),
        Tickets = new("Ticket actualizado", "No pude actualizar tu ticket"),
        Escalation = new("Caso pasado a una persona", "No pude pasarte con una persona"),
        Working = new("Listo", "Algo falló de nuestro lado"),
    };
}
