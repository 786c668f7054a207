using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace AgentSupport.Agent.Tools;

/// <summary>
/// Sits between the function-invoking client and the model for one turn. It records calls of functions that
/// were never offered (the invoker answers them without running anything, so no filter sees them) and gives
/// the model a useful error for them; it asks the model nothing more once the turn must be handed over; and
/// it measures the tool schemas each request carries.
/// </summary>
internal sealed class ToolCallGuardChatClient(IChatClient inner, ToolCallRecorder recorder) : DelegatingChatClient(inner)
{
    private readonly Dictionary<string, string> _unknownResults = new(StringComparer.Ordinal);

    /// <summary>Size of the tool schemas of the last request, as JSON in the chat completions wire shape.</summary>
    public int ToolSchemaBytes { get; private set; }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (recorder.EscalationDue)
        {
            yield break;
        }

        var offered = (options?.Tools ?? []).OfType<AIFunctionDeclaration>().ToList();
        ToolSchemaBytes = Measure(offered);
        await foreach (var update in base.GetStreamingResponseAsync(WithUnknownResults(messages), options, cancellationToken))
        {
            foreach (var call in update.Contents.OfType<FunctionCallContent>())
            {
                if (!offered.Any(function => function.Name == call.Name))
                {
                    RecordUnknown(call, offered);
                }
            }

            yield return update;
        }
    }

    private void RecordUnknown(FunctionCallContent call, IReadOnlyList<AIFunctionDeclaration> offered)
    {
        var separator = call.Name.IndexOf('_', StringComparison.Ordinal);
        var (plugin, function) = separator > 0 ? (call.Name[..separator], call.Name[(separator + 1)..]) : ("", call.Name);
        var result = ToolJson.Error(ToolFailures.UnknownFunction(call.Name, offered.Select(f => f.Name)));
        _unknownResults[call.CallId] = result;
        using var span = recorder.Started(plugin, function);
        recorder.Record(new ToolCallRecord(plugin, function, ToolJson.Arguments(call.Arguments), result, false, TimeSpan.Zero), span);
    }

    /// <summary>The invoker's own "not found" text replaced by the error that names what can be called.</summary>
    private IEnumerable<ChatMessage> WithUnknownResults(IEnumerable<ChatMessage> messages)
    {
        if (_unknownResults.Count == 0)
        {
            return messages;
        }

        return messages.Select(message => message.Contents.OfType<FunctionResultContent>().Any(r => _unknownResults.ContainsKey(r.CallId))
            ? new ChatMessage(message.Role, message.Contents.Select(content =>
                content is FunctionResultContent result && _unknownResults.TryGetValue(result.CallId, out var error)
                    ? new FunctionResultContent(result.CallId, error)
                    : content).ToList())
            : message).ToList();
    }

    private static int Measure(IEnumerable<AIFunctionDeclaration> functions) => functions.Sum(function =>
        JsonSerializer.SerializeToUtf8Bytes(new
        {
            type = "function",
            function = new { name = function.Name, description = function.Description, parameters = function.JsonSchema },
        }).Length);
}
