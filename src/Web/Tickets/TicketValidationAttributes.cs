using System.ComponentModel.DataAnnotations;

namespace AgentSupport.Web.Tickets;

[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class TicketCategoryNameAttribute() : ValidationAttribute($"The category must be one of: {string.Join(", ", TicketCategories.All)}.")
{
    public override bool IsValid(object? value) => value is not string s || TicketCategories.All.Contains(s);
}

[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class TicketStatusNameAttribute() : ValidationAttribute($"The status must be one of: {string.Join(", ", TicketStatus.All)}.")
{
    public override bool IsValid(object? value) => value is not string s || TicketStatus.All.Contains(s);
}
