using System.Text.RegularExpressions;
using Scriban;
using Scriban.Syntax;

namespace AgentSupport.Prompts.Templates;

/// <summary>
/// One immutable, validated prompt version: its metadata, the whole file text, the template body and a
/// template parsed once so rendering is cheap and safe to call from many threads.
/// </summary>
public sealed record PromptVersion
{
    private readonly Template _template;
    private readonly int _bodyLineOffset;
    private readonly IReadOnlyCollection<string> _extraVariables;

    internal PromptVersion(
        PromptMetadata metadata,
        string source,
        string body,
        string contentHash,
        string file,
        Template template,
        int bodyLineOffset,
        IReadOnlyCollection<string> extraVariables)
    {
        Metadata = metadata;
        Source = source;
        Body = body;
        ContentHash = contentHash;
        File = file;
        _template = template;
        _bodyLineOffset = bodyLineOffset;
        _extraVariables = extraVariables;
    }

    public PromptMetadata Metadata { get; }

    /// <summary>The whole file text: front matter and body.</summary>
    public string Source { get; }

    /// <summary>The Scriban template after the front matter.</summary>
    public string Body { get; }

    /// <summary>Lower-case hex SHA-256 of the file's bytes, as recorded in the manifest.</summary>
    public string ContentHash { get; }

    /// <summary>Where the version came from, for messages (e.g. <c>customer-agent/v3.scriban</c>).</summary>
    public string File { get; }

    public string Id => Metadata.Id;

    public int Number => Metadata.Version;

    public PromptPolicy Policy => Metadata.Policy;

    /// <summary>Renders the template. Extras the prompt allows but the caller omits render as null.</summary>
    /// <exception cref="PromptRenderException">The template failed at run time; the exception carries file, line and column.</exception>
    public string Render(PromptVariables variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        var context = TemplateGlobals.CreateContext(variables, Metadata.Policy, _extraVariables);
        using var budget = new CancellationTokenSource(TemplateGlobals.RenderTimeout);
        context.CancellationToken = budget.Token;
        try
        {
            return _template.Render(context);
        }
        catch (ScriptRuntimeException e) when (budget.IsCancellationRequested || e.InnerException is RegexMatchTimeoutException)
        {
            throw new PromptRenderException(File, _bodyLineOffset + e.Span.Start.Line + 1, e.Span.Start.Column + 1,
                $"rendering took longer than {TemplateGlobals.RenderTimeout.TotalSeconds:0} s and was stopped", e);
        }
        catch (ScriptRuntimeException e)
        {
            throw new PromptRenderException(File, _bodyLineOffset + e.Span.Start.Line + 1, e.Span.Start.Column + 1, e.OriginalMessage, e);
        }
    }
}
