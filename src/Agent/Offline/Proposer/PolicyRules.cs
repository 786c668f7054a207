using System.Globalization;
using System.Text.Json.Nodes;
using AgentSupport.Agent.Conversation;
using AgentSupport.Agent.Offline.Understanding;
using AgentSupport.Plugins.Catalog;
using AgentSupport.Prompts.Templates;

namespace AgentSupport.Agent.Offline.Proposer;

/// <summary>
/// The front matter knobs of <c>prompt_changes.policy</c> the analysis argues for, each with its evidence in words:
/// enable the plugins top intents lack, fit <c>max_turns</c> to what the conversations need, answer the worst channel
/// with the best-rated tone as <c>default_tone</c>, and list every language the customers write in. A knob without
/// evidence is left out, so the candidate keeps the parent's value; without a readable current policy nothing is
/// proposed, as no change can be told from a repeat.
/// </summary>
internal static class PolicyRules
{
    /// <summary>A breakdown group speaks for its channel or tone only with at least this many conversations…</summary>
    public const int MinimumGroup = 5;

    /// <summary>…and this share of all of them.</summary>
    public const double MinimumGroupShare = 0.05;

    /// <summary>Composite points between two groups that are more than noise.</summary>
    public const double MeaningfulGap = 0.03;

    /// <summary>Customer messages a request of each intent takes when it goes well: asking, giving the missing data, confirming.</summary>
    private static readonly IReadOnlyDictionary<string, int> TurnsByIntent = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        [Intents.Offer] = 3,
        [Intents.InspectionStatus] = 2,
        [Intents.Payout] = 2,
        [Intents.Reschedule] = 3,
        [Intents.Credit] = 2,
        [Intents.Warranty] = 3,
        [Intents.Documents] = 2,
        [Intents.Appointment] = 3,
    };

    /// <summary>Room for one correction (a mistyped plate, a slot already taken) beyond the turns a request needs.</summary>
    private const int CorrectionTurns = 1;

    /// <summary>A budget this many times what the conversations need only delays the hand-off of a stuck one.</summary>
    private const int LooseBudgetFactor = 2;

    public sealed record Change(string Knob, JsonNode Value, string Reason, string Risk, string? Guidance = null);

    public static IReadOnlyList<Change> Derive(ProposerInput input, IReadOnlyList<ProposerInput.RankedIntent> top, bool english)
    {
        if (input.CurrentPolicy is not { } policy)
        {
            return [];
        }

        return new[]
        {
            EnabledTools(policy, top, english),
            MaxTurns(input, policy, top, english),
            DefaultTone(input, policy, english),
            Languages(input, policy, english),
        }.OfType<Change>().ToList();
    }

    public static JsonObject? ToPolicy(IReadOnlyList<Change> changes) =>
        changes.Count == 0 ? null : new JsonObject(changes.Select(change => KeyValuePair.Create(change.Knob, (JsonNode?)change.Value.DeepClone())));

    private static Change? EnabledTools(PromptPolicy policy, IReadOnlyList<ProposerInput.RankedIntent> top, bool english)
    {
        var missing = top.Where(row => row.Plugin is not null && !row.PluginEnabled).Select(row => row.Plugin!).Distinct().ToList();
        if (missing.Count == 0)
        {
            return null;
        }

        var enabled = policy.EnabledTools.Concat(missing).ToHashSet(StringComparer.Ordinal);
        var tools = PluginCatalog.Entries.Where(entry => enabled.Contains(entry.Name)).Select(entry => (JsonNode)entry.Name).ToArray();
        return new Change(
            "enabled_tools",
            new JsonArray(tools),
            english
                ? $"The prompt lacks {string.Join(", ", missing)}, so those conversations cannot be served; enabling them should raise resolution_rate."
                : $"El prompt no tiene {string.Join(", ", missing)}, así que esas conversaciones no se pueden atender; habilitarlas debería subir resolution_rate.",
            english
                ? "More enabled tools widen what the agent can do; check that it confirms actions."
                : "Más herramientas habilitadas amplían lo que el agente puede hacer; revisar que confirme las acciones.");
    }

    /// <summary>
    /// The budget should hold what the data's conversations took (avg_turns counts both sides) and what the top intents need,
    /// plus a correction; worst conversations that hit it argue for more; one far above what they need, for less.
    /// </summary>
    private static Change? MaxTurns(ProposerInput input, PromptPolicy policy, IReadOnlyList<ProposerInput.RankedIntent> top, bool english)
    {
        var customerTurns = input.AverageTurns is { } turns ? (int)Math.Ceiling(turns / 2) : 0;
        var intentTurns = top.Select(row => TurnsByIntent.GetValueOrDefault(row.Intent)).DefaultIfEmpty(0).Max();
        var needed = Math.Max(customerTurns, intentTurns) + CorrectionTurns;
        var cutOff = input.WorstConversations.Values.SelectMany(conversations => conversations)
            .Where(conversation => HitTheBudget(conversation, policy.MaxTurns))
            .Select(conversation => conversation.Id)
            .ToList();
        var current = policy.MaxTurns;

        if (current < needed || cutOff.Count > 0)
        {
            var relaxed = Math.Min(100, Math.Max(needed, cutOff.Count > 0 ? current + 2 : 0));
            var evidence = cutOff.Count > 0
                ? english
                    ? $" and conversations {string.Join(", ", cutOff.Take(3))} were handed to a person when the budget ran out"
                    : $" y las conversaciones {string.Join(", ", cutOff.Take(3))} se pasaron a una persona al agotarse el presupuesto"
                : "";
            return new Change(
                "max_turns",
                relaxed,
                english
                    ? $"max_turns is {current}, but the conversations take about {customerTurns} customer {(customerTurns == 1 ? "message" : "messages")} (avg_turns {Number(input.AverageTurns)}) and the top intents need up to {intentTurns} plus one for a correction{evidence}; raising it to {relaxed} lets the agent finish instead of handing over."
                    : $"max_turns es {current}, pero las conversaciones toman en promedio {customerTurns} {(customerTurns == 1 ? "mensaje" : "mensajes")} del cliente (avg_turns {Number(input.AverageTurns)}) y las intenciones principales necesitan hasta {intentTurns} más uno para una corrección{evidence}; subirlo a {relaxed} deja al agente terminar en lugar de traspasar.",
                english
                    ? "A larger turn budget lets a stuck conversation run longer before a person steps in."
                    : "Un presupuesto de turnos mayor deja que una conversación atascada dure más antes de que intervenga una persona.");
        }

        if (current > LooseBudgetFactor * needed && current > PromptPolicy.DefaultMaxTurns)
        {
            var tightened = Math.Max(needed, PromptPolicy.DefaultMaxTurns);
            return new Change(
                "max_turns",
                tightened,
                english
                    ? $"max_turns is {current}, more than twice the {needed} turns these conversations need; lowering it to {tightened} hands a stuck conversation to a person sooner."
                    : $"max_turns es {current}, más del doble de los {needed} turnos que necesitan estas conversaciones; bajarlo a {tightened} pasa antes a una persona la conversación atascada.",
                english
                    ? "A tighter turn budget hands over customers who needed one more message."
                    : "Un presupuesto más corto traspasa a clientes a quienes les faltaba un mensaje.");
        }

        return null;
    }

    /// <summary>The agent's turn-budget hand-off is in the transcript, or the customer wrote more messages than the budget allows.</summary>
    private static bool HitTheBudget(ProposerInput.WorstConversation conversation, int budget)
    {
        var handOffs = new[] { CustomerMessages.TurnBudgetHandOff(ConversationLanguage.Spanish), CustomerMessages.TurnBudgetHandOff(ConversationLanguage.English) };
        return conversation.Transcript.Any(line => handOffs.Any(handOff => line.Contains(handOff, StringComparison.Ordinal)))
            || conversation.Transcript.Count(IsCustomerLine) > budget;
    }

    private static bool IsCustomerLine(string line)
    {
        var speaker = line.Split(':', 2)[0].Trim().ToLowerInvariant();
        return speaker is "cliente" or "customer" or "user";
    }

    /// <summary>
    /// When one channel scores clearly below the rest, the tone that scores best becomes the default, if it beats the
    /// current default's own score; the guidance names the channel.
    /// </summary>
    private static Change? DefaultTone(ProposerInput input, PromptPolicy policy, bool english)
    {
        var channels = Significant(input.ByChannel, input.Conversations);
        var tones = Significant(input.ByTone, input.Conversations);
        if (channels.Count < 2 || tones.Count == 0)
        {
            return null;
        }

        var worst = channels.MinBy(group => group.Composite)!;
        var others = channels.Where(group => group != worst).Average(group => group.Composite!.Value);
        if (worst.Composite > others - MeaningfulGap)
        {
            return null;
        }

        var best = tones.OrderByDescending(group => group.Composite).ThenByDescending(group => group.AverageCsat).First();
        var currentName = TextFold.Words(policy.DefaultTone);
        var current = tones.FirstOrDefault(group => TextFold.Words(group.Key) == currentName);
        if (TextFold.Words(best.Key) == currentName || current is not null && best.Composite < current.Composite + MeaningfulGap)
        {
            return null;
        }

        var against = current is null
            ? english ? $"the current default '{policy.DefaultTone ?? "none"}' has no data of its own" : $"el tono por defecto actual '{policy.DefaultTone ?? "ninguno"}' no tiene datos propios"
            : english ? $"'{current.Key}' scores {Number(current.Composite)}" : $"'{current.Key}' obtiene {Number(current.Composite)}";
        return new Change(
            "default_tone",
            best.Key,
            english
                ? $"The {worst.Key} channel scores composite {Number(worst.Composite)} against {Number(others)} elsewhere; the '{best.Key}' tone scores {Number(best.Composite)} (csat {Number(best.AverageCsat)}) while {against}, so it becomes the default tone."
                : $"El canal {worst.Key} obtiene composite {Number(worst.Composite)} frente a {Number(others)} en los demás; el tono '{best.Key}' obtiene {Number(best.Composite)} (csat {Number(best.AverageCsat)}) mientras {against}, así que pasa a ser el tono por defecto.",
            english
                ? $"Changing the default tone changes every conversation that asks for none, not only on {worst.Key}."
                : $"Cambiar el tono por defecto cambia todas las conversaciones que no piden uno, no solo en {worst.Key}.",
            english
                ? $"On {worst.Key}, where conversations score worst, use a {best.Key} tone: short messages with the concrete figure first."
                : $"En {worst.Key}, donde las conversaciones rinden peor, usa un tono {best.Key}: mensajes breves y el dato concreto primero.");
    }

    /// <summary>
    /// Languages the customers write in that the prompt does not list (the agent then answers them in the prompt's first
    /// language): the proposal lists every language the data holds, most used first, then the prompt's others.
    /// </summary>
    private static Change? Languages(ProposerInput input, PromptPolicy policy, bool english)
    {
        var spoken = input.ByLanguage
            .Where(group => group.Conversations > 0 && Supported(group.Key) is not null)
            .GroupBy(group => Supported(group.Key)!)
            .Select(languages => (Language: languages.Key, Conversations: languages.Sum(group => group.Conversations)))
            .OrderByDescending(language => language.Conversations)
            .ToList();
        var listed = policy.Languages.Select(Supported).OfType<string>().ToList();
        var missing = spoken.Where(language => !listed.Contains(language.Language)).ToList();
        if (missing.Count == 0)
        {
            return null;
        }

        var languages = spoken.Select(language => language.Language).Concat(listed).Distinct().ToArray();
        var unserved = string.Join(", ", missing.Select(language => $"{language.Language} ({language.Conversations})"));
        return new Change(
            "languages",
            new JsonArray(languages.Select(language => (JsonNode)language).ToArray()),
            english
                ? $"Customers write in {unserved}, which the prompt's languages [{string.Join(", ", policy.Languages)}] leave out, so they are answered in another language; listing [{string.Join(", ", languages)}] answers them in their own."
                : $"Hay clientes que escriben en {unserved}, que los idiomas del prompt [{string.Join(", ", policy.Languages)}] no incluyen, así que se les responde en otro idioma; listar [{string.Join(", ", languages)}] les responde en el suyo.",
            english
                ? "Each listed language's branch of the template must say the same; review the wording in every language."
                : "La rama de cada idioma de la plantilla debe decir lo mismo; revisar la redacción en cada idioma.");
    }

    /// <summary>A language code the agent answers in ("es-MX" is es), or null for any other.</summary>
    private static string? Supported(string code)
    {
        var key = code.Trim().ToLowerInvariant();
        return key.StartsWith(ConversationLanguage.English, StringComparison.Ordinal) ? ConversationLanguage.English
            : key.StartsWith(ConversationLanguage.Spanish, StringComparison.Ordinal) ? ConversationLanguage.Spanish
            : null;
    }

    private static List<ProposerInput.Group> Significant(IReadOnlyList<ProposerInput.Group> groups, long? total)
    {
        var minimum = Math.Max(MinimumGroup, (long)Math.Ceiling((total ?? 0) * MinimumGroupShare));
        return groups.Where(group => group.Conversations >= minimum && group.Composite is not null).ToList();
    }

    private static string Number(double? value) => value?.ToString("0.00", CultureInfo.InvariantCulture) ?? "n/a";
}
