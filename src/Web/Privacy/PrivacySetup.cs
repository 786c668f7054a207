namespace AgentSupport.Web.Privacy;

public static class PrivacySetup
{
    /// <summary>The audit trail, access and erasure of customers' data, and the daily retention job.</summary>
    public static WebApplicationBuilder AddPrivacy(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<PrivacyAudit>();
        builder.Services.AddScoped<CustomerErasure>();
        builder.Services.AddScoped<ConversationRetention>();
        builder.Services.AddHostedService<RetentionJob>();
        return builder;
    }
}
