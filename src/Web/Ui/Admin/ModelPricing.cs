namespace AgentSupport.Web.Ui.Admin;

/// <summary>What the configured model costs, from the <c>Model</c> section; zero prices show tokens at no cost.</summary>
public sealed class ModelPricing
{
    public const string SectionName = "Model";

    /// <summary>Price of 1,000 input (prompt) tokens.</summary>
    public decimal PricePer1KInputTokens { get; set; }

    /// <summary>Price of 1,000 output (completion) tokens.</summary>
    public decimal PricePer1KOutputTokens { get; set; }

    /// <summary>Currency the prices are in, shown with the costs.</summary>
    public string Currency { get; set; } = "USD";

    public decimal CostOf(long inputTokens, long outputTokens) =>
        inputTokens / 1000m * PricePer1KInputTokens + outputTokens / 1000m * PricePer1KOutputTokens;
}
