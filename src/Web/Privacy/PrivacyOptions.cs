using System.ComponentModel.DataAnnotations;

namespace AgentSupport.Web.Privacy;

public sealed class PrivacyOptions
{
    public const string SectionName = "Privacy";

    /// <summary>Conversations without activity for this many days are anonymised; 0 keeps them as they are.</summary>
    [Range(0, 36500)]
    public int RetentionDays { get; set; }
}
