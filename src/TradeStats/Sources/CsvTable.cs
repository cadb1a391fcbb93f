using System.Globalization;
using System.Text;
using CsvHelper;

namespace TradeStats.Sources;

/// <summary>A CSV file read record by record with CsvHelper, with its header checked and every record tagged with its line.</summary>
internal sealed class CsvTable : IAsyncDisposable
{
    private readonly CsvReader _reader;
    private readonly Dictionary<string, int> _columns;
    private readonly Queue<CsvMalformedRecord> _malformed;

    private readonly TextInput _input;

    private CsvTable(CsvReader reader, TextInput input, Queue<CsvMalformedRecord> malformed, string sourceName, string[] header, Dictionary<string, int> columns)
    {
        _reader = reader;
        _input = input;
        _malformed = malformed;
        SourceName = sourceName;
        Header = header;
        _columns = columns;
    }

    public string SourceName { get; }

    public string[] Header { get; }

    /// <summary>The line the current record starts on.</summary>
    public long Line { get; private set; } = 1;

    public RecordContext Context => new(SourceName, Line, RecordUnit.Line);

    /// <summary>The delimiter in use.</summary>
    public char Separator { get; private init; }

    /// <summary>Whether this class checks field counts itself (CsvHelper allows any count).</summary>
    private bool CheckFieldCount { get; init; }

    /// <summary>
    /// Opens the table and reads its header; errors in the header are fatal. <paramref name="separator"/> null takes
    /// the delimiter from the header line (see <see cref="TextInput.DetectSeparator"/>). <paramref name="headerId"/>
    /// turns each header cell into the column's id (SDMX-CSV <c>FREQ: Frequency</c> into <c>FREQ</c>).
    /// </summary>
    /// <remarks>
    /// <paramref name="allowTrailingEmptyField"/> accepts records with exactly one field more than the header when that
    /// field is empty and the header does not itself end with a delimiter (UN ComtradePlus downloads end every data row
    /// with a comma); any other count is reported as malformed.
    /// </remarks>
    public static async Task<CsvTable> OpenAsync(Stream stream, string sourceName, ErrorCollector errors, StringComparer headerComparer, CancellationToken cancellationToken, char? separator = ',', Func<string, string>? headerId = null, bool allowTrailingEmptyField = false)
    {
        var input = await TextInput.OpenAsync(stream, errors.Options.Encoding, sourceName, errors, cancellationToken).ConfigureAwait(false);
        var sep = separator ?? input.DetectSeparator();
        var malformed = new Queue<CsvMalformedRecord>();
        var options = CsvReaderOptions.Default with
        {
            Separator = sep,
            HasHeader = true,
            Mode = CsvMode.Rfc4180,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            DetectSeparatorHint = false,

            // Malformed records are skipped by CsvHelper and reported here, then through the error collector:
            // nothing is recovered by guessing.
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = allowTrailingEmptyField ? CsvFieldCountHandling.Allow : CsvFieldCountHandling.Skip,
            OnMalformedRecord = malformed.Enqueue,
        };
        var reader = CsvReader.Create(input.Reader, options, leaveOpen: false);
        try
        {
            try
            {
                await reader.ReadHeaderAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (CsvFormatException e)
            {
                throw errors.Fatal(new TradeDataFormatException(sourceName, 1, RecordUnit.Line, null, null, "malformed CSV header: " + e.Message, e));
            }

            var header = reader.Headers.ToArray();
            if (headerId is not null)
            {
                header = [.. header.Select(headerId)];
            }

            if (header.Length == 0 || (header.Length == 1 && header[0].Length == 0))
            {
                throw errors.Fatal(new TradeDataFormatException(sourceName, 1, RecordUnit.Line, null, null, "the file is empty: a header line is required."));
            }

            var columns = new Dictionary<string, int>(headerComparer);
            for (var i = 0; i < header.Length; i++)
            {
                if (!columns.TryAdd(header[i], i))
                {
                    throw errors.Fatal(new TradeDataFormatException(sourceName, 1, RecordUnit.Line, header[i], header[i], "the column appears twice in the header."));
                }
            }

            return new CsvTable(reader, input, malformed, sourceName, header, columns) { Separator = sep, CheckFieldCount = allowTrailingEmptyField };
        }
        catch
        {
            await reader.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public int IndexOf(string column) => _columns.TryGetValue(column, out var i) ? i : -1;

    public bool Has(string column) => _columns.ContainsKey(column);

    /// <summary>Throws (fatally) when a required column is missing.</summary>
    public void Require(ErrorCollector errors, params IEnumerable<string> columns)
    {
        foreach (var c in columns)
        {
            if (!Has(c))
            {
                throw errors.Fatal(new TradeDataFormatException(SourceName, 1, RecordUnit.Line, c, null, $"the required column is missing; the header has: {string.Join(",", Header)}."));
            }
        }
    }

    /// <summary>Throws (fatally) at the first column the format does not know.</summary>
    public void RejectUnknown(ErrorCollector errors, Func<string, bool> isKnown)
    {
        foreach (var c in Header)
        {
            if (!isKnown(c))
            {
                throw errors.Fatal(new TradeDataFormatException(SourceName, 1, RecordUnit.Line, c, c, "unknown column."));
            }
        }
    }

    /// <summary>Moves to the next record. Malformed records (bad quoting, wrong number of fields) are reported through the collector.</summary>
    public async ValueTask<bool> ReadAsync(ErrorCollector errors, CancellationToken cancellationToken)
    {
        while (true)
        {
            bool more;
            try
            {
                more = await _reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (CsvFormatException e)
            {
                ReportMalformed(errors);
                throw errors.Fatal(new TradeDataFormatException(SourceName, e.LineNumber, RecordUnit.Line, null, null, "malformed CSV: " + e.Message, e));
            }

            // Records skipped on the way here come first, in file order.
            ReportMalformed(errors);
            if (!more)
            {
                return false;
            }

            Line = _reader.LineNumber;
            var count = _reader.FieldCount;
            if (!CheckFieldCount || count == Header.Length
                || (count == Header.Length + 1 && Header[^1].Length > 0 && _reader.GetString(count - 1).Length == 0))
            {
                return true;
            }

            errors.Record(new TradeDataFormatException(SourceName, Line, RecordUnit.Line, null, null, string.Create(CultureInfo.InvariantCulture,
                $"the record has {count} fields; the header has {Header.Length} (one more, empty, is accepted when the header does not end with a delimiter).")));
        }
    }

    /// <summary>
    /// The current record's value in a column, or null when the file has no such column. A value decoded from
    /// invalid UTF-8 is a <see cref="TradeDataFormatException"/> naming the line and column, never a replacement character.
    /// </summary>
    public string? this[int index]
    {
        get
        {
            if (index < 0)
            {
                return null;
            }

            var value = _reader.GetString(index);
            return _input.SawInvalidBytes && value.Contains('\uFFFD', StringComparison.Ordinal)
                ? throw Context.Error(Header[index], value, "the text is not valid UTF-8 (shown here with U+FFFD where the bytes are invalid); if the file is Latin-1, read it with ReadOptions.Encoding = Encoding.Latin1.")
                : value;
        }
    }

    public ValueTask DisposeAsync() => _reader.DisposeAsync();

    private void ReportMalformed(ErrorCollector errors)
    {
        while (_malformed.TryDequeue(out var m))
        {
            var reason = m.Reason switch
            {
                CsvMalformedReason.FieldCountMismatch => string.Create(CultureInfo.InvariantCulture, $"the record does not have the {Header.Length} fields of the header."),
                CsvMalformedReason.StrayQuote => "malformed CSV: a quote inside an unquoted field (RFC 4180).",
                CsvMalformedReason.TextAfterClosingQuote => "malformed CSV: text after the closing quote of a field (RFC 4180).",
                CsvMalformedReason.UnterminatedQuote => "malformed CSV: a quoted field is never closed.",
                _ => "malformed CSV: " + m.Reason + ".",
            };
            var raw = m.RawRecord.TrimEnd('\r', '\n');
            raw = raw.Length > 200 ? raw[..200] + "..." : raw;
            errors.Record(new TradeDataFormatException(SourceName, m.LineNumber, RecordUnit.Line, null, raw, reason));
        }
    }
}
