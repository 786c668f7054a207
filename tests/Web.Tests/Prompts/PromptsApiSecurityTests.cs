using System.Net;
using System.Net.Http.Json;
using AgentSupport.Web.Tests.Infrastructure;

namespace AgentSupport.Web.Tests.Prompts;

public sealed class PromptsApiSecurityTests(SqliteAppFixture app) : IClassFixture<SqliteAppFixture>
{
    [Fact]
    public async Task Customers_get_403_on_every_prompt_endpoint_and_change_nothing()
    {
        var customer = await app.CustomerAsync();
        var responses = new[]
        {
            await customer.Http.GetAsync("/api/prompts"),
            await customer.Http.GetAsync("/api/prompts/customer-agent/versions"),
            await customer.Http.GetAsync("/api/prompts/customer-agent/versions/1"),
            await customer.Http.GetAsync("/api/prompts/customer-agent/diff?from=1&to=1"),
            await customer.Http.GetAsync("/api/prompts/customer-agent/audit"),
            await customer.Http.PostAsJsonAsync("/api/prompts/customer-agent/versions", new { body = "hola", reason = "x" }),
            await customer.Http.PostAsJsonAsync("/api/prompts/customer-agent/labels/production", new { version = 1, reason = "mine now" }),
            await customer.Http.PostAsJsonAsync("/api/prompts/customer-agent/rollback", new { reason = "mine now" }),
        };
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        var promptFolder = Path.Combine(app.DataPath, "prompts", "customer-agent");
        Assert.Equal(Directory.GetFiles(Path.Combine(RepositoryFiles.Prompts, "customer-agent"), "v*.scriban").Length, Directory.GetFiles(promptFolder, "v*.scriban").Length);
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryFiles.Prompts, "customer-agent", "labels.json")), File.ReadAllText(Path.Combine(promptFolder, "labels.json")));
    }

    [Fact]
    public async Task Anonymous_gets_401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync("/api/prompts")).StatusCode);
    }
}
