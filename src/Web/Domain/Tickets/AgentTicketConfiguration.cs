using AgentSupport.Web.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AgentSupport.Web.Domain.Tickets;

internal sealed class AgentTicketConfiguration : IEntityTypeConfiguration<AgentTicket>
{
    public void Configure(EntityTypeBuilder<AgentTicket> agentTicket)
    {
        agentTicket.ToTable("AgentTickets");
        agentTicket.HasKey(a => a.TicketId);
        agentTicket.Property(a => a.ConversationId).HasMaxLength(64);
        agentTicket.Property(a => a.EscalationReason).HasMaxLength(TicketRules.MessageMaxLength);
        agentTicket.HasOne(a => a.Ticket).WithOne().HasForeignKey<AgentTicket>(a => a.TicketId).OnDelete(DeleteBehavior.Cascade);
    }
}
