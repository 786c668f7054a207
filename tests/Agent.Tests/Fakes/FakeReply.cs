using System.Text.Json;

namespace AgentSupport.Agent.Tests.Fakes;

/// <summary>A scripted answer of <see cref="FakeOpenAIServer"/>.</summary>
public abstract record FakeReply
{
    /// <summary>
    /// An assistant message; streamed in chunks of <paramref name="chunkLength"/> characters when the request streams,
    /// with <paramref name="pause"/> before each chunk after the first, as a model writing token by token.
    /// </summary>
    public static FakeReply Text(string text, int chunkLength = 8, TimeSpan pause = default) => new TextReply(text, chunkLength, pause);

    /// <summary>A streamed assistant message whose chunks come <paramref name="pause"/> apart, as a slow model writes.</summary>
    public static FakeReply SlowText(string text, int chunkLength, TimeSpan pause) => Text(text, chunkLength, pause);

    /// <summary>The model asks for one or more function calls (names as offered in the request's tools).</summary>
    public static FakeReply ToolCalls(params (string Name, object Arguments)[] calls) =>
        new ToolCallsReply(calls.Select(call => (call.Name, JsonSerializer.Serialize(call.Arguments))).ToList());

    /// <summary>Function calls with their argument text exactly as given, e.g. cut-off JSON.</summary>
    public static FakeReply RawToolCalls(params (string Name, string ArgumentsJson)[] calls) => new ToolCallsReply(calls);

    /// <summary>A 200 answer that is not valid JSON: a cut-off body, or a stream whose first chunk is cut off.</summary>
    public static FakeReply Malformed() => new MalformedReply();

    /// <summary>A streamed answer that sends its first <paramref name="chunks"/> chunks of <paramref name="text"/>, then nothing until the client gives up.</summary>
    public static FakeReply Stalling(string text, int chunks = 1) => new StallingReply(text, chunks);

    /// <summary>An HTTP error such as 429 or 500, with an optional Retry-After header in whole seconds.</summary>
    public static FakeReply Status(int statusCode, int? retryAfterSeconds = null) => new StatusReply(statusCode, retryAfterSeconds);

    /// <summary>Waits <paramref name="delay"/> (or until the client gives up) before sending <paramref name="then"/>.</summary>
    public static FakeReply Delayed(TimeSpan delay, FakeReply then) => new DelayedReply(delay, then);

    /// <summary>A reply computed from the request, e.g. one that quotes the tool result it received.</summary>
    public static FakeReply From(Func<FakeRequest, FakeReply> respond) => new ComputedReply(respond);

    internal sealed record TextReply(string Content, int ChunkLength, TimeSpan Pause) : FakeReply;

    internal sealed record ToolCallsReply(IReadOnlyList<(string Name, string ArgumentsJson)> Calls) : FakeReply;

    internal sealed record MalformedReply : FakeReply;

    internal sealed record StallingReply(string Content, int Chunks) : FakeReply;

    internal sealed record StatusReply(int StatusCode, int? RetryAfterSeconds) : FakeReply;

    internal sealed record DelayedReply(TimeSpan Delay, FakeReply Then) : FakeReply;

    internal sealed record ComputedReply(Func<FakeRequest, FakeReply> Respond) : FakeReply;
}
