namespace AgentSupport.Web.Experiments;

public static class ExperimentSetup
{
    /// <summary>Live experiments: the chat's arm assignment and rollback rule, and the admins' desk and page.</summary>
    public static IHostApplicationBuilder AddExperiments(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ExperimentOptions>().BindConfiguration(ExperimentOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<LiveExperiments>();
        builder.Services.AddScoped<ExperimentDesk>();
        builder.Services.AddScoped<Ui.Experiments.ExperimentPages>();
        return builder;
    }
}
