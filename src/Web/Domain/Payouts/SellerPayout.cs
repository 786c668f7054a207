using AgentSupport.Plugins.Payouts;
using AgentSupport.Web.Domain.Cars;

namespace AgentSupport.Web.Domain.Payouts;

/// <summary>What we owe a customer for a car they sold us, and how far its payment has got.</summary>
public sealed class SellerPayout
{
    public int Id { get; set; }
    public Guid CustomerId { get; set; }
    public int CarId { get; set; }
    public Car? Car { get; set; }
    public decimal AmountMxn { get; set; }
    public PayoutStage Stage { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ApprovedAt { get; set; }
    public DateTime? TransferredAt { get; set; }

    /// <summary>The SPEI tracking key (clave de rastreo) once transferred.</summary>
    public string? Reference { get; set; }

    /// <summary>Last four digits of the destination CLABE; never the whole account.</summary>
    public string? BankAccountLast4 { get; set; }
}
