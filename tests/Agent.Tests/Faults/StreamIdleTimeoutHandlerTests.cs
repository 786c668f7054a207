using System.Net;
using System.Text;
using AgentSupport.Agent.Model;

namespace AgentSupport.Agent.Tests.Faults;

/// <summary>The idle clock reads an event stream once it has started; other replies pass through untouched.</summary>
public sealed class StreamIdleTimeoutHandlerTests
{
    private static readonly TimeSpan IdleTimeout = TimeSpan.FromMilliseconds(300);

    /// <summary>Media types are case-insensitive: a server may spell it either way.</summary>
    [Theory]
    [InlineData("text/event-stream")]
    [InlineData("Text/Event-Stream")]
    public async Task An_event_stream_that_goes_silent_fails_with_a_timeout_and_keeps_its_headers(string mediaType)
    {
        using var client = Client(new StallingContent(mediaType));

        using var response = await client.GetAsync("http://model.test/", HttpCompletionOption.ResponseHeadersRead);
        await using var stream = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[64];

        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("data: {}\n\n", Encoding.UTF8.GetString(buffer, 0, await stream.ReadAtLeastAsync(buffer, 1)));
        var timeout = await Assert.ThrowsAsync<TimeoutException>(async () => await stream.ReadAtLeastAsync(buffer, 1));
        Assert.Contains($"sent nothing for {IdleTimeout}", timeout.Message);
    }

    [Fact]
    public async Task A_caller_that_cancels_a_read_gets_a_cancellation_not_a_timeout()
    {
        using var client = Client(new StallingContent("text/event-stream"));
        using var response = await client.GetAsync("http://model.test/", HttpCompletionOption.ResponseHeadersRead);
        await using var stream = await response.Content.ReadAsStreamAsync();
        await stream.ReadAtLeastAsync(new byte[64], 1);
        using var cancelled = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await stream.ReadAtLeastAsync(new byte[64], 1, cancellationToken: cancelled.Token));
    }

    [Fact]
    public async Task A_reply_that_is_not_an_event_stream_is_not_timed()
    {
        var json = new StallingContent("application/json");
        using var client = Client(json);

        using var response = await client.GetAsync("http://model.test/", HttpCompletionOption.ResponseHeadersRead);

        Assert.Same(json, response.Content);
    }

    private static HttpClient Client(HttpContent content) =>
        new(new StreamIdleTimeoutHandler(IdleTimeout) { InnerHandler = new Reply(content) });

    private sealed class Reply(HttpContent content) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content });
    }

    /// <summary>One event, then silence until the reader gives up, or the end of the stream after a while (a test fails, not hangs).</summary>
    private sealed class StallingContent : HttpContent
    {
        public StallingContent(string mediaType) => Headers.ContentType = new(mediaType);

        protected override Task<Stream> CreateContentReadStreamAsync() => Task.FromResult<Stream>(new StallingStream());

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => throw new NotSupportedException();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    private sealed class StallingStream : MemoryStream
    {
        private bool _sent;

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (!_sent)
            {
                _sent = true;
                return Encoding.UTF8.GetBytes("data: {}\n\n", buffer.Span);
            }

            await Task.Delay(TimeSpan.FromSeconds(10), cancellationToken);
            return 0;
        }
    }
}
