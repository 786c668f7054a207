using System.Globalization;
using System.Text.Json.Nodes;
using AgentSupport.Agent.Conversation;
using AgentSupport.Plugins.Catalog;
using AgentSupport.Plugins.Credit;
using AgentSupport.Plugins.Documents;
using AgentSupport.Plugins.Inspections;
using AgentSupport.Plugins.Offers;
using AgentSupport.Plugins.Payouts;
using AgentSupport.Plugins.Scheduling;
using AgentSupport.Plugins.Warranty;

namespace AgentSupport.Agent.Offline.Proposer;

/// <summary>
/// How the Offline proposer turns an analysis into the five-part proposal: short guidance for the top-ranked intents,
/// the policy changes <see cref="PolicyRules"/> finds evidence for (tools, turn budget, default tone, languages), code
/// changes for enabled plugins that still leave many conversations unresolved, and a paired evaluation. Kept apart
/// from the role so the rules can be refined without touching the engine.
/// </summary>
internal sealed class ProposerRules
{
    /// <summary>Intents of the ranking the proposal addresses, best score first.</summary>
    public const int TopIntents = 3;

    /// <summary>An enabled plugin whose intent stays unresolved this often deserves a code change.</summary>
    public const double UnresolvedWorthFixing = 0.3;

    /// <summary>Average turns above this ask the agent to gather missing data in one question.</summary>
    public const double TurnsWorthShortening = 4;

    public JsonObject Propose(ProposerInput input, string language)
    {
        var english = ConversationLanguage.IsEnglish(language);
        string L(string es, string en) => english ? en : es;
        var top = input.Ranking.OrderByDescending(row => row.Score).Take(TopIntents).ToList();
        var changes = PolicyRules.Derive(input, top, english);

        var guidance = top.Select(row => L(
            $"Cuando el cliente pregunte por {Label(row.Intent, english)}, consulta primero la herramienta y da el dato concreto (monto, fecha o estado) en tu primera respuesta.",
            $"When the customer asks about {Label(row.Intent, english)}, use the tool first and give the concrete figure (amount, date or status) in your first reply.")).ToList();
        if (input.AverageTurns > TurnsWorthShortening)
        {
            guidance.Add(L("Pide en una sola pregunta todos los datos que falten.", "Ask for all missing data in a single question."));
        }

        guidance.AddRange(changes.Select(change => change.Guidance).OfType<string>());
        var promptChanges = new JsonObject
        {
            ["system_patch"] = "",
            ["user_patch"] = string.Join("\n", guidance),
            ["rationale"] = Rationale(input, top, changes, english),
        };
        if (PolicyRules.ToPolicy(changes) is { } policy)
        {
            promptChanges["policy"] = policy;
        }

        return new JsonObject
        {
            ["prompt_changes"] = promptChanges,
            ["code_changes"] = new JsonArray(top.Where(row => row.PluginEnabled && row.UnresolvedRate >= UnresolvedWorthFixing).Select(row => (JsonNode)new JsonObject
            {
                ["title"] = L($"Revisar {row.Plugin} para {row.Intent}", $"Review {row.Plugin} for {row.Intent}"),
                ["patch"] = L(
                    $"Revisar los errores que devuelve {row.Plugin} en las conversaciones no resueltas de {row.Intent} {Ids(input, row.Intent)} y devolver en el resultado el siguiente paso para el cliente.",
                    $"Review the errors {row.Plugin} returns in the unresolved {row.Intent} conversations {Ids(input, row.Intent)} and return the customer's next step in its result."),
                ["impact"] = L(
                    $"resolution_rate de {row.Intent}: hoy {Percent(1 - row.UnresolvedRate)} resuelto.",
                    $"resolution_rate for {row.Intent}: {Percent(1 - row.UnresolvedRate)} resolved today."),
                ["risk"] = L("low: cambia mensajes de error, no datos.", "low: changes error messages, not data."),
            }).ToArray()),
            ["tools"] = new JsonArray(top.Select(row => (JsonNode)new JsonObject
            {
                ["name"] = row.Plugin ?? row.Tool,
                ["why"] = L(
                    $"{row.Intent}: {row.Frequency} conversaciones, {Percent(row.UnresolvedRate)} sin resolver, score {row.Score.ToString("0.00", CultureInfo.InvariantCulture)}.",
                    $"{row.Intent}: {row.Frequency} conversations, {Percent(row.UnresolvedRate)} unresolved, score {row.Score.ToString("0.00", CultureInfo.InvariantCulture)}."),
                ["api_sketch"] = Sketch(row),
                ["effort_1_3"] = row.Effort,
            }).ToArray()),
            ["evaluation_plan"] = new JsonObject
            {
                ["metrics"] = new JsonArray("resolution_rate", "avg_csat", "avg_turns", "composite"),
                ["offline_protocol"] = L(
                    "Regeneración pareada: mismos escenarios y semillas con la versión base y la candidata, calificadas por el juez y verificadas contra el sandbox.",
                    "Paired regeneration: the same scenarios and seeds with the baseline and the candidate, judged and checked against the sandbox."),
                ["online_protocol"] = L(
                    "Despliegue gradual al 10% de las conversaciones con reversión automática si la resolución baja más de 5 puntos.",
                    "Gradual rollout to 10% of conversations with automatic rollback if resolution drops more than 5 points."),
                ["success_criteria"] = L(
                    "resolution_rate +5 puntos con avg_csat no menor y avg_turns no mayor.",
                    "resolution_rate +5 points with avg_csat not lower and avg_turns not higher."),
            },
            ["risks"] = new JsonArray(changes.Select(change => change.Risk)
                .Append(L("Las pautas nuevas pueden alargar las respuestas en WhatsApp.", "The new guidance may lengthen WhatsApp replies."))
                .Select(risk => (JsonNode)risk)
                .ToArray()),
        };
    }

    private static string Rationale(ProposerInput input, IReadOnlyList<ProposerInput.RankedIntent> top, IReadOnlyList<PolicyRules.Change> changes, bool english)
    {
        var conversations = input.Conversations?.ToString(CultureInfo.InvariantCulture) ?? "?";
        var csat = input.AverageCsat?.ToString("0.0", CultureInfo.InvariantCulture);
        var metrics = english
            ? $"Over {conversations} conversations, resolution is {Percent(input.ResolutionRate)} and average csat {csat ?? "n/a"}."
            : $"En {conversations} conversaciones, la resolución es {Percent(input.ResolutionRate)} y el csat promedio {csat ?? "n/d"}.";
        var intents = string.Join(", ", top.Select(row => $"{row.Intent} ({row.Frequency}, {Percent(row.UnresolvedRate)})"));
        var focus = top.Count == 0 ? "" : english ? $" The top intents are {intents}." : $" Las intenciones prioritarias son {intents}.";
        return string.Join(" ", new[] { metrics + focus }.Concat(changes.Select(change => change.Reason)));
    }

    private static string Ids(ProposerInput input, string intent) =>
        input.WorstConversations.TryGetValue(intent, out var worst) && worst.Count > 0 ? $"({string.Join(", ", worst.Select(conversation => conversation.Id))})" : "";

    private static string Percent(double? rate) => rate is { } value ? value.ToString("0%", CultureInfo.InvariantCulture) : "n/a";

    private static string Label(string intent, bool english) => (intent, english) switch
    {
        (OfferIn24Plugin.Intent, false) => "la oferta en 24 horas",
        (OfferIn24Plugin.Intent, true) => "the 24-hour offer",
        (InspectionStatusPlugin.Intent, false) => "el estado de su inspección",
        (InspectionStatusPlugin.Intent, true) => "their inspection status",
        (PayoutTrackerPlugin.Intent, false) => "su pago",
        (PayoutTrackerPlugin.Intent, true) => "their payment",
        (InspectionReschedulerPlugin.RescheduleInspection, false) => "mover su inspección",
        (InspectionReschedulerPlugin.RescheduleInspection, true) => "moving their inspection",
        (CreditPrequalificationPlugin.Intent, false) => "un crédito",
        (CreditPrequalificationPlugin.Intent, true) => "credit",
        (WarrantyCoveragePlugin.Intent, false) => "su garantía",
        (WarrantyCoveragePlugin.Intent, true) => "their warranty",
        (DocumentsKycPlugin.Intent, false) => "sus documentos",
        (DocumentsKycPlugin.Intent, true) => "their documents",
        (SchedulingPlugin.Intent, false) => "una cita",
        (SchedulingPlugin.Intent, true) => "an appointment",
        _ => intent,
    };

    private static string Sketch(ProposerInput.RankedIntent row) =>
        row.Plugin is not null && PluginCatalog.Find(row.Plugin) is { } plugin
            ? string.Join("; ", plugin.Signatures)
            : $"{row.Tool}: lookup(customer from session, intent data) -> status record";
}
