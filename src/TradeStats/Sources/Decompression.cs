using System.IO.Compression;

namespace TradeStats.Sources;

/// <summary>Recognises gzip input by its first two bytes (1F 8B) and decompresses it; other input passes through unchanged.</summary>
internal static class Decompression
{
    public static async ValueTask<Stream> OpenAsync(Stream stream, CancellationToken cancellationToken)
    {
        var head = new byte[2];
        var n = await ReadHeadAsync(stream, head, cancellationToken).ConfigureAwait(false);
        Stream replay = new PrefixedStream(head.AsMemory(0, n), stream);
        return n == 2 && head[0] == 0x1F && head[1] == 0x8B ? new GZipStream(replay, CompressionMode.Decompress) : replay;
    }

    /// <summary>Fills <paramref name="head"/> from the start of the stream, short only at its end; returns the count read.</summary>
    public static async ValueTask<int> ReadHeadAsync(Stream stream, byte[] head, CancellationToken cancellationToken)
    {
        var n = 0;
        while (n < head.Length)
        {
            var read = await stream.ReadAsync(head.AsMemory(n), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            n += read;
        }

        return n;
    }

    /// <summary>A read-only stream that returns some bytes already read, then the rest of the inner stream.</summary>
    internal sealed class PrefixedStream(ReadOnlyMemory<byte> prefix, Stream inner) : Stream
    {
        private ReadOnlyMemory<byte> _prefix = prefix;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_prefix.IsEmpty)
            {
                return inner.Read(buffer);
            }

            var n = Math.Min(buffer.Length, _prefix.Length);
            _prefix.Span[..n].CopyTo(buffer);
            _prefix = _prefix[n..];
            return n;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_prefix.IsEmpty)
            {
                return inner.ReadAsync(buffer, cancellationToken);
            }

            var n = Math.Min(buffer.Length, _prefix.Length);
            _prefix.Span[..n].CopyTo(buffer.Span);
            _prefix = _prefix[n..];
            return ValueTask.FromResult(n);
        }

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

        public override async ValueTask DisposeAsync()
        {
            await inner.DisposeAsync().ConfigureAwait(false);
            await base.DisposeAsync().ConfigureAwait(false);
        }
    }
}
