using AgentSupport.Web.Accounts;

namespace AgentSupport.Web.Tickets;

public sealed class Ticket
{
    public int Id { get; set; }
    public Guid CustomerId { get; set; }
    public User? Customer { get; set; }
    public required string Subject { get; set; }
    public required string Description { get; set; }
    public required string Category { get; set; }
    public string Status { get; set; } = TicketStatus.Open;
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public List<TicketMessage> Messages { get; set; } = [];
}
