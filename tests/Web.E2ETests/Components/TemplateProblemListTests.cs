using AgentSupport.Web.Components.Pages.Admin.Prompts;
using AgentSupport.Web.Prompts;
using Bunit;

namespace AgentSupport.Web.E2ETests.Components;

public sealed class TemplateProblemListTests : UiTestContext
{
    private const string Source = "---\nid: demo\n---\nHola {{ name }}\n{{ if }}\n";

    [Fact]
    public void Each_problem_shows_its_line_and_column_beside_that_line_of_the_edited_text()
    {
        var list = RenderList([
            new ProblemResponse("UnknownVariable", "(new version)", 4, 9, "Unknown variable 'name'."),
            new ProblemResponse("Syntax", "(new version)", 5, 4, "Expecting an expression."),
        ]);

        var problems = list.FindAll("[data-testid=template-problem]");
        Assert.Equal(["4", "5"], problems.Select(p => p.GetAttribute("data-line")));
        Assert.Contains(Strings.PromptLineColumn(4, 9), problems[0].TextContent);
        Assert.Contains("Unknown variable 'name'.", problems[0].TextContent);
        Assert.Equal("4 | Hola {{ name }}", problems[0].QuerySelector(".problem-line")!.TextContent);
        Assert.Equal("5 | {{ if }}", problems[1].QuerySelector(".problem-line")!.TextContent);
        Assert.Contains(Strings.PromptInvalid, list.Markup);
    }

    [Fact]
    public void A_problem_past_the_end_of_the_text_is_listed_without_a_line_excerpt()
    {
        var list = RenderList([new ProblemResponse("Render", "v2.scriban", 40, 1, "Rendering produced nothing.")]);

        var problem = list.Find("[data-testid=template-problem]");
        Assert.Contains(Strings.PromptLineColumn(40, 1), problem.TextContent);
        Assert.Null(problem.QuerySelector(".problem-line"));
    }

    [Fact]
    public void A_refusal_without_lines_shows_its_reason()
    {
        var list = RenderList([], detail: "Send either a whole file or a body.");

        Assert.Contains("Send either a whole file or a body.", list.Markup);
        Assert.Empty(list.FindAll("[data-testid=template-problem]"));
    }

    private IRenderedComponent<TemplateProblemList> RenderList(IReadOnlyList<ProblemResponse> problems, string? detail = null) =>
        Render<TemplateProblemList>(parameters => parameters
            .Add(p => p.Problems, problems)
            .Add(p => p.Source, Source)
            .Add(p => p.Detail, detail));
}
