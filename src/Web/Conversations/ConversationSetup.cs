using AgentSupport.Agent;
using AgentSupport.Plugins;
using AgentSupport.Web.Domain;

namespace AgentSupport.Web.Conversations;

public static class ConversationSetup
{
    /// <summary>The customer agent over the configured model, with the plugins' ports over the database.</summary>
    public static IHostApplicationBuilder AddLiveChat(this IHostApplicationBuilder builder)
    {
        builder.Services.AddCustomerAgent(builder.Configuration);
        builder.Services.AddDomainPorts();
        builder.Services.AddScoped<CurrentCustomer>();
        builder.Services.AddScoped<CustomerContext>(sp => sp.GetRequiredService<CurrentCustomer>().Context);
        builder.Services.AddScoped<ChatService>();
        builder.Services.AddScoped<ConversationDesk>();
        return builder;
    }
}
