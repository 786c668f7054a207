using System.Text.Json;
using AgentSupport.Agent.Model;
using AgentSupport.Agent.Offline.Agent.Skills;
using AgentSupport.Agent.Offline.Conversation;
using AgentSupport.Agent.Offline.Understanding;
using AgentSupport.Plugins.Tickets;
using AgentSupport.Prompts;
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
    private static readonly IReadOnlyList<IIntentSkill> Skills =
    [
        new OfferSkill(),
        new InspectionStatusSkill(),
        new PayoutSkill(),
        new RescheduleSkill(),
        new CreditSkill(),
        new WarrantySkill(),
        new DocumentsSkill(),
        new AppointmentSkill(),
    ];

    public ChatMessage Respond(OfflineConversation conversation, ChatOptions? options)
    {
        var variables = ModelHints.GetVariables(options);
        var policy = ModelHints.GetPolicy(options) ?? new PromptPolicy();
        var language = ConversationLanguage.Normalize(variables?.Language ?? LanguageGuess.Of(conversation.UserTexts));
        var now = variables?.Now ?? DateTimeOffset.UtcNow;
        var turn = new AgentTurn
        {
            Language = ReplyLanguage(language, policy),
            Tone = Tone.Of(string.IsNullOrWhiteSpace(variables?.Tone) ? policy.DefaultTone : variables.Tone),
            Policy = policy,
            Now = now,
            // The customer's words are read in their own language even when the prompt makes the agent answer in another.
            Facts = FactExtractor.Extract(conversation.UserTexts, now, language),
            Conversation = conversation,
            Tools = (options?.Tools ?? []).Select(tool => tool.Name).ToHashSet(StringComparer.Ordinal),
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
            AgentStep.Reply reply => new ChatMessage(ChatRole.Assistant, Compose(turn, reply, variables?.Customer?.Name)),
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

    private static AgentStep Decide(AgentTurn turn)
    {
        if (Escalation(turn) is { } escalation)
        {
            return escalation;
        }

        var latest = turn.Conversation.LatestUserText;
        if (turn.TurnOutcomes.Count == 0 && IntentRecognizer.AsksForHuman(latest))
        {
            return HandOver(turn, turn.L("El cliente pidió hablar con una persona.", "The customer asked to talk to a person."));
        }

        var intent = IntentRecognizer.Recognize(latest);
        if (intent is null)
        {
            var pending = turn.Conversation.UserTexts.Reverse().Skip(1).Select(IntentRecognizer.Recognize).FirstOrDefault(found => found is not null);
            if (IntentRecognizer.IsThanksOrGoodbye(latest) && FactExtractor.Plate(latest) is null)
            {
                return AgentStep.Say(turn.L(
                    "¡Con gusto! Que tengas un excelente día.",
                    "You're welcome! Have a great day.",
                    "Con mucho gusto. Que tenga un excelente día."));
            }

            if (pending is null)
            {
                return IntentRecognizer.IsGreeting(latest)
                    ? AgentStep.Say(turn.L("¿En qué puedo ayudarte hoy?", "How can I help you today?", "¿En qué puedo ayudarle hoy?"))
                    : AgentStep.Say(turn.L(
                        $"¿Me cuentas un poco más de lo que necesitas? Puedo ayudarte con {Capabilities(turn)}.",
                        $"Could you tell me a bit more about what you need? I can help with {Capabilities(turn)}.",
                        $"¿Podría contarme un poco más de lo que necesita? Puedo ayudarle con {Capabilities(turn)}."));
            }

            if (IntentRecognizer.IsAffirmative(latest) && !turn.HasPlugin(SkillFor(pending).Plugin))
            {
                return HandOver(turn, $"The customer needs help with {pending}, which this assistant cannot serve.");
            }

            intent = pending;
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
            return AgentStep.Say(last.Value<TicketSummary>() is { } ticket
                ? turn.L(
                    $"Listo: pasé tu caso a una persona de nuestro equipo (ticket {ticket.TicketNumber}), que te contactará en breve.",
                    $"Done: I passed your case to a person from our team (ticket {ticket.TicketNumber}), who will contact you shortly.",
                    $"Listo: pasé su caso a una persona de nuestro equipo (ticket {ticket.TicketNumber}), que le contactará en breve.")
                : turn.L(
                    "No pude registrar el traspaso en este momento; por favor intenta de nuevo en unos minutos.",
                    "I could not register the hand-over right now; please try again in a few minutes.",
                    "No pude registrar el traspaso en este momento; por favor intente de nuevo en unos minutos."));
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
            : AgentStep.Say(turn.L(
                "Desde este chat no puedo transferirte con una persona en este momento, pero sigo aquí para ayudarte en lo que pueda.",
                "I can't transfer you to a person from this chat right now, but I'm still here to help with what I can.",
                "Desde este chat no puedo transferirle con una persona en este momento, pero sigo aquí para ayudarle en lo que pueda."));

    private static AgentStep CannotHelp(AgentTurn turn) => AgentStep.Say(turn.Has(Tools.Escalation.PluginName, Tools.Escalation.FunctionName)
        ? turn.L(
            "Lo siento, eso no lo puedo resolver desde este chat. ¿Quieres que te comunique con una persona de nuestro equipo?",
            "I'm sorry, I can't handle that from this chat. Would you like me to connect you with a person from our team?",
            "Lo lamento, eso no lo puedo resolver desde este chat. ¿Desea que le comunique con una persona de nuestro equipo?")
        : turn.L(
            "Lo siento, eso no lo puedo resolver desde este chat; te sugiero comunicarte con nuestro equipo de atención.",
            "I'm sorry, I can't handle that from this chat; please contact our customer care team.",
            "Lo lamento, eso no lo puedo resolver desde este chat; le sugiero comunicarse con nuestro equipo de atención."));

    private static IIntentSkill SkillFor(string intent) => Skills.First(skill => skill.Intent == intent);

    private static string Capabilities(AgentTurn turn)
    {
        var things = Skills.Where(skill => turn.HasPlugin(skill.Plugin)).Select(skill => skill.Intent switch
        {
            Intents.Offer => turn.L("ofertas por tu auto en 24 horas", "24-hour offers for your car"),
            Intents.InspectionStatus => turn.L("el estado de tu inspección", "your inspection status"),
            Intents.Payout => turn.L("tus pagos", "your payments"),
            Intents.Reschedule => turn.L("reprogramar tu inspección", "rescheduling your inspection"),
            Intents.Credit => turn.L("simular un crédito", "simulating a car loan"),
            Intents.Warranty => turn.L("tu garantía", "your warranty"),
            Intents.Documents => turn.L("tus documentos", "your documents"),
            _ => turn.L("agendar citas", "booking appointments"),
        }).ToList();
        return things.Count == 0 ? turn.L("dudas generales", "general questions") : Wording.List(things, turn.Language);
    }

    /// <summary>The tone's greeting opens the first reply; its closing ends an answer (not a question).</summary>
    private static string Compose(AgentTurn turn, AgentStep.Reply reply, string? customerName)
    {
        var greeting = turn.Conversation.AssistantTexts.Count == 0 ? turn.Tone.Greeting(turn.Language, FirstName(customerName)) : "";
        var closing = reply.Completes ? turn.Tone.Closing(turn.Language) : "";
        return $"{greeting}{reply.Text}{(closing.Length > 0 ? " " + closing : "")}";
    }

    private static string? FirstName(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : name.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
}
