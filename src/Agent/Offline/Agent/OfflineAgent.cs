using System.Globalization;
using System.Text.Json;
using AgentSupport.Agent.Conversation;
using AgentSupport.Agent.Model;
using AgentSupport.Agent.Offline.Agent.Skills;
using AgentSupport.Agent.Offline.Conversation;
using AgentSupport.Agent.Offline.Understanding;
using AgentSupport.Agent.Offline.Understanding.Facts;
using AgentSupport.Agent.Tools;
using AgentSupport.Plugins.Tickets;
using AgentSupport.Prompts.Templates;
using Microsoft.Extensions.AI;

namespace AgentSupport.Agent.Offline.Agent;

/// <summary>
/// The Offline engine's customer-service agent. Each call looks at the conversation and decides one step:
/// call a tool (the function-invoking client runs the real plugin and calls back with its result), or
/// answer in the conversation's language and the prompt's tone. It follows the prompt's policy: only
/// offered tools exist for it, it hands over to a person after too many failed tools or when asked, and
/// it says so when it cannot help with something.
/// </summary>
internal sealed class OfflineAgent
{
    private static readonly IReadOnlyList<IIntentSkill> ShippedSkills =
    [
        new OfferSkill(),
        new InspectionStatusSkill(),
        new PayoutSkill(),
        new RescheduleSkill(),
        new CreditSkill(),
        new WarrantySkill(),
        new DocumentsSkill(),
        new AppointmentSkill(),
        new TicketSkill(),
    ];

    private readonly IReadOnlyList<IIntentSkill> _skills;
    private readonly IntentReading _reading;

    /// <param name="extraSkills">Skills of plugins beyond the shipped ones, each with its corpus lines.</param>
    /// <exception cref="InvalidOperationException">The corpus teaches an intent no skill serves, or two skills serve one intent.</exception>
    public OfflineAgent(IEnumerable<IIntentSkill>? extraSkills = null)
    {
        _skills = [.. ShippedSkills, .. extraSkills ?? []];
        var corpus = IntentClassifier.ShippedCorpus
            .Concat(_skills.SelectMany(skill => skill.Examples.Select(example => (skill.Intent, example))))
            .ToList();
        var served = _skills.Select(skill => skill.Intent).Concat(ConversationIntents.All).ToList();
        if (served.Count != served.Distinct(StringComparer.Ordinal).Count())
        {
            throw new InvalidOperationException($"An intent is served twice: {string.Join(", ", served.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key))}.");
        }

        var unknown = corpus.Select(line => line.Item1).Distinct().Except(served, StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException($"The corpus teaches intents no skill serves: {string.Join(", ", unknown)}.");
        }

        _reading = new IntentReading(new IntentClassifier(corpus));
    }

    public ChatMessage Respond(OfflineConversation conversation, ChatOptions? options)
    {
        var variables = ModelHints.GetVariables(options);
        var policy = ModelHints.GetPolicy(options) ?? new PromptPolicy();
        var language = ConversationLanguage.Normalize(variables?.Language ?? LanguageGuess.Of(conversation.UserTexts));
        var now = variables?.Now ?? DateTimeOffset.UtcNow;
        var cars = CarDirectory.From(variables?.Customer?.Cars);
        var tools = (options?.Tools ?? []).Select(tool => tool.Name).ToHashSet(StringComparer.Ordinal);
        var state = DialogueState.Track(conversation, text => _reading.Of(text, intent => Servable(intent, tools)), intent => _skills.FirstOrDefault(skill => skill.Intent == intent));
        // The customer's words are read in their own language even when the prompt makes the agent answer in another.
        var facts = FactExtractor.Extract(state.TextsOfCurrentTask, now, language);
        var (plate, foreign) = OwnPlate(conversation, state.TextsOfCurrentTask, cars);
        var turn = new AgentTurn
        {
            Language = ReplyLanguage(language, policy),
            Tone = Tone.Of(string.IsNullOrWhiteSpace(variables?.Tone) ? policy.DefaultTone : variables.Tone),
            Policy = policy,
            Now = now,
            Facts = facts with { Plate = plate },
            Cars = cars,
            ForeignPlate = foreign,
            Conversation = conversation,
            State = state,
            Tools = tools,
            Choice = new SeededChoice(options?.Seed ?? 0, $"{conversation.Lines.Count}|{conversation.LatestUserText}"),
        };

        var step = Decide(turn);
        return step switch
        {
            AgentStep.ToolCall call => new ChatMessage(ChatRole.Assistant, [new FunctionCallContent(
                $"offline_{conversation.AllOutcomes.Count + 1}_{conversation.Lines.Count}",
                $"{call.Plugin}_{call.Function}",
                // Semantic Kernel serialises call arguments with its own JSON context, which knows JsonElement but not every CLR type.
                call.Arguments.ToDictionary(pair => pair.Key, pair => (object?)JsonSerializer.SerializeToElement(pair.Value)))]),
            AgentStep.Reply reply => new ChatMessage(ChatRole.Assistant, Unrepeated(turn, Compose(turn, reply with { Text = reply.Text + ComeBack(turn, reply) }, variables?.Customer?.Name))),
            _ => throw new InvalidOperationException($"Unknown step {step}."),
        };
    }

    /// <summary>
    /// The language the prompt lets the agent answer in: the conversation's when the prompt lists it, otherwise the
    /// prompt's first language, as a prompt written only in that language would make a model answer.
    /// </summary>
    private static string ReplyLanguage(string conversationLanguage, PromptPolicy policy)
    {
        var languages = policy.Languages.Select(ConversationLanguage.Normalize).ToList();
        return languages.Count == 0 || languages.Contains(conversationLanguage) ? conversationLanguage : languages[0];
    }

    /// <summary>
    /// The plate the conversation is about: the latest one the customer typed or named by its car ("la cx5"), among
    /// their own when their cars are known. A plate of someone else's in the latest message is set apart, never used.
    /// </summary>
    private static (string? Plate, string? Foreign) OwnPlate(OfflineConversation conversation, IReadOnlyList<string> texts, CarDirectory cars)
    {
        // Plates the tools already returned for this customer are theirs too (a car they sold us is no longer in their list).
        var returned = conversation.AllOutcomes.SelectMany(outcome => PlateRecognizer.Plates(ToolJson.Serialize(outcome.Result)))
            .Select(CarDirectory.Normalize).ToHashSet(StringComparer.Ordinal);
        bool Own(string plate) => !cars.Knows || cars.Owns(plate) || returned.Contains(CarDirectory.Normalize(plate));

        string? current = null;
        string? foreign = null;
        for (var i = 0; i < texts.Count; i++)
        {
            var typed = PlateRecognizer.Plate(texts[i]);
            if (typed is not null && !Own(typed))
            {
                foreign = i == texts.Count - 1 ? typed : foreign;
                typed = null;
            }

            current = typed ?? cars.Resolve(texts[i]) ?? current;
        }

        return (current, foreign);
    }

    private AgentStep Decide(AgentTurn turn)
    {
        if (Escalation(turn) is { } escalation)
        {
            return escalation;
        }

        var say = AgentPhrases.Book.For(turn);
        var latest = turn.Conversation.LatestUserText;
        var intent = turn.State.Reading;
        var pending = turn.State.Pending;
        switch (intent)
        {
            case ConversationIntents.Safety when turn.TurnOutcomes.Count == 0:
                return HandOver(turn, say.SafetyReason);
            case ConversationIntents.HandOver when turn.TurnOutcomes.Count == 0:
                return HandOver(turn, say.PersonRequestedReason);
        }

        // "va", "ok book it", "sí, ese": a confirmation carries on with the open task.
        var resolved = turn.State.Resolved;
        if (pending is not null && resolved == pending && intent != pending && IntentRecognizer.IsAffirmative(latest) && !turn.HasPlugin(SkillFor(pending).Plugin))
        {
            return HandOver(turn, $"The customer needs help with {pending}, which this assistant cannot serve.");
        }

        intent = resolved;
        switch (intent)
        {
            case null or ConversationIntents.Greeting or ConversationIntents.HandOver or ConversationIntents.Safety:
                return AgentStep.Say(intent == ConversationIntents.Greeting ? say.HowCanIHelp : say.TellMeMore(Capabilities(turn)));
            case ConversationIntents.Goodbye:
                return AgentStep.Say(say.Goodbye);
        }

        var skill = SkillFor(intent);
        return turn.HasPlugin(skill.Plugin) ? skill.Next(turn) : CannotHelp(turn);
    }

    /// <summary>
    /// Confirms a hand-over that just happened, or makes one when failed tools reach the policy's limit;
    /// null when neither applies.
    /// </summary>
    private static AgentStep? Escalation(AgentTurn turn)
    {
        var last = turn.LastOutcome;
        if (last is null)
        {
            return null;
        }

        if (last.Is(Tools.Escalation.PluginName, Tools.Escalation.FunctionName))
        {
            var say = AgentPhrases.Book.For(turn);
            return AgentStep.Say(last.Value<TicketSummary>() is { } ticket ? say.HandedOver(ticket.TicketNumber) : say.HandOverFailed);
        }

        var failed = turn.Conversation.AllOutcomes.Count(outcome => !outcome.Ok);
        var escalatedBefore = turn.Conversation.AllOutcomes.Any(outcome => outcome.Ok && outcome.Is(Tools.Escalation.PluginName, Tools.Escalation.FunctionName));
        return !last.Ok && !escalatedBefore && turn.Policy.EscalateAfterFailedTools > 0 && failed >= turn.Policy.EscalateAfterFailedTools && turn.Has(Tools.Escalation.PluginName, Tools.Escalation.FunctionName)
            ? AgentStep.Call(Tools.Escalation.PluginName, Tools.Escalation.FunctionName, CommonReplies.Arguments(
                ("reason", $"{failed} tool calls failed in this conversation; the last was {last.Plugin}.{last.Function} ({last.ErrorCode}).")))
            : null;
    }

    private static AgentStep HandOver(AgentTurn turn, string reason) =>
        turn.Has(Tools.Escalation.PluginName, Tools.Escalation.FunctionName)
            ? AgentStep.Call(Tools.Escalation.PluginName, Tools.Escalation.FunctionName, CommonReplies.Arguments(("reason", reason)))
            : AgentStep.Say(AgentPhrases.Book.For(turn).CannotTransfer);

    private static AgentStep CannotHelp(AgentTurn turn) => AgentStep.Say(turn.Has(Tools.Escalation.PluginName, Tools.Escalation.FunctionName)
        ? AgentPhrases.Book.For(turn).CannotHelpOfferPerson
        : AgentPhrases.Book.For(turn).CannotHelp);

    /// <summary>Whether the offered tools can serve an intent: its skill's plugin, or the hand-over for safety and requests for a person.</summary>
    private bool Servable(string intent, IReadOnlySet<string> tools) => intent switch
    {
        ConversationIntents.Safety or ConversationIntents.HandOver => tools.Contains($"{Tools.Escalation.PluginName}_{Tools.Escalation.FunctionName}"),
        _ => _skills.FirstOrDefault(skill => skill.Intent == intent) is not { } skill || tools.Any(tool => tool.StartsWith(skill.Plugin + "_", StringComparison.Ordinal)),
    };

    private IIntentSkill SkillFor(string intent) =>
        _skills.FirstOrDefault(skill => skill.Intent == intent) ?? throw new InvalidOperationException($"No skill serves the intent '{intent}'.");

    private string Capabilities(AgentTurn turn)
    {
        var things = _skills.Where(skill => turn.HasPlugin(skill.Plugin)).Select(skill => skill.Capability(turn)).Distinct().ToList();
        return things.Count == 0 ? AgentPhrases.Book.For(turn).GeneralQuestions : Wording.List(things, turn.Language);
    }

    /// <summary>
    /// Never the same answer twice word for word: a reply the customer already read is introduced as a repeat, and a
    /// plate that is someone else's is turned down first.
    /// </summary>
    private static string Unrepeated(AgentTurn turn, string text)
    {
        var say = AgentPhrases.Book.For(turn);
        if (turn.ForeignPlate is { } foreign)
        {
            text = say.ForeignPlate(foreign) + text;
        }

        var earlier = turn.Conversation.AssistantTexts;
        if (!earlier.Contains(text, StringComparer.Ordinal))
        {
            return text;
        }

        var again = say.AsMentioned + text;
        return earlier.Contains(again, StringComparer.Ordinal) ? say.NotToRepeat + text + say.AnythingElse : again;
    }

    /// <summary>An answer given while an earlier request is still open offers to come back to it.</summary>
    private string ComeBack(AgentTurn turn, AgentStep.Reply reply)
    {
        if (!reply.Completes || turn.State.Interrupted is not { } open || _skills.FirstOrDefault(skill => skill.Intent == open) is not { } skill || !turn.HasPlugin(skill.Plugin))
        {
            return "";
        }

        return " " + AgentPhrases.Book.For(turn).ComeBack(skill.Capability(turn));
    }

    /// <summary>The tone's greeting opens the first reply; its closing ends an answer (not a question).</summary>
    private static string Compose(AgentTurn turn, AgentStep.Reply reply, string? customerName)
    {
        var greeting = turn.Conversation.AssistantTexts.Count == 0 ? turn.Tone.Greeting(turn.Language, FirstName(customerName)) : "";
        var closing = reply.Completes ? turn.Tone.Closing(turn.Language) : "";
        return $"{greeting}{reply.Text}{(closing.Length > 0 ? " " + closing : "")}";
    }

    /// <summary>
    /// The first word of the display name that reads as a name (letters, joined by an apostrophe, hyphen or period), or
    /// none: a display name is whatever the customer typed, and "{{" or "&lt;b&gt;" greets no one.
    /// </summary>
    private static string? FirstName(string? name) =>
        name?.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(ReadsAsName);

    private static bool ReadsAsName(string word) =>
        char.IsLetter(word[0]) && word.All(c => char.IsLetter(c) || c is '\'' or '’' or '-' or '.' || char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark);
}
