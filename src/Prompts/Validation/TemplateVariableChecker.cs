using AgentSupport.Prompts.Templates;
using Scriban;
using Scriban.Syntax;

namespace AgentSupport.Prompts.Validation;

/// <summary>
/// Walks a parsed template in source order and reports every global variable that is neither allowed
/// for the prompt, nor a Scriban builtin, nor defined earlier by the template itself (assignment,
/// capture, function, loop variable). Scriban only finds such a mistake when the line runs, which for
/// a branch taken by one language or channel may be never in testing.
/// </summary>
internal sealed class TemplateVariableChecker
{
    // include would load other templates at render time, so a version would no longer be self-contained.
    private static readonly string[] ForbiddenBuiltins = ["include", "include_join"];

    private static readonly IReadOnlySet<string> Builtins = new TemplateContext().BuiltinObject.GetMembers()
        .Except(ForbiddenBuiltins)
        .ToHashSet(StringComparer.Ordinal);

    private readonly IReadOnlySet<string> _allowed;
    private readonly HashSet<string> _assigned = new(StringComparer.Ordinal);
    private readonly List<HashSet<string>> _scopes = [];
    private readonly List<(SourceSpanStart Start, string Message)> _findings = [];

    private TemplateVariableChecker(IReadOnlySet<string> allowed) => _allowed = allowed;

    public readonly record struct SourceSpanStart(int Line, int Column);

    /// <returns>Findings with 0-based line and column inside the template body, in source order.</returns>
    public static IReadOnlyList<(SourceSpanStart Start, string Message)> Check(ScriptPage page, IReadOnlySet<string> allowed)
    {
        var checker = new TemplateVariableChecker(allowed);
        checker.Walk(page);
        return checker._findings;
    }

    private void Walk(ScriptNode? node)
    {
        switch (node)
        {
            case null:
                return;
            case ScriptVariableGlobal variable:
                CheckName(variable, variable.Name);
                return;
            case ScriptMemberExpression member:
                if (member.Target is ScriptVariableGlobal { Name: "object" } && member.Member is ScriptVariable evaluator
                    && TemplateGlobals.EvaluatingObjectFunctions.Contains(evaluator.Name))
                {
                    Report(node, $"'object.{evaluator.Name}' is not available in prompt templates: it would run text as template code");
                    return;
                }

                // The member after the dot is a property name, not a variable.
                Walk(member.Target);
                return;
            case ScriptAssignExpression assign:
                Walk(assign.Value);
                Define(assign.Target);
                return;
            case ScriptCaptureStatement capture:
                Define(capture.Target);
                Walk(capture.Body);
                return;
            case ScriptForStatement loop:
                WalkFor(loop);
                return;
            case ScriptWhileStatement loop:
                InScope(["while"], () =>
                {
                    Walk(loop.Condition);
                    Walk(loop.Body);
                });
                return;
            case ScriptFunction function:
                WalkFunction(function);
                return;
            case ScriptNamedArgument argument:
                Walk(argument.Value);
                return;
            case ScriptObjectMember objectMember:
                if (objectMember.Name is not ScriptVariable)
                {
                    Walk(objectMember.Name);
                }

                Walk(objectMember.Value);
                return;
            case ScriptWithStatement:
                Report(node, "'with' is not supported in prompt templates: the names it brings into scope cannot be checked; use customer.name and the like");
                return;
            case ScriptImportStatement:
                Report(node, "'import' is not supported in prompt templates: the names it brings into scope cannot be checked");
                return;
            default:
                for (var i = 0; i < node.ChildrenCount; i++)
                {
                    Walk(node.GetChildren(i));
                }

                return;
        }
    }

    private void WalkFor(ScriptForStatement loop)
    {
        Walk(loop.Iterator);
        if (loop.NamedArguments is not null)
        {
            foreach (var argument in loop.NamedArguments)
            {
                Walk(argument);
            }
        }

        var loopObject = loop is ScriptTableRowStatement ? "tablerow" : "for";
        var names = loop.Variable is ScriptVariable variable ? new[] { loopObject, variable.Name } : [loopObject];
        InScope(names, () => Walk(loop.Body));
        Walk(loop.Else);
    }

    private void WalkFunction(ScriptFunction function)
    {
        if (function.NameOrDoToken is ScriptVariable name)
        {
            // Defined before its body so it can call itself.
            _assigned.Add(name.Name);
        }

        var parameters = function.Parameters?.Where(parameter => parameter.Name is not null).Select(parameter => parameter.Name!.Name) ?? [];
        InScope(parameters, () => Walk(function.Body));
    }

    private void Define(ScriptExpression? target)
    {
        if (target is ScriptVariableGlobal variable)
        {
            _assigned.Add(variable.Name);
        }
        else
        {
            Walk(target);
        }
    }

    private void InScope(IEnumerable<string> names, Action walk)
    {
        _scopes.Add(names.ToHashSet(StringComparer.Ordinal));
        walk();
        _scopes.RemoveAt(_scopes.Count - 1);
    }

    private void CheckName(ScriptNode node, string name)
    {
        if (_allowed.Contains(name) || Builtins.Contains(name) || _assigned.Contains(name) || _scopes.Any(scope => scope.Contains(name)))
        {
            return;
        }

        if (ForbiddenBuiltins.Contains(name))
        {
            Report(node, $"'{name}' is not available in prompt templates: a prompt version must be self-contained");
            return;
        }

        var allowed = string.Join(", ", _allowed.Order(StringComparer.Ordinal));
        Report(node, $"unknown variable '{name}'; this prompt may use: {allowed} (or define it in the template first)");
    }

    private void Report(ScriptNode node, string message) =>
        _findings.Add((new SourceSpanStart(node.Span.Start.Line, node.Span.Start.Column), message));
}
