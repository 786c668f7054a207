using AgentSupport.Prompts.Templates;
using AgentSupport.Prompts.Tests.Support;
using AgentSupport.Prompts.Validation;
namespace AgentSupport.Prompts.Tests.Validation;

public sealed class FrontMatterTests
{
    [Fact]
    public void Reads_bare_quoted_and_list_values_with_comments_and_crlf()
    {
        const string text = "---\r\n# who wrote it\r\ndescription: \"Saluda: al cliente\"\r\nauthor: 'O''Brien'\r\nstop_marker: \"say \\\"bye\\\"\\n\"\r\nlanguages: [es, \"en\"]\r\nenabled_tools: []\r\n---\r\nbody\r\n";
        var problems = new List<PromptProblem>();

        var frontMatter = FrontMatterParser.Parse(text, "f", problems)!;

        Assert.Empty(problems);
        Assert.Equal("Saluda: al cliente", frontMatter.Find("description")!.Scalar);
        Assert.Equal("O'Brien", frontMatter.Find("author")!.Scalar);
        Assert.Equal("say \"bye\"\n", frontMatter.Find("stop_marker")!.Scalar);
        Assert.Equal(["es", "en"], frontMatter.Find("languages")!.Items!.Select(item => item.Value));
        Assert.Equal([13, 17], frontMatter.Find("languages")!.Items!.Select(item => item.Column));
        Assert.Empty(frontMatter.Find("enabled_tools")!.Items!);
        Assert.Equal(8, frontMatter.ClosingLine);
        Assert.Equal("body\r\n", frontMatter.Body);
    }

    [Theory]
    [InlineData("languages: [es, en", 2, 1)]
    [InlineData("author: \"unterminated", 1, 9)]
    [InlineData("author: \"a\" b", 1, 13)]
    [InlineData("author: \"a\\qb\"", 1, 9)]
    [InlineData("description: Saluda: al cliente", 1, 20)]
    [InlineData("author: [es, {a: b}]", 1, 9)]
    public void Malformed_yaml_is_reported_at_its_position(string line, int lineOffset, int column)
    {
        var problems = new List<PromptProblem>();

        FrontMatterParser.Parse($"---\n{line}\n---\n", "f", problems);

        var problem = Assert.Single(problems);
        Assert.Equal((PromptProblemKind.FrontMatter, "f", 1 + lineOffset, column), (problem.Kind, problem.File, problem.Line, problem.Column));
        Assert.DoesNotContain("(Line:", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_front_matter_that_is_not_a_mapping_is_reported()
    {
        var problems = new List<PromptProblem>();

        FrontMatterParser.Parse("---\n- a\n- b\n---\n", "f", problems);

        Assert.Equal(new PromptProblem(PromptProblemKind.FrontMatter, "f", 2, 1, "the front matter must be 'key: value' lines"), Assert.Single(problems));
    }

    [Fact]
    public void Duplicate_key_is_reported()
    {
        var problems = new List<PromptProblem>();

        FrontMatterParser.Parse("---\nauthor: a\nauthor: b\n---\n", "f", problems);

        var problem = Assert.Single(problems);
        Assert.Equal((3, 1), (problem.Line, problem.Column));
        Assert.Contains("duplicate key author", problem.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Written_front_matter_reads_back_to_the_same_metadata()
    {
        var metadata = new PromptMetadata
        {
            Id = "greeting",
            Version = 3,
            Description = "Saluda: \"bien\", con #hashtag",
            Author = " Ana ",
            Created = new DateOnly(2026, 2, 1),
            Parent = 2,
            Policy = new PromptPolicy
            {
                EnabledTools = ["Tickets", "Scheduling"],
                MaxTurns = 9,
                EscalateAfterFailedTools = 0,
                DefaultTone = "empático",
                Languages = ["es-MX"],
                StopMarker = "[[END]]",
                ResponseFormat = PromptResponseFormat.Json,
                Temperature = 0.75,
                MaxOutputTokens = 900,
            },
        };

        var source = FrontMatterWriter.Write(metadata, "Hola\n");
        var result = new PromptValidator(KnownTools.All).Validate(source, "greeting/v3.scriban", "greeting", 3);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        var read = result.Version!.Metadata;
        Assert.Equal(metadata with { Policy = read.Policy }, read);
        Assert.Equal(metadata.Policy with { EnabledTools = read.Policy.EnabledTools, Languages = read.Policy.Languages }, read.Policy);
        Assert.Equal(metadata.Policy.EnabledTools, read.Policy.EnabledTools);
        Assert.Equal(metadata.Policy.Languages, read.Policy.Languages);
        Assert.Equal("Hola\n", result.Version.Body);
    }
}
