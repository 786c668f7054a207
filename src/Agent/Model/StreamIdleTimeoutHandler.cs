using System.Net;

namespace AgentSupport.Agent.Model;

/// <summary>
/// Ends a streamed reply that stops sending. Waiting for a reply to start is judged elsewhere: the attempt timeout
/// covers the wait for the response headers, and the retry policy the waits between attempts (a 429's Retry-After).
/// So this handler sits outside the retries and starts its clock with the response they settled on: each read of an
/// event stream gets <paramref name="idleTimeout"/>, and a reply that stalls ends then instead of at the turn timeout.
/// </summary>
internal sealed class StreamIdleTimeoutHandler(TimeSpan idleTimeout) : DelegatingHandler
{
    private const string EventStream = "text/event-stream";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (string.Equals(response.Content.Headers.ContentType?.MediaType, EventStream, StringComparison.OrdinalIgnoreCase))
        {
            response.Content = new IdleTimeoutContent(response.Content, idleTimeout);
        }

        return response;
    }

    /// <summary>The response's content, read through <see cref="IdleTimeoutStream"/>; its headers are the original's.</summary>
    private sealed class IdleTimeoutContent : HttpContent
    {
        private readonly HttpContent _inner;
        private readonly TimeSpan _idleTimeout;

        public IdleTimeoutContent(HttpContent inner, TimeSpan idleTimeout)
        {
            _inner = inner;
            _idleTimeout = idleTimeout;
            foreach (var (name, values) in inner.Headers)
            {
                Headers.TryAddWithoutValidation(name, values);
            }
        }

        protected override async Task<Stream> CreateContentReadStreamAsync(CancellationToken cancellationToken) =>
            new IdleTimeoutStream(await _inner.ReadAsStreamAsync(cancellationToken), _idleTimeout);

        protected override Task<Stream> CreateContentReadStreamAsync() => CreateContentReadStreamAsync(CancellationToken.None);

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
        {
            await using var content = await CreateContentReadStreamAsync(cancellationToken);
            await content.CopyToAsync(stream, cancellationToken);
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            SerializeToStreamAsync(stream, context, CancellationToken.None);

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    /// <summary>A read-only stream whose every read fails with a <see cref="TimeoutException"/> after the idle timeout.</summary>
    private sealed class IdleTimeoutStream(Stream inner, TimeSpan idleTimeout) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            using var idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            idle.CancelAfter(idleTimeout);
            try
            {
                return await inner.ReadAsync(buffer, idle.Token);
            }
            catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"The model sent nothing for {idleTimeout} while streaming its reply.", ex);
            }
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        // The SDKs read streams asynchronously; a synchronous reader gets the same limit.
        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        public override ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
