using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AgentSupport.Web.Accounts;
using AgentSupport.Web.Tests.Infrastructure;
using AgentSupport.Web.Tickets;

namespace AgentSupport.Web.Tests.Accounts;

public abstract class BadInputTests<TFixture>(TFixture app) : ProviderTests<TFixture>(app) where TFixture : AppFixture
{
    [SkippableTheory]
    [InlineData("""{"subject": "Broken""", null)]
    [InlineData("""{"description": "no subject", "category": "other"}""", "Subject")]
    [InlineData("""{"subject": "ok subject", "description": "x", "category": "spaceships"}""", "Category")]
    [InlineData("""{"subject": 42, "description": "x", "category": "other"}""", null)]
    public async Task Invalid_ticket_bodies_get_problem_details_and_write_nothing(string body, string? field)
    {
        RequireDatabase();
        var customer = await App.CustomerAsync();
        var before = await App.CountAsync<Ticket>();

        var response = await customer.Http.PostAsync("/api/tickets", new StringContent(body, Encoding.UTF8, "application/json"));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, field);
        Assert.Equal(before, await App.CountAsync<Ticket>());
    }

    [SkippableTheory]
    [InlineData("""{"subject": "Broken""", "near line 1, column 20", "Expected end of string")]
    [InlineData("""{"subject": 42, "description": "x", "category": "other"}""", "near line 1, column 15 ($.subject)", "the value does not fit the field")]
    [InlineData("{\n  \"subject\": \"ok\",\n  \"description\": [1],\n  \"category\": \"other\"\n}", "near line 3, column 19 ($.description)", "the value does not fit the field")]
    public async Task An_unreadable_ticket_body_says_near_which_line_and_column_from_1_and_why_without_naming_the_apps_types(string body, string where, string why)
    {
        RequireDatabase();
        var customer = await App.CustomerAsync();

        var response = await customer.Http.PostAsync("/api/tickets", new StringContent(body, Encoding.UTF8, "application/json"));

        var detail = (await AssertProblemAsync(response, HttpStatusCode.BadRequest, field: null)).GetProperty("detail").GetString()!;
        Assert.True(detail.Contains(where, StringComparison.Ordinal) && detail.Contains(why, StringComparison.Ordinal), detail);
        Assert.DoesNotContain("AgentSupport", detail);
        Assert.DoesNotContain("LineNumber", detail);
    }

    [SkippableFact]
    public async Task Over_long_subject_is_rejected_with_its_field()
    {
        RequireDatabase();
        var customer = await App.CustomerAsync();
        var before = await App.CountAsync<Ticket>();
        var response = await customer.Http.PostAsJsonAsync("/api/tickets",
            new { subject = new string('x', TicketRules.SubjectMaxLength + 1), description = "d", category = "other" });
        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "Subject");
        Assert.Equal(before, await App.CountAsync<Ticket>());
    }

    [SkippableTheory]
    [InlineData("not-an-email", "Passw0rd!x", "Email")]
    [InlineData("weak@example.com", "short1", "Password")]
    [InlineData("weak2@example.com", "onlyletters", "Password")]
    [InlineData("weak3@example.com", "12345678901", "Password")]
    public async Task Invalid_registrations_are_rejected_and_write_nothing(string email, string password, string field)
    {
        RequireDatabase();
        var before = await App.CountAsync<User>();
        var response = await App.CreateClient().PostAsJsonAsync("/api/auth/register", new { email, password, displayName = "X" });
        await AssertProblemAsync(response, HttpStatusCode.BadRequest, field);
        Assert.Equal(before, await App.CountAsync<User>());
    }

    [SkippableFact]
    public async Task Missing_fields_in_registration_are_each_reported()
    {
        RequireDatabase();
        var before = await App.CountAsync<User>();
        var response = await App.CreateClient().PostAsync("/api/auth/register", new StringContent("{}", Encoding.UTF8, "application/json"));
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest, "Email");
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("Password", out _));
        Assert.True(errors.TryGetProperty("DisplayName", out _));
        Assert.Equal(before, await App.CountAsync<User>());
    }

    [SkippableFact]
    public async Task Duplicate_email_is_409_whatever_its_case()
    {
        RequireDatabase();
        var customer = await App.CustomerAsync();
        var before = await App.CountAsync<User>();
        var response = await App.CreateClient().PostAsJsonAsync("/api/auth/register",
            new { email = customer.Email.ToUpperInvariant(), password = "An0therPass", displayName = "Copy" });
        await AssertProblemAsync(response, HttpStatusCode.Conflict, null);
        Assert.Equal(before, await App.CountAsync<User>());
    }

    [SkippableFact]
    public async Task Unknown_email_and_wrong_password_get_the_same_answer()
    {
        RequireDatabase();
        var customer = await App.CustomerAsync();
        var http = App.CreateClient();
        var wrongPassword = await http.PostAsJsonAsync("/api/auth/login", new { email = customer.Email, password = "Wr0ngPassword" });
        var unknownEmail = await http.PostAsJsonAsync("/api/auth/login", new { email = "nobody@example.com", password = "Wr0ngPassword" });

        Assert.Equal(HttpStatusCode.Unauthorized, wrongPassword.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknownEmail.StatusCode);
        var a = await wrongPassword.Content.ReadFromJsonAsync<JsonElement>();
        var b = await unknownEmail.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(a.GetProperty("title").GetString(), b.GetProperty("title").GetString());
        Assert.False(a.TryGetProperty("detail", out _));
    }

    [SkippableFact]
    public async Task Unknown_ticket_and_bad_paging_are_problems()
    {
        RequireDatabase();
        var customer = await App.CustomerAsync();
        await AssertProblemAsync(await customer.Http.GetAsync("/api/tickets/999999"), HttpStatusCode.NotFound, null);
        await AssertProblemAsync(await customer.Http.GetAsync("/api/tickets?pageSize=1000"), HttpStatusCode.BadRequest, "pageSize");
        await AssertProblemAsync(await customer.Http.GetAsync("/api/tickets?status=lost"), HttpStatusCode.BadRequest, "status");
    }

    internal static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string? field)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        if (field is not null)
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"no error for {field}: {problem}");
        return problem;
    }
}

public sealed class BadInputSqliteTests(SqliteAppFixture app) : BadInputTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class BadInputPostgresTests(PostgresAppFixture app) : BadInputTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
