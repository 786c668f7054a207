using System.Text.Json;
using System.Text.RegularExpressions;
using AgentSupport.Agent.Tests.Fakes;

namespace AgentSupport.Web.E2ETests.Infrastructure;

/// <summary>
/// What the fake model answers, from the request alone, like a small model that follows the prompt: a question about
/// a payout or an inspection makes it call that tool with the plate the customer gave, a request for a person makes it
/// escalate, thanks get a goodbye, and after a tool it writes an answer from the tool's result, in the customer's language, streamed a token
/// (about four characters) every <see cref="TokenPause"/> after <see cref="Thinking"/>.
/// </summary>
public static partial class StreamingModel
{
    public static readonly TimeSpan TokenPause = TimeSpan.FromMilliseconds(50);
    public static readonly TimeSpan Thinking = TimeSpan.FromMilliseconds(600);
    private const int TokenLength = 4;

    public static FakeReply Reply(FakeRequest request)
    {
        var messages = request.Messages;
        var last = messages[^1];
        var spanish = Spanish().IsMatch(string.Join(" ", messages.Where(m => Role(m) == "user").Select(Text)));
        if (Role(last) == "tool") return Answer(AfterTool(messages, Text(last), spanish));

        var said = Text(last);
        var plate = Plate().Match(said) is { Success: true } found ? found.Value : null;
        if (Thanks().IsMatch(said) && !said.Contains('?')) return Answer(spanish ? "¡Con gusto! Que tengas un excelente día." : "You're welcome! Have a great day.");
        if (Person().IsMatch(said)) return Call(request, "Tickets_escalate_to_human", new { reason = spanish ? "El cliente pidió hablar con una persona." : "The customer asked for a person." });
        if (Payout().IsMatch(said)) return Call(request, "PayoutTracker_get_payout_status", new { plate });
        if (Inspection().IsMatch(said)) return Call(request, "InspectionStatus_get_inspection_status", new { plate });
        return Answer(spanish ? "Claro, cuéntame un poco más para ayudarte." : "Sure, tell me a bit more so I can help.");
    }

    private static string AfterTool(IReadOnlyList<JsonElement> messages, string result, bool spanish)
    {
        var tool = messages.Last(m => Role(m) == "assistant" && m.TryGetProperty("tool_calls", out _))
            .GetProperty("tool_calls")[0].GetProperty("function").GetProperty("name").GetString();
        string Field(string name) => Regex.Match(result, $"\"{name}\"\\s*:\\s*\"([^\"]+)\"") is { Success: true } m ? m.Groups[1].Value : "?";
        return tool switch
        {
            "PayoutTracker_get_payout_status" => (spanish, Field("stage") == "PendingDocuments") switch
            {
                (true, true) => $"Revisé el pago de tu auto {Field("plate")}: está listo, solo faltan tus documentos. En cuanto los recibamos lo transferimos.",
                (true, false) => $"Revisé el pago de tu auto {Field("plate")}: ya va en camino a tu cuenta.",
                (false, true) => $"I checked the payout for your car {Field("plate")}: it is ready and only waits for your documents. We transfer it as soon as we have them.",
                (false, false) => $"I checked the payout for your car {Field("plate")}: it is on its way to your account.",
            },
            "InspectionStatus_get_inspection_status" => spanish
                ? $"La inspección de tu auto {Field("plate")} ya está agendada; te esperamos en {Field("hub")}."
                : $"The inspection of your car {Field("plate")} is booked; we expect you at {Field("hub")}.",
            "Tickets_escalate_to_human" => spanish
                ? $"Listo: pasé tu caso a una persona de nuestro equipo (ticket {Field("ticketNumber")}). Te escribirá muy pronto."
                : $"Done: I passed your case to a person from our team (ticket {Field("ticketNumber")}). They will write to you very soon.",
            _ => spanish ? "Listo." : "Done.",
        };
    }

    private static FakeReply Answer(string text) => FakeReply.Delayed(Thinking, FakeReply.Text(text, TokenLength, TokenPause));

    private static FakeReply Call(FakeRequest request, string tool, object arguments) =>
        request.ToolNames.Contains(tool)
            ? FakeReply.Delayed(Thinking, FakeReply.ToolCalls((tool, arguments)))
            : Answer("(tool not offered)");

    private static string Role(JsonElement message) => message.GetProperty("role").GetString()!;

    private static string Text(JsonElement message) => message.TryGetProperty("content", out var content)
        ? content.ValueKind switch
        {
            JsonValueKind.String => content.GetString()!,
            JsonValueKind.Array => string.Concat(content.EnumerateArray().Select(part => part.TryGetProperty("text", out var t) ? t.GetString() : "")),
            _ => "",
        }
        : "";

    [GeneratedRegex(@"[¿¡áéíóúñ]|\b(mi|quiero|cuándo|pago)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Spanish();

    [GeneratedRegex(@"\b[A-Z]{3}-\d{3}-[A-Z]\b")]
    private static partial Regex Plate();

    [GeneratedRegex(@"\b(gracias|thanks)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Thanks();

    [GeneratedRegex(@"\b(persona|person)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Person();

    [GeneratedRegex(@"\b(pago|paid|payout|payment)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Payout();

    [GeneratedRegex(@"\b(inspecci[oó]n|inspection)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Inspection();
}
