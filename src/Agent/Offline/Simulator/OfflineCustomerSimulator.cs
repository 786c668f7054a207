using AgentSupport.Agent.Conversation;
using AgentSupport.Agent.Model;
using AgentSupport.Agent.Offline.Agent;
using AgentSupport.Agent.Offline.Conversation;
using AgentSupport.Agent.Offline.Understanding;
using Microsoft.Extensions.AI;

namespace AgentSupport.Agent.Offline.Simulator;

/// <summary>
/// The Offline engine's simulated customer. It reads its persona and goal from the prompt variables'
/// extras (<c>persona</c>, <c>goal</c>), opens with the goal in its own words, answers the agent's
/// questions with the data the goal names, and ends with the prompt's stop marker once the agent answered,
/// handed it to a person, could not help, or the prompt's turn budget ran out.
/// </summary>
/// <remarks>
/// The messages are the customer's point of view: its own earlier messages are the assistant's, the
/// agent's are the user's; a user message in parentheses is a stage direction ("(The chat opens…)").
/// </remarks>
internal sealed class OfflineCustomerSimulator
{
    public const string DefaultStopMarker = "[[END]]";

    public ChatMessage Respond(OfflineConversation conversation, ChatOptions? options)
    {
        var variables = ModelHints.GetVariables(options);
        var policy = ModelHints.GetPolicy(options);
        var extra = variables?.Extra ?? new Dictionary<string, object?>();
        var persona = extra.GetValueOrDefault("persona") as string;
        var goal = extra.GetValueOrDefault("goal") as string ?? "";
        var language = ConversationLanguage.Normalize(variables?.Language ?? LanguageGuess.Of([goal]));
        var now = variables?.Now ?? DateTimeOffset.UtcNow;
        var customer = new SimulatedCustomer(
            language,
            persona,
            goal,
            FactExtractor.Extract([goal], now, language),
            Wording.Today(now),
            policy?.StopMarker ?? DefaultStopMarker,
            policy?.MaxTurns ?? Prompts.Templates.PromptPolicy.DefaultMaxTurns,
            new SeededChoice(options?.Seed ?? 0, $"{conversation.Lines.Count}|{goal}"));

        var own = conversation.AssistantTexts;
        var agent = conversation.UserTexts.Where(text => !IsStageDirection(text)).ToList();
        var text = own.Count == 0 || agent.Count == 0 ? customer.Opening() : customer.Reply(own, agent);
        return new ChatMessage(ChatRole.Assistant, CustomerVoice.Styled(text, persona));
    }

    private static bool IsStageDirection(string text)
    {
        var trimmed = text.Trim();
        return trimmed.StartsWith('(') && trimmed.EndsWith(')');
    }

    private sealed record SimulatedCustomer(
        string Language,
        string? Persona,
        string Goal,
        ConversationFacts Facts,
        DateOnly Today,
        string StopMarker,
        int Budget,
        SeededChoice Choice)
    {
        private bool English => ConversationLanguage.IsEnglish(Language);

        private string L(string es, string en) => English ? en : es;

        public string Opening()
        {
            var need = CustomerVoice.FirstPerson(Goal.Length == 0 ? L("Quiero información sobre mi auto.", "I want information about my car.") : Goal, English);
            // Some customers give every detail at once, others wait to be asked; some say it as other customers do.
            if (Choice.Chance(0.5, "details-later"))
            {
                need = Choice.Chance(0.5, "corpus-opening") && CorpusPhrasing.Paraphrase(Goal, Facts, Language, Choice) is { } paraphrase
                    ? paraphrase
                    : CustomerVoice.WithoutDetails(need);
            }

            var greeting = CustomerVoice.IsHurried(Persona) ? "" : Choice.Pick<string>(English ? ["Hi, ", "Hello, ", "Good morning, "] : ["Hola, ", "Buenas, ", "Buen día, "], "greeting");
            // "I" stays capital after a greeting; any other first word is lower-cased ("Hola, quiero…").
            return greeting.Length == 0 || need.StartsWith("I ", StringComparison.Ordinal) ? greeting + need : greeting + char.ToLowerInvariant(need[0]) + need[1..];
        }

        public string Reply(IReadOnlyList<string> own, IReadOnlyList<string> agent)
        {
            var last = agent[^1];
            if (own.Count >= Budget)
            {
                return End(CustomerVoice.IsHurried(Persona)
                    ? L("Ya no tengo tiempo para esto, luego escribo.", "I don't have time for this, I'll write later.")
                    : L("Bueno, lo dejo por ahora. Gracias.", "Well, I'll leave it for now. Thanks."));
            }

            if (AgentMessageReading.HandedOver(last))
            {
                return End(L("Gracias, quedo en espera.", "Thanks, I'll wait to hear from them."));
            }

            if (AgentMessageReading.Unavailable(last))
            {
                return End(L("Ok, lo intento más tarde.", "Ok, I'll try again later."));
            }

            if (AgentMessageReading.OffersPerson(last))
            {
                return own.Contains(YesPlease()) ? End(L("Bueno, gracias.", "Ok, thanks.")) : YesPlease();
            }

            if (AgentMessageReading.CannotHelp(last))
            {
                return End(L("Entiendo, gracias.", "I see, thanks."));
            }

            var answers = Answers(last);
            if (answers.Count > 0)
            {
                var answer = string.Join(" ", answers);
                // Asked again for what it already said, a customer has nothing new to give and leaves instead of going in circles.
                return own.Contains(answer, StringComparer.Ordinal)
                    ? End(L("Ya te di todos los datos que tengo; mejor lo resuelvo por teléfono.", "I already gave you all the details I have; I'll sort it out by phone instead."))
                    : answer;
            }

            return End(Choice.Pick<string>(English
                ? ["Perfect, thank you very much.", "Great, thanks for the help.", "Got it, thanks."]
                : ["Perfecto, muchas gracias.", "Excelente, gracias por la ayuda.", "Listo, gracias."], "thanks"));
        }

        private List<string> Answers(string last)
        {
            var answers = new List<string>();
            if (AgentMessageReading.AsksToAccept(last))
            {
                answers.Add(WantsToAccept() ? L("Sí, la acepto.", "Yes, I accept it.") : End(L("Gracias, lo voy a pensar.", "Thanks, I'll think about it.")));
                return answers;
            }

            if (AgentMessageReading.AsksPlate(last))
            {
                answers.Add(Facts.Plate is { } plate ? L($"Las placas son {plate}.", $"The plate is {plate}.") : L("No tengo la placa a la mano.", "I don't have the plate at hand."));
            }

            if (AgentMessageReading.AsksCondition(last))
            {
                answers.Add(Condition());
            }

            if (AgentMessageReading.AsksCreditData(last))
            {
                answers.Add(CreditData(last));
            }

            if (AgentMessageReading.AsksFailureData(last))
            {
                answers.Add(FailureData());
            }

            if (AgentMessageReading.AsksHub(last))
            {
                answers.Add(Facts.PlaceText is { } place ? L($"En {place}.", $"At {place}.") : L("La que me quede más cerca.", "Whichever is closest."));
            }

            if (AgentMessageReading.AsksDateOrTime(last))
            {
                answers.Add(When());
            }

            if (answers.Count == 0 && AgentMessageReading.AsksToConfirm(last))
            {
                answers.Add(YesPlease());
            }

            return answers;
        }

        private string Condition() => Facts.Condition switch
        {
            "excellent" => L("Está en excelente estado.", "It is in excellent condition."),
            "fair" => L("Está en estado regular.", "It is in fair condition."),
            "poor" => L("Está en mal estado.", "It is in poor condition."),
            _ => L("Está en buen estado.", "It is in good condition."),
        };

        /// <summary>The loan figures the goal names; a figure the agent asks for that the goal lacks is said to be unknown.</summary>
        private string CreditData(string asked)
        {
            var parts = new List<string>();
            if (Facts.CarPrice is { } price)
            {
                parts.Add(L($"el auto cuesta {Wording.Money(price, Language)}", $"the car costs {Wording.Money(price, Language)}"));
            }
            else if (AgentMessageReading.AsksCarPrice(asked))
            {
                parts.Add(L("aún no sé el precio exacto del auto", "I don't know the car's exact price yet"));
            }

            if (Facts.DownPayment is { } down)
            {
                parts.Add(L($"daría {Wording.Money(down, Language)} de enganche", $"I'd put {Wording.Money(down, Language)} down"));
            }
            else if (Facts.DownPaymentPercent is { } percent)
            {
                parts.Add(L($"daría el {Wording.Percent(percent, Language)} de enganche", $"I'd put {Wording.Percent(percent, Language)} down"));
            }
            else if (AgentMessageReading.AsksDownPayment(asked))
            {
                parts.Add(L("no sé cuánto daría de enganche", "I don't know how much I'd put down"));
            }

            if (Facts.MonthlyIncome is { } income)
            {
                parts.Add(L($"gano {Wording.Money(income, Language)} al mes", $"I earn {Wording.Money(income, Language)} a month"));
            }
            else if (AgentMessageReading.AsksIncome(asked))
            {
                parts.Add(L("no tengo a la mano mi ingreso exacto", "I don't have my exact income at hand"));
            }

            if (Facts.TermMonths is { } term)
            {
                parts.Add(L($"lo quiero a {term} meses", $"I want {term} months"));
            }

            return parts.Count == 0
                ? L("No tengo esos números ahorita.", "I don't have those numbers right now.")
                : Capitalize(Wording.List(parts, Language)) + ".";
        }

        private string FailureData()
        {
            var parts = new List<string>();
            if (Facts.Component is { } component)
            {
                parts.Add(L($"falla {ComponentName(component)}", $"the {component.Replace('_', ' ')} is failing"));
            }

            if (Facts.Km is { } km)
            {
                parts.Add(L($"tiene {Wording.Number(km, Language)} km", $"it has {Wording.Number(km, Language)} km"));
            }

            return parts.Count == 0 ? L("No sé bien qué parte es.", "I'm not sure which part it is.") : Capitalize(Wording.List(parts, Language)) + ".";
        }

        private string When() => Facts switch
        {
            { Date: { } date, Time: { } time } => L($"El {Wording.Date(date, Language, Today)} a las {time:HH\\:mm}, por favor.", $"{Wording.Date(date, Language, Today)} at {time:HH\\:mm}, please."),
            { Date: { } date } => L($"El {Wording.Date(date, Language, Today)}, por favor.", $"{Wording.Date(date, Language, Today)}, please."),
            _ => L("El primer horario que tengas, por favor.", "The first slot you have, please."),
        };

        private bool WantsToAccept() => Facts.WantsToAcceptOffer;

        private string YesPlease() => L("Sí, por favor.", "Yes, please.");

        private string End(string text) => $"{text} {StopMarker}";

        private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

        private static string ComponentName(string component) => component switch
        {
            "engine" => "el motor",
            "transmission" => "la transmisión",
            "electrical" => "el sistema eléctrico",
            "air_conditioning" => "el aire acondicionado",
            "brakes" => "los frenos",
            "steering" => "la dirección",
            "suspension" => "la suspensión",
            "cooling" => "el enfriamiento",
            "fuel_system" => "el sistema de combustible",
            "battery" => "la batería",
            "clutch" => "el clutch",
            _ => "las llantas",
        };
    }
}
