namespace AgentSupport.Web.Tickets;

public static class TicketRules
{
    public const int SubjectMaxLength = 200;
    public const int DescriptionMaxLength = 4000;
    public const int MessageMaxLength = 4000;
}
