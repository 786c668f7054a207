using AgentSupport.Web.Accounts;
using AgentSupport.Web.Conversations;
using AgentSupport.Web.Data;
using AgentSupport.Web.Experiments;
using AgentSupport.Web.Infrastructure;
using AgentSupport.Web.Observability;
using AgentSupport.Web.Privacy;
using AgentSupport.Web.Prompts;
using AgentSupport.Web.Tickets;
using AgentSupport.Web.Ui;
using AgentSupport.Web.Workbench;
using AgentSupport.Web.Workbench.Workers;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(WorkersSetup.ReadWorkerSwitch(args));

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<DataFolder>();
builder.Services.AddApiProblemDetails();
builder.Services.AddOpenApi();
builder.Services.AddHttpLogging(_ => { });
builder.AddObservability();
builder.AddAppDatabase();
builder.AddAccounts();
builder.AddPromptStore();
builder.AddLiveChat();
builder.AddWebUi();
builder.AddWorkbench();
builder.AddWorkers();
builder.Services.AddScoped<TicketDesk>();
builder.Services.AddScoped<DemoSeeder>();
builder.AddPrivacy();
builder.AddExperiments();

var app = builder.Build();

await app.InitializeDatabaseAsync();
if (app.IsWorkerProcess())
{
    await app.RunWorkerAsync();
    return;
}

await app.StartPromptAuditAsync();

app.UseSecurityHeaders();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseHttpLogging();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();

app.MapApiDocumentation(docs =>
{
    docs.MapOpenApi();
    docs.MapScalarApiReference();
});
app.MapHealthEndpoints();
app.MapAuthApi();
app.MapTicketsApi();
app.MapConversationsApi();
app.MapPromptsApi();
app.MapWorkbenchApi();
app.MapPrivacyApi();
app.MapExperimentsApi();
app.MapJobsDashboard();
app.MapWebUi();

app.Run();

public partial class Program;
