using System.Text.RegularExpressions;

namespace AgentSupport.Web.Tests.Security;

/// <summary>Someone who finds a vulnerability is told a way to report it that reaches the maintainers in private.</summary>
public sealed partial class SecurityReportingTests
{
    [Fact]
    public void The_readme_security_section_points_to_the_security_policy_and_no_made_up_address()
    {
        var readme = File.ReadAllText(RepositoryFiles.Path("README.md"));
        var section = SecuritySection().Match(readme);
        Assert.True(section.Success, "the README has a Security section");

        var links = MarkdownLink().Matches(section.Value).Select(m => m.Groups[1].Value).ToList();
        Assert.Contains("SECURITY.md", links);
        foreach (var link in links.Where(l => !l.Contains("://", StringComparison.Ordinal)))
            Assert.True(File.Exists(RepositoryFiles.Path(link)), $"{link} exists");
        AssertNoPlaceholderAddress(section.Value);
    }

    [Fact]
    public void The_security_policy_asks_for_private_reports_through_the_repository_advisories()
    {
        var policy = File.ReadAllText(RepositoryFiles.Path("SECURITY.md"));

        Assert.Contains("Report a vulnerability", policy, StringComparison.Ordinal);
        Assert.Contains("never in a public issue", policy, StringComparison.Ordinal);
        AssertNoPlaceholderAddress(policy);
    }

    // Reserved names (RFC 2606, RFC 6762) that no mail ever reaches.
    private static void AssertNoPlaceholderAddress(string text) =>
        Assert.DoesNotMatch(@"[\w.+-]+@[\w.-]+\.(local|example|test|invalid|localhost)\b", text);

    [GeneratedRegex(@"^## Security\n(.*?)(?=^## )", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex SecuritySection();

    [GeneratedRegex(@"\]\(([^)]+)\)")]
    private static partial Regex MarkdownLink();
}
