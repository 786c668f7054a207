using AgentSupport.Web.Accounts;
using AgentSupport.Web.Domain;
using AgentSupport.Web.Tickets;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AgentSupport.Web.Data;

/// <summary>Demo accounts and tickets for a first run; only on an empty database.</summary>
public sealed class DemoSeeder(AppDbContext db, IPasswordHasher<User> hasher, TimeProvider clock, ILogger<DemoSeeder> logger)
{
    public static readonly DemoAccount Admin = new("admin@agentsupport.local", "Admin123!", "Ana Admin", Roles.Admin);
    public static readonly DemoAccount Maria = new("maria@example.com", "Maria123!", "María López", Roles.Customer);
    public static readonly DemoAccount John = new("john@example.com", "John1234!", "John Carter", Roles.Customer);

    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (await db.Users.AnyAsync(ct)) return;

        var admin = Create(Admin);
        var maria = Create(Maria);
        var john = Create(John);
        db.Users.AddRange(admin, maria, john);

        var payout = new Ticket
        {
            CustomerId = maria.Id, Subject = "¿Cuándo llega el pago de mi Versa?", Category = "payout",
            Description = "Vendí mi Nissan Versa 2019 la semana pasada y aún no veo la transferencia.",
        };
        payout.Messages.Add(new TicketMessage { AuthorId = maria.Id, AuthorRole = Roles.Customer, Body = "Ya envié la factura y mi INE." });
        var inspection = new Ticket
        {
            CustomerId = maria.Id, Subject = "Reprogramar inspección", Category = "inspection", Status = TicketStatus.InProgress,
            Description = "Necesito mover la inspección de mi auto al jueves.",
        };
        var warranty = new Ticket
        {
            CustomerId = john.Id, Subject = "Warranty claim for electrical fault", Category = "warranty",
            Description = "The dashboard of my Mazda 3 turns off while driving.",
        };
        warranty.Messages.Add(new TicketMessage { AuthorId = admin.Id, AuthorRole = Roles.Admin, Body = "We are checking your coverage." });
        db.Tickets.AddRange(payout, inspection, warranty);
        DemoDomainSeeder.AddTo(db, maria.Id, john.Id, clock.GetUtcNow());

        await db.SaveChangesAsync(ct);
        logger.LogInformation("Seeded demo data: {Users} users, {Tickets} tickets", 3, 3);
    }

    private User Create(DemoAccount account)
    {
        var user = new User
        {
            Email = account.Email, NormalizedEmail = User.Normalize(account.Email),
            DisplayName = account.DisplayName, Role = account.Role,
        };
        user.PasswordHash = hasher.HashPassword(user, account.Password);
        return user;
    }
}

public sealed record DemoAccount(string Email, string Password, string DisplayName, string Role);
