using System.Text;

namespace TradeStats.Sources;

/// <summary>
/// Opens text input for the delimited readers: checks the byte-order mark, decodes UTF-8 (or the encoding the options
/// name) while remembering whether any byte sequence was invalid, and reads the header line ahead so that the
/// delimiter can be taken from it.
/// </summary>
internal sealed class TextInput
{
    private readonly InvalidByteTracker? _tracker;

    private TextInput(TextReader reader, string headerLine, InvalidByteTracker? tracker)
    {
        Reader = reader;
        HeaderLine = headerLine;
        _tracker = tracker;
    }

    /// <summary>The whole input, the header line included.</summary>
    public TextReader Reader { get; }

    /// <summary>The first line, without its line end or byte-order mark.</summary>
    public string HeaderLine { get; }

    /// <summary>Whether the decoder met an invalid byte sequence so far (it decodes ahead of the parser).</summary>
    public bool SawInvalidBytes => _tracker?.Seen == true;

    public static async Task<TextInput> OpenAsync(Stream stream, Encoding? encoding, string sourceName, ErrorCollector errors, CancellationToken cancellationToken)
    {
        var head = new byte[4];
        var n = await Decompression.ReadHeadAsync(stream, head, cancellationToken).ConfigureAwait(false);

        var bom = head.AsSpan(0, n);
        if (OtherEncoding(bom) is { } other)
        {
            throw errors.Fatal(new TradeDataFormatException(sourceName, 1, RecordUnit.Line, null, null, $"the file is encoded in {other} (its byte-order mark says so); save it as UTF-8 and read it again."));
        }

        var skip = bom is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
        var rest = new Decompression.PrefixedStream(head.AsMemory(skip, n - skip), stream);
        InvalidByteTracker? tracker = null;
        if (encoding is null)
        {
            tracker = new InvalidByteTracker();
            var utf8 = (Encoding)new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).Clone();
            utf8.DecoderFallback = tracker;
            encoding = utf8;
        }

        var reader = new StreamReader(rest, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: true);
        var header = await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) ?? string.Empty;

        // SDMX-CSV 2.0 names a delimiter other than the comma in the first header cell, STRUCTURE[;], which holds
        // that delimiter itself: quote the cell so that the CSV parser keeps it whole.
        if (header.Length > 11 && header.StartsWith("STRUCTURE[", StringComparison.OrdinalIgnoreCase) && header[11] == ']' && header[10] != '"')
        {
            header = "\"" + header[..12] + "\"" + header[12..];
        }

        return new TextInput(new HeaderFirstReader(header, reader), header, tracker);
    }

    /// <summary>The encoding a UTF-16 or UTF-32 byte-order mark at the start names; null for anything else (UTF-8 with or without its mark).</summary>
    public static string? OtherEncoding(ReadOnlySpan<byte> head) => head switch
    {
        [0xFF, 0xFE, 0x00, 0x00, ..] => "UTF-32 (little-endian)",
        [0x00, 0x00, 0xFE, 0xFF, ..] => "UTF-32 (big-endian)",
        [0xFF, 0xFE, ..] => "UTF-16 (little-endian)",
        [0xFE, 0xFF, ..] => "UTF-16 (big-endian)",
        _ => null,
    };

    /// <summary>
    /// The delimiter of a delimited file from its header line: the one named by an SDMX-CSV 2.0 header
    /// (<c>STRUCTURE[;]</c>), else tab or semicolon when the header has that and no comma, else comma.
    /// </summary>
    public char DetectSeparator()
    {
        var h = HeaderLine.TrimStart('"');
        if (h.StartsWith("STRUCTURE[", StringComparison.OrdinalIgnoreCase) && h.Length > 11 && h[11] == ']')
        {
            return h[10];
        }

        if (HeaderLine.Contains(',', StringComparison.Ordinal))
        {
            return ',';
        }

        return HeaderLine.Contains('\t', StringComparison.Ordinal) ? '\t' : HeaderLine.Contains(';', StringComparison.Ordinal) ? ';' : ',';
    }

    /// <summary>Replaces an invalid byte sequence with U+FFFD, as the default decoder does, and remembers that it did.</summary>
    private sealed class InvalidByteTracker : DecoderFallback
    {
        public bool Seen { get; private set; }

        public override int MaxCharCount => 1;

        public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

        private sealed class Buffer(InvalidByteTracker owner) : DecoderFallbackBuffer
        {
            private int _remaining;

            public override int Remaining => _remaining;

            public override bool Fallback(byte[] bytesUnknown, int index)
            {
                owner.Seen = true;
                _remaining = 1;
                return true;
            }

            public override char GetNextChar()
            {
                if (_remaining == 0)
                {
                    return '\0';
                }

                _remaining--;
                return '\uFFFD';
            }

            public override bool MovePrevious()
            {
                if (_remaining != 0)
                {
                    return false;
                }

                _remaining = 1;
                return true;
            }

            public override void Reset() => _remaining = 0;
        }
    }

    /// <summary>Returns the header line read ahead (with a line end), then the rest of the inner reader.</summary>
    private sealed class HeaderFirstReader(string header, TextReader inner) : TextReader
    {
        private string? _head = header + "\n";
        private int _position;

        public override int Peek() => _head is not null ? _head[_position] : inner.Peek();

        public override int Read()
        {
            if (_head is null)
            {
                return inner.Read();
            }

            var c = _head[_position++];
            Advance();
            return c;
        }

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            if (_head is null)
            {
                return inner.Read(buffer);
            }

            var n = Math.Min(buffer.Length, _head.Length - _position);
            _head.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            Advance();
            return n;
        }

        public override Task<int> ReadAsync(char[] buffer, int index, int count) => ReadAsync(buffer.AsMemory(index, count)).AsTask();

        public override ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default) =>
            _head is null ? inner.ReadAsync(buffer, cancellationToken) : ValueTask.FromResult(Read(buffer.Span));

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private void Advance()
        {
            if (_position == _head!.Length)
            {
                _head = null;
            }
        }
    }
}
