namespace AgentSupport.Web.Tickets;

public sealed class TicketMessage
{
    public int Id { get; set; }
    public int TicketId { get; set; }
    public Guid AuthorId { get; set; }
    public required string AuthorRole { get; set; }
    public required string Body { get; set; }
    public DateTime CreatedAt { get; set; }
}
