using AgentSupport.Prompts.Import;
using AgentSupport.Prompts.Templates;
using AgentSupport.Prompts.Validation;
using AgentSupport.Workbench.Loop.Proposals;

namespace AgentSupport.Workbench.Loop.Candidates;

/// <summary>
/// Turns (possibly edited) prompt changes into the body and policy of a candidate version of a parent:
/// <list type="bullet">
/// <item>a non-empty system_patch replaces the body; one that starts with front matter also brings that front matter's policy;</item>
/// <item>a non-empty user_patch is appended to the body as text: its braces are escaped, never run;</item>
/// <item>seed placeholders (<c>{contexto}</c>, <c>{tono}</c>, <c>{idioma}</c>, <c>{canal}</c>) become Scriban variables in both patches;</item>
/// <item>the composed body may hold no template code the parent does not have: patches come from a model that read
/// conversation data, so code in them is data that would otherwise run.</item>
/// <item>the policy changes then override single knobs; whatever nobody changed is the parent's.</item>
/// </list>
/// </summary>
public static class CandidateComposer
{
    private const string FrontMatterFence = "---";

    /// <summary>The candidate's body and policy, or the problems that keep the changes from making a valid version.</summary>
    public static CandidateDraft Compose(PromptVersion parent, PromptChanges changes, PromptValidator validator)
    {
        var (body, policy) = (parent.Body, parent.Policy);
        var systemPatch = SeedPlaceholders.ToScriban(changes.SystemPatch ?? "").Trim();
        if (systemPatch.StartsWith(FrontMatterFence, StringComparison.Ordinal))
        {
            var draft = validator.ValidateDraft(parent.Id, systemPatch + "\n", "system_patch");
            if (!draft.IsValid)
            {
                return CandidateDraft.Invalid(draft.Problems);
            }

            (body, policy) = (draft.Version!.Body, draft.Version.Policy);
        }
        else if (systemPatch.Length > 0)
        {
            body = systemPatch + "\n";
        }

        var userPatch = SeedPlaceholders.ToTemplateText((changes.UserPatch ?? "").Trim());
        if (userPatch.Length > 0)
        {
            body = body.TrimEnd() + "\n\n" + userPatch + "\n";
        }

        policy = Apply(policy, changes.Policy);

        // Validated under the parent's own front matter, so problem lines point into the composed body as the store would see it.
        if (!parent.Source.EndsWith(parent.Body, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{parent.File}: the version's text does not end with its body, so its front matter cannot be reused.");
        }

        var frontMatter = parent.Source[..^parent.Body.Length];
        var check = validator.ValidateDraft(parent.Id, frontMatter + body, "candidate");
        if (!check.IsValid)
        {
            return CandidateDraft.Invalid(check.Problems);
        }

        var bodyLine = frontMatter.Count(c => c == '\n');
        var newCode = TemplateCode.NewIn(body, parent.Body)
            .Select(code => new PromptProblem(PromptProblemKind.NewCode, "candidate", bodyLine + code.Line + 1, code.Column + 1,
                $"the patch adds template code '{{{{ {code.Code} }}}}' that version {parent.Number} does not have; patches may add text and {{{{ context }}}}, {{{{ tone }}}}, {{{{ channel }}}}, {{{{ language }}}} only"))
            .ToArray();
        return newCode.Length == 0 ? new CandidateDraft(body, policy, []) : CandidateDraft.Invalid(newCode);
    }

    /// <summary>The problems as messages for the proposer to fix, or none.</summary>
    public static IReadOnlyList<string> Check(PromptVersion parent, PromptChanges changes, PromptValidator validator) =>
        Compose(parent, changes, validator).Problems.Select(p => $"/prompt_changes: {p}").ToArray();

    public static PromptPolicy Apply(PromptPolicy policy, PolicyChanges? changes) => changes is null ? policy : policy with
    {
        EnabledTools = changes.EnabledTools ?? policy.EnabledTools,
        MaxTurns = changes.MaxTurns ?? policy.MaxTurns,
        EscalateAfterFailedTools = changes.EscalateAfterFailedTools ?? policy.EscalateAfterFailedTools,
        DefaultTone = changes.DefaultTone ?? policy.DefaultTone,
        Languages = changes.Languages ?? policy.Languages,
    };
}
