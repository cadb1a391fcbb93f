using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace TradeStats.Columnar;

/// <summary>
/// Loads the library's own CSV format (version 1, as <see cref="Sources.ObservationCsvFile"/> writes it) straight into a
/// <see cref="TradeColumns"/> store, without creating an object per row; a file is parsed in parts on all cores.
/// </summary>
/// <remarks>
/// <para>
/// Columns are found by their header names, in any order, each at most once; a name outside the format is refused.
/// Required: <c>reporter</c>, <c>partner</c>, <c>period</c>, <c>flow</c>, <c>value</c> and <c>currency</c>. Optional:
/// <c>commodity</c> (blank or absent for all goods) with <c>classification</c> (blank for HS or a named group);
/// <c>quantity</c>, <c>quantity_unit</c> and <c>quantity_estimated</c>; the same three for <c>net_weight</c>,
/// <c>gross_weight</c> and <c>alt_quantity</c>; <c>customs_regime</c>, <c>enterprise_type</c>, <c>transport_mode</c>
/// and <c>status</c> (blank reads as final); and <c>source_publisher</c>, <c>source_date</c> (yyyy-MM-dd),
/// <c>source_title</c>, <c>source_address</c> and <c>source_excerpt</c>, which need a publisher. Values are read as
/// exact invariant decimals; only a balance may be negative.
/// </para>
/// <para>
/// Text follows RFC 4180 (quoted fields, doubled quotes, line breaks inside quotes), with CRLF or LF line ends and
/// an optional UTF-8 byte-order mark. Unquoted records take a fast path; a record with a quote takes the general
/// one. Bad input throws <see cref="TradeCsvException"/> naming the source, line, column and value; nothing is
/// skipped or guessed (only completely empty lines are ignored).
/// </para>
/// <para>
/// Why a hand-written parser: the benchmark <c>LoadBenchmarks</c> loads the same file with CsvHelper's
/// <c>CsvParser</c> feeding the same store, and CsvHelper spends most of its time making a string per field. Reading
/// UTF-8 bytes and caching codes by their packed bytes is several times faster (see benchmarks/README.md). Sep 0.18
/// (a SIMD parser with parallel parsing) was measured against this loader in one BenchmarkDotNet run (10 million rows,
/// short job, 2 cores shared with other work, load average 4 to 7): Sep's <c>ParallelEnumerate</c> on 2 threads,
/// packing the same keys and parsing whole-number values on its workers, took 2.84 s; this loader 2.88 s on 2
/// threads and 2.28 s on one (an earlier run at load average 8 to 12: 2.36 s, 2.67 s and 3.22 s). No clear winner
/// within the noise, while the Sep variant did less (no decimal scales, no error reports with line and field, no
/// optional columns, and its code look-ups stay on one thread), so the hand-written loader stayed and Sep was removed.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// TradeColumns store = TradeCsvLoader.Load("trade.csv");
/// Console.WriteLine($"{store.Count} rows, {store.BytesPerRow} bytes per row");
/// </code>
/// </example>
public static class TradeCsvLoader
{
    private static readonly string[] KnownColumns =
    [
        "reporter", "partner", "period", "flow", "commodity", "value", "currency", "quantity", "quantity_unit",
        "customs_regime", "enterprise_type", "transport_mode", "status", "source_publisher", "source_date",
        "source_title", "source_address", "source_excerpt", "classification", "quantity_estimated",
        "net_weight", "net_weight_unit", "net_weight_estimated", "gross_weight", "gross_weight_unit", "gross_weight_estimated",
        "alt_quantity", "alt_quantity_unit", "alt_quantity_estimated", "second_partner",
    ];

    private static readonly string[] RequiredColumns = ["reporter", "partner", "period", "flow", "value", "currency"];

    /// <summary>Loads a file, parsing parts of it on all cores (<see cref="Environment.ProcessorCount"/>).</summary>
    /// <param name="path">Path of a CSV file in the library format; opened read-only with shared read access.</param>
    /// <returns>A new store holding one row per data record, in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="TradeCsvException">The file is not valid; the message names the line, field and value.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static TradeColumns Load(string path) => Load(path, Environment.ProcessorCount);

    /// <summary>Loads a file, parsing consecutive parts of it on up to <paramref name="degreeOfParallelism"/> threads.</summary>
    /// <param name="path">Path of a CSV file in the library format; opened read-only with shared read access.</param>
    /// <param name="degreeOfParallelism">Threads to parse on; 1 reads the file in one pass on the calling thread.</param>
    /// <returns>
    /// A new store holding one row per data record, in file order; the same store, with the same dictionaries in the
    /// same order, whatever the number of threads.
    /// </returns>
    /// <remarks>
    /// The file is cut after line breaks into parts that are parsed independently, then the parts' dictionaries are
    /// merged in file order and the rows copied into one set of columns. When a cut falls inside a quoted field that
    /// spans lines, or the parts together exceed one of the store's limits, the file is read again in one pass, so
    /// results and error reports never depend on the cuts. An error reports the first bad record in file order, with
    /// its absolute line.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="degreeOfParallelism"/> is less than 1.</exception>
    /// <exception cref="TradeCsvException">The file is not valid; the message names the line, field and value.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static TradeColumns Load(string path, int degreeOfParallelism)
    {
        Guard.Against.Null(path);
        Guard.Against.NegativeOrZero(degreeOfParallelism);
        var length = new FileInfo(path).Length;
        var parts = degreeOfParallelism == 1 ? 1 : (int)Math.Min(degreeOfParallelism * PartsPerThread, length / MinPartBytes);
        if (parts <= 1)
        {
            using var stream = Open(path, 0);
            return Load(stream, path);
        }

        return LoadInParts(offset => Open(path, offset), length, path, parts, degreeOfParallelism, out _);
    }

    /// <summary>Parts per thread: a few, so that a thread slowed by other work on the machine does not hold the others up.</summary>
    internal const int PartsPerThread = 4;

    /// <summary>Files under twice this size are read in one pass.</summary>
    internal const long MinPartBytes = 1 << 20;

    private static FileStream Open(string path, long offset)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        stream.Position = offset;
        return stream;
    }

    /// <summary>
    /// Reads the header, cuts the data after line breaks into <paramref name="parts"/> parts, parses them on up to
    /// <paramref name="degreeOfParallelism"/> threads and merges them; falls back to one pass where a cut or the
    /// merge cannot be trusted. <paramref name="open"/> returns a stream positioned at a byte offset;
    /// <paramref name="mergedParts"/> is how many parts were merged, 0 when the file was read in one pass.
    /// </summary>
    internal static TradeColumns LoadInParts(Func<long, Stream> open, long length, string sourceName, int parts, int degreeOfParallelism, out int mergedParts)
    {
        mergedParts = 0;
        Reader header;
        long dataStart;
        using (var stream = open(0))
        {
            header = new Reader(stream, sourceName);
            header.ReadPreamble();
            dataStart = header.Position;
        }

        var bounds = new List<long> { dataStart };
        for (var k = 1; k < parts; k++)
        {
            var target = dataStart + ((length - dataStart) * k / parts);
            if (target <= bounds[^1])
            {
                continue;
            }

            var cut = NextLineStart(open, target, length);
            if (cut >= length)
            {
                break;
            }

            if (cut > bounds[^1])
            {
                bounds.Add(cut);
            }
        }

        bounds.Add(length);
        var n = bounds.Count - 1;
        var readers = new Reader[n];
        var errors = new Exception?[n];
        Parallel.For(0, n, new ParallelOptions { MaxDegreeOfParallelism = degreeOfParallelism }, k =>
        {
            try
            {
                using var stream = open(bounds[k]);
                var reader = new Reader(stream, sourceName, bounds[k + 1] - bounds[k]);
                reader.AdoptHeader(header);
                readers[k] = reader;
                reader.ReadRows();
            }
            catch (Exception e)
            {
                errors[k] = e;
            }
        });

        // The first part that failed holds the first error in file order: every part before it ended cleanly after a
        // line break outside quotes, so its cut is a record boundary and its line count is exact.
        var firstLine = header.Line;
        for (var k = 0; k < n; k++)
        {
            switch (errors[k])
            {
                case null:
                    firstLine += readers[k].Line - 1;
                    continue;
                case TradeCsvException e when e.InnerException is null && !(k < n - 1 && readers[k] is { TouchedEnd: true }):
                    throw new TradeCsvException(e.SourceName, e.Line + firstLine - 1, e.Field, e.Value, e.Problem);
                case TradeCsvException:
                    // A cut inside a quoted field, or a limit of the store (which depends on the rows before): one pass
                    // tells exactly where.
                    return Sequential(open, sourceName);
                default:
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(errors[k]!);
                    break;
            }
        }

        var merged = TradeColumnsBuilder.Merge([.. readers.Select(r => r.Builder)], degreeOfParallelism);
        if (merged is null)
        {
            return Sequential(open, sourceName);
        }

        mergedParts = n;
        return merged;
    }

    private static TradeColumns Sequential(Func<long, Stream> open, string sourceName)
    {
        using var stream = open(0);
        return Load(stream, sourceName);
    }

    /// <summary>The offset just after the first line break at or after <paramref name="offset"/>, or <paramref name="length"/>.</summary>
    private static long NextLineStart(Func<long, Stream> open, long offset, long length)
    {
        using var stream = open(offset);
        var buffer = new byte[1 << 16];
        var position = offset;
        while (position < length)
        {
            var read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, length - position));
            if (read == 0)
            {
                break;
            }

            var newline = buffer.AsSpan(0, read).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                return position + newline + 1;
            }

            position += read;
        }

        return length;
    }

    /// <summary>Loads a stream, reading it once from its current position.</summary>
    /// <param name="stream">UTF-8 text in the library's CSV format.</param>
    /// <param name="sourceName">The name used in error messages.</param>
    /// <returns>A new store holding one row per data record, in input order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="TradeCsvException">The text is not valid; the message names the line, field and value.</exception>
    public static TradeColumns Load(Stream stream, string sourceName)
    {
        Guard.Against.Null(stream);
        Guard.Against.Null(sourceName);
        return new Reader(stream, sourceName).Read();
    }

    private sealed class Reader(Stream stream, string sourceName, long limit = long.MaxValue)
    {
        private const int Reporter = 0;
        private const int Partner = 1;
        private const int PeriodColumn = 2;
        private const int Flow = 3;
        private const int CommodityColumn = 4;
        private const int Value = 5;
        private const int CurrencyColumn = 6;
        private const int QuantityColumn = 7;
        private const int Regime = 9;
        private const int Enterprise = 10;
        private const int Transport = 11;
        private const int Status = 12;
        private const int SourcePublisher = 13;
        private const int SourceDate = 14;
        private const int SourceTitle = 15;
        private const int SourceAddress = 16;
        private const int SourceExcerpt = 17;
        private const int ClassificationColumn = 18;
        private const int QuantityEstimated = 19;
        private const int NetWeight = 20;
        private const int GrossWeight = 23;
        private const int AltQuantity = 26;
        private const int SecondPartnerColumn = 29;

        private readonly TradeColumnsBuilder _builder = new();
        private readonly PackedKeyMap[] _maps = [new(), new(), new(), new(), new(), new(), new()];
        private readonly Dictionary<string, int>[] _longKeys = [[], [], [], [], [], [], []];
        private readonly (int Start, int Length)[] _fields = new (int, int)[KnownColumns.Length];
        private readonly string?[] _detailText = new string?[KnownColumns.Length];
        private byte[] _buffer = new byte[1 << 20];
        private int _pos;
        private int _end;
        private bool _eof;
        private long _line = 1;
        private long _consumed;
        private readonly long _limit = limit;
        private long _remaining = limit;
        private int[] _roles = [];
        private bool _hasDetails;
        private bool _hasClassification;
        private readonly Dictionary<(string Code, string Classification), int> _classifiedCommodities = [];

        public TradeColumnsBuilder Builder => _builder;

        /// <summary>The line the next record starts on (1-based, counted from where this reader started).</summary>
        public long Line => _line;

        /// <summary>Bytes consumed so far, from where this reader started.</summary>
        public long Position => _consumed + _pos;

        /// <summary>
        /// True when the record read last ran into the end of the input without a line break: for a part of a file that
        /// ends after a line break, this happens only when the part's end falls inside a quoted field.
        /// </summary>
        public bool TouchedEnd { get; private set; }

        public TradeColumns Read()
        {
            ReadPreamble();
            ReadRows();
            if (_builder.Count == 0)
            {
                throw new TradeCsvException(sourceName, _line, null, null, "The file has a header but no data rows.");
            }

            return _builder.Build();
        }

        /// <summary>Reads the byte-order mark and the header.</summary>
        public void ReadPreamble()
        {
            Fill();
            if (_end >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF)
            {
                _pos = 3;
            }

            if (!NextRecord(out var headerLine, out var headerCount))
            {
                throw new TradeCsvException(sourceName, 1, null, null, "The file is empty: expected a header line.");
            }

            ReadHeader(headerLine, headerCount);
        }

        /// <summary>Takes the column layout of a reader that read the header, for a part of the file after it.</summary>
        public void AdoptHeader(Reader header)
        {
            _roles = header._roles;
            _hasDetails = header._hasDetails;
            _hasClassification = header._hasClassification;
        }

        /// <summary>Reads data records up to the end of the input.</summary>
        public void ReadRows()
        {
            if (_end == 0 && !_eof)
            {
                Fill();
            }

            var estimated = false;
            var rows = 0;
            while (NextRecord(out var line, out var count))
            {
                if (count != _roles.Length)
                {
                    throw new TradeCsvException(sourceName, line, null, null, string.Create(CultureInfo.InvariantCulture, $"Expected {_roles.Length} fields as in the header, found {count}."));
                }

                AddRow(line);
                rows++;
                if (!estimated && rows == 4096)
                {
                    estimated = true;
                    EstimateCapacity(rows);
                }
            }
        }

        private void EstimateCapacity(int rows)
        {
            long total;
            if (_limit != long.MaxValue)
            {
                total = _limit;
            }
            else if (stream.CanSeek)
            {
                total = stream.Length;
            }
            else
            {
                return;
            }

            var bytesPerRow = (double)(_consumed + _pos) / rows;
            var estimate = (long)(total / bytesPerRow * 1.02) + 1024;
            if (estimate < int.MaxValue)
            {
                _builder.EnsureCapacity((int)estimate);
            }
        }

        private void ReadHeader(long line, int count)
        {
            if (count > KnownColumns.Length)
            {
                throw new TradeCsvException(sourceName, line, null, null, string.Create(CultureInfo.InvariantCulture, $"The header has {count} columns; the format has {KnownColumns.Length} at most, each once."));
            }

            var roles = new int[count];
            var seen = new bool[KnownColumns.Length];
            for (var i = 0; i < count; i++)
            {
                var name = Text(i);
                var role = Array.IndexOf(KnownColumns, name);
                if (role < 0)
                {
                    throw new TradeCsvException(sourceName, line, null, name, $"is not a column of the format. Known columns: {string.Join(", ", KnownColumns)}.");
                }

                if (seen[role])
                {
                    throw new TradeCsvException(sourceName, line, null, name, "appears twice in the header.");
                }

                seen[role] = true;
                roles[i] = role;
                _hasDetails |= role >= QuantityColumn && role != ClassificationColumn;
                _hasClassification |= role == ClassificationColumn;
            }

            foreach (var required in RequiredColumns)
            {
                if (!seen[Array.IndexOf(KnownColumns, required)])
                {
                    throw new TradeCsvException(sourceName, line, required, null, "The header lacks this required column.");
                }
            }

            _roles = roles;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void AddRow(long line)
        {
            int reporter = 0, partner = 0, period = 0, commodity = 0, currency = 0, scale = 0, commodityField = -1;
            long mantissa = 0;
            var flow = TradeFlow.Exports;
            if (_hasDetails)
            {
                Array.Clear(_detailText);
            }

            for (var i = 0; i < _roles.Length; i++)
            {
                var role = _roles[i];
                var (start, length) = _fields[i];
                var bytes = new ReadOnlySpan<byte>(_buffer, start, length);
                switch (role)
                {
                    case Reporter:
                        reporter = BufferCode(Reporter, start, length, line);
                        break;
                    case Partner:
                        partner = BufferCode(Partner, start, length, line);
                        break;
                    case PeriodColumn:
                        period = BufferCode(PeriodColumn, start, length, line);
                        break;
                    case Flow:
                        flow = (TradeFlow)BufferCode(Flow, start, length, line);
                        break;
                    case CommodityColumn when _hasClassification:
                        commodityField = i;
                        break;
                    case CommodityColumn:
                        commodity = bytes.IsEmpty ? 0 : BufferCode(CommodityColumn, start, length, line);
                        break;
                    case Value:
                        ParseValue(bytes, line, out mantissa, out scale);
                        break;
                    case CurrencyColumn:
                        currency = BufferCode(CurrencyColumn, start, length, line);
                        break;
                    default:
                        _detailText[role] = bytes.IsEmpty ? null : Utf8Text(role, bytes, line);
                        break;
                }
            }

            if (_hasClassification)
            {
                commodity = ClassifiedCommodity(commodityField < 0 ? string.Empty : Text(commodityField), _detailText[ClassificationColumn], line);
            }

            if (mantissa < 0 && !flow.AllowsNegativeValues())
            {
                throw new TradeCsvException(sourceName, line, "value", Text(Array.IndexOf(_roles, Value)), $"is negative, but only a balance (B) may be negative; the flow is {flow}.");
            }

            int detail;
            try
            {
                detail = _hasDetails ? _builder.DetailCode(Details(line)) : 0;
            }
            catch (InvalidOperationException e)
            {
                throw new TradeCsvException(sourceName, line, null, null, e.Message, e);
            }

            try
            {
                _builder.Add(reporter, partner, period, flow, commodity, mantissa, scale, currency, detail);
            }
            catch (OverflowException e)
            {
                throw new TradeCsvException(sourceName, line, "value", Text(Array.IndexOf(_roles, Value)), "does not fit the store's 64-bit integers at its scale: " + e.Message, e);
            }
        }

        /// <summary>
        /// The code of field bytes at <paramref name="start"/> in the buffer. The key is <see cref="PackedKeyMap.Pack"/>'s,
        /// made by one unaligned read of the field and the bytes after it (still inside the buffer) masked to the field,
        /// instead of a loop over the bytes.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private int BufferCode(int role, int start, int length, long line)
        {
            if (BitConverter.IsLittleEndian && length is > 0 and <= PackedKeyMap.MaxLength && start <= _buffer.Length - sizeof(ulong))
            {
                var key = (Unsafe.ReadUnaligned<ulong>(ref _buffer[start]) & ((1UL << (length * 8)) - 1)) | ((ulong)length << 56);
                if (_maps[role].TryGet(key, out var code))
                {
                    return code;
                }
            }

            return Code(role, new ReadOnlySpan<byte>(_buffer, start, length), line);
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private int Code(int role, ReadOnlySpan<byte> bytes, long line)
        {
            if (bytes.Length <= PackedKeyMap.MaxLength && !bytes.IsEmpty)
            {
                var key = PackedKeyMap.Pack(bytes);
                if (_maps[role].TryGet(key, out var code))
                {
                    return code;
                }

                code = Decode(role, Utf8Text(role, bytes, line), line);
                _maps[role].Add(key, code);
                return code;
            }

            var text = Utf8Text(role, bytes, line);
            if (!_longKeys[role].TryGetValue(text, out var longCode))
            {
                longCode = Decode(role, text, line);
                _longKeys[role].Add(text, longCode);
            }

            return longCode;
        }

        /// <summary>
        /// The field's text; invalid UTF-8 is an error naming the line and column, never a replacement character.
        /// Utf8.IsValid is vectorised and runs only where text is decoded (dictionary misses and detail columns).
        /// </summary>
        private string Utf8Text(int role, ReadOnlySpan<byte> bytes, long line) =>
            System.Text.Unicode.Utf8.IsValid(bytes)
                ? Encoding.UTF8.GetString(bytes)
                : throw new TradeCsvException(sourceName, line, KnownColumns[role], Encoding.UTF8.GetString(bytes), "is not valid UTF-8 (shown with U+FFFD where the bytes are invalid).");

        private int Decode(int role, string text, long line)
        {
            try
            {
                return DecodeNew(role, text, line);
            }
            catch (InvalidOperationException e)
            {
                // The store's dictionaries are bounded by its 16-byte rows (16-bit codes): say where the limit was met.
                throw new TradeCsvException(sourceName, line, KnownColumns[role], text, e.Message, e);
            }
        }

        private int DecodeNew(int role, string text, long line)
        {
            var field = KnownColumns[role];
            switch (role)
            {
                case Reporter or Partner:
                    if (!Territory.TryFromCode(text, out var territory))
                    {
                        throw new TradeCsvException(sourceName, line, field, text, "is not a known territory code (alpha-2, alpha-3, M49, CN-XZ, WLD or a group code).");
                    }

                    if (role == Reporter && territory.Kind == TerritoryKind.Group)
                    {
                        throw new TradeCsvException(sourceName, line, field, text, "is a group; a reporter is a country or subdivision.");
                    }

                    return role == Reporter ? _builder.ReporterCode(territory) : _builder.PartnerCode(territory);
                case PeriodColumn:
                    if (!Period.TryParse(text, out var period))
                    {
                        throw new TradeCsvException(sourceName, line, field, text, "is not a period (2024, 2024-Q1, 2024-01, 2025-01/2025-10).");
                    }

                    return _builder.PeriodCode(period);
                case Flow:
                    return (int)ParseFlow(text, line);
                case CommodityColumn:
                    if (string.IsNullOrWhiteSpace(text))
                    {
                        return 0; // all goods, as an empty field (and as ObservationCsvFile reads a blank one)
                    }

                    if (text.Any(char.IsControl))
                    {
                        // A stray CR or LF inside a field (8703\r80) is a broken line, not the name of a product group.
                        throw new TradeCsvException(sourceName, line, field, text, "holds a control character (a stray line break?); a commodity is an HS code or a product group's name.");
                    }

                    var commodity = text.Length is 2 or 4 or 6 && text.All(char.IsAsciiDigit) ? Commodity.Hs(text) : Commodity.Named(text);
                    return _builder.CommodityCode(commodity);
                default:
                    if (!Currency.TryFromCode(text, out var currency))
                    {
                        throw new TradeCsvException(sourceName, line, field, text, "is not a known ISO 4217 currency code.");
                    }

                    return _builder.CurrencyCode(currency);
            }
        }

        private int ClassifiedCommodity(string code, string? classification, long line)
        {
            if (string.IsNullOrEmpty(classification))
            {
                return string.IsNullOrEmpty(code) ? 0 : Code(CommodityColumn, Encoding.UTF8.GetBytes(code), line);
            }

            if (_classifiedCommodities.TryGetValue((code, classification), out var known))
            {
                return known;
            }

            if (!CommodityClassification.TryFromCode(classification, out var c))
            {
                throw new TradeCsvException(sourceName, line, "classification", classification, "is not a known commodity classification (HS, H0..H6, SITC, S1..S4, BEC, B4, B5, CN or NAT- and a country's alpha-2 code).");
            }

            if (string.IsNullOrWhiteSpace(code))
            {
                throw new TradeCsvException(sourceName, line, "classification", classification, "is given without a commodity code.");
            }

            Commodity commodity;
            try
            {
                commodity = Commodity.Create(code.Trim(), c);
            }
            catch (FormatException e)
            {
                throw new TradeCsvException(sourceName, line, "commodity", code, e.Message, e);
            }

            int result;
            try
            {
                result = _builder.CommodityCode(commodity);
            }
            catch (InvalidOperationException e)
            {
                throw new TradeCsvException(sourceName, line, "commodity", code, e.Message, e);
            }

            _classifiedCommodities.Add((code, classification), result);
            return result;
        }

        private TradeFlow ParseFlow(string text, long line)
        {
            if (Sources.FlowCodes.TryParse(text, out var flow))
            {
                return flow;
            }

            throw new TradeCsvException(sourceName, line, "flow", text, "is not a flow: expected X, M, T, B, RX, RM or a flow name.");
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void ParseValue(ReadOnlySpan<byte> bytes, long line, out long mantissa, out int scale)
        {
            var negative = !bytes.IsEmpty && bytes[0] == (byte)'-';
            var i = negative ? 1 : 0;
            ulong m = 0;
            scale = 0;
            var digits = 0;
            var point = false;
            var bad = bytes.Length == i;
            for (; i < bytes.Length && !bad; i++)
            {
                var b = bytes[i];
                if (b - (uint)'0' <= 9)
                {
                    if (m > (ulong.MaxValue - 9) / 10)
                    {
                        throw new TradeCsvException(sourceName, line, "value", Encoding.UTF8.GetString(bytes), "has too many digits for the store's 64-bit integers.");
                    }

                    m = (m * 10) + (b - (uint)'0');
                    digits++;
                    scale += point ? 1 : 0;
                }
                else if (b == (byte)'.' && !point)
                {
                    point = true;
                }
                else
                {
                    bad = true;
                }
            }

            if (bad || digits == 0)
            {
                throw new TradeCsvException(sourceName, line, "value", Encoding.UTF8.GetString(bytes), "is not an invariant decimal number (digits, an optional point, a leading minus; no thousands separators or exponent).");
            }

            while (scale > 0 && m % 10 == 0)
            {
                m /= 10;
                scale--;
            }

            if (m > long.MaxValue || scale > ScaledDecimal.MaxScale)
            {
                throw new TradeCsvException(sourceName, line, "value", Encoding.UTF8.GetString(bytes), string.Create(CultureInfo.InvariantCulture, $"does not fit a 64-bit integer with at most {ScaledDecimal.MaxScale} digits after the point."));
            }

            mantissa = negative ? -(long)m : (long)m;
        }

        private RowDetails Details(long line)
        {
            var quantity = ReadQuantity(QuantityColumn, QuantityEstimated, line);
            var netWeight = ReadQuantity(NetWeight, NetWeight + 2, line);
            var grossWeight = ReadQuantity(GrossWeight, GrossWeight + 2, line);
            var altQuantity = ReadQuantity(AltQuantity, AltQuantity + 2, line);

            SourceReference? source = null;
            var publisher = _detailText[SourcePublisher];
            if (publisher is not null)
            {
                DateOnly? date = null;
                if (_detailText[SourceDate] is { } d)
                {
                    date = DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                        ? parsed
                        : throw new TradeCsvException(sourceName, line, "source_date", d, "is not a date in the form yyyy-MM-dd.");
                }

                source = new SourceReference(publisher, date, _detailText[SourceTitle], _detailText[SourceAddress], _detailText[SourceExcerpt]);
            }
            else
            {
                for (var role = SourceDate; role <= SourceExcerpt; role++)
                {
                    if (_detailText[role] is { } orphan)
                    {
                        throw new TradeCsvException(sourceName, line, KnownColumns[role], orphan, "is given without a source_publisher.");
                    }
                }
            }

            return new RowDetails(
                quantity,
                ParseEnum<CustomsRegime>(Regime, line),
                ParseEnum<EnterpriseType>(Enterprise, line),
                ParseEnum<TransportMode>(Transport, line),
                ParseEnum<ObservationStatus>(Status, line) ?? ObservationStatus.Final,
                source,
                netWeight,
                grossWeight,
                altQuantity,
                SecondPartner(line));
        }

        private Territory? SecondPartner(long line)
        {
            var text = _detailText[SecondPartnerColumn];
            return text is null ? null
                : Territory.TryFromCode(text, out var t) ? t
                : throw new TradeCsvException(sourceName, line, KnownColumns[SecondPartnerColumn], text, "is not a known territory code.");
        }

        /// <summary>A quantity from its value column, the unit column after it and its estimated flag.</summary>
        private Quantity? ReadQuantity(int valueRole, int estimatedRole, long line)
        {
            var q = _detailText[valueRole];
            var unit = _detailText[valueRole + 1];
            var flag = _detailText[estimatedRole];
            var estimated = flag switch
            {
                null or "false" => false,
                "true" => true,
                _ => throw new TradeCsvException(sourceName, line, KnownColumns[estimatedRole], flag, "is not true, false or empty."),
            };
            if (q is null && unit is null)
            {
                return estimated
                    ? throw new TradeCsvException(sourceName, line, KnownColumns[estimatedRole], flag, $"flags an estimate, but {KnownColumns[valueRole]} is empty.")
                    : null;
            }

            if (q is null || string.IsNullOrWhiteSpace(unit))
            {
                throw new TradeCsvException(sourceName, line, KnownColumns[q is null ? valueRole : valueRole + 1], q is null ? null : unit, $"A quantity needs both {KnownColumns[valueRole]} and {KnownColumns[valueRole + 1]}.");
            }

            if (ExactDecimal.TryParse(q, allowExponent: false, 0, out var qv) != ExactDecimal.Outcome.Exact || qv < 0)
            {
                throw new TradeCsvException(sourceName, line, KnownColumns[valueRole], q, "is not a non-negative invariant decimal that decimal holds exactly.");
            }

            // "-0" is zero, but its sign bit makes Quantity refuse it as negative.
            return new Quantity(qv == 0m ? 0m : qv, unit) { IsEstimated = estimated };
        }

        private T? ParseEnum<T>(int role, long line)
            where T : struct, Enum
        {
            var text = _detailText[role];
            if (text is null)
            {
                return null;
            }

            // Enum.TryParse also accepts numbers and comma lists; the format allows member names only.
            if (!char.IsAsciiLetter(text[0]) || text.Contains(',', StringComparison.Ordinal) || !Enum.TryParse<T>(text, ignoreCase: false, out var value))
            {
                throw new TradeCsvException(sourceName, line, KnownColumns[role], text, $"is not one of: {string.Join(", ", Enum.GetNames<T>())}.");
            }

            return value;
        }

        private string Text(int field)
        {
            var (start, length) = _fields[field];
            return Encoding.UTF8.GetString(_buffer, start, length);
        }

        /// <summary>Splits the next record into <see cref="_fields"/>; returns false at the end of the input.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private bool NextRecord(out long line, out int count)
        {
            while (true)
            {
                line = _line;
                if (Vector256.IsHardwareAccelerated && TrySplitVectorised(out count))
                {
                    return true;
                }

                var available = new ReadOnlySpan<byte>(_buffer, _pos, _end - _pos);
                var newline = available.IndexOf((byte)'\n');
                if (newline < 0 && !_eof)
                {
                    Refill();
                    continue;
                }

                TouchedEnd = newline < 0;
                var recordLength = newline < 0 ? available.Length : newline;
                if (recordLength == 0 || (recordLength == 1 && available[0] == (byte)'\r'))
                {
                    if (newline < 0)
                    {
                        count = 0;
                        return false;
                    }

                    _pos += newline + 1;
                    _line++;
                    continue;
                }

                var record = available[..recordLength];
                if (record.IndexOf((byte)'"') < 0)
                {
                    if (record[^1] == (byte)'\r')
                    {
                        record = record[..^1];
                    }

                    count = SplitSimple(record, _pos);
                    _pos += newline < 0 ? available.Length : newline + 1;
                    _line++;
                    return true;
                }

                if (TrySplitQuoted(out count, out var consumed, out var lines))
                {
                    _pos += consumed;
                    _line += lines;
                    return true;
                }

                if (_eof)
                {
                    throw new TradeCsvException(sourceName, line, null, null, "A quoted field is not closed before the end of the file.");
                }

                Refill();
            }
        }

        /// <summary>
        /// The common record, split in one pass: 32 bytes at a time, commas, line breaks and quotes become bit masks
        /// and the fields are read off the bits. Returns false, touching nothing but <see cref="_fields"/>, for
        /// anything else (a quote, an empty line, too many fields, the last 32 bytes of the buffer), which the general
        /// path then reads. It replaced a search for the line break, one for a quote and one per comma (9 vectorised
        /// searches of a few bytes each per record); by hand on the 10-million-row file, one thread, on the shared
        /// machine (load average 11 to 14), the loads went from 2.9-3.5 s to 2.8-3.2 s, within the noise.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private bool TrySplitVectorised(out int count)
        {
            count = 0;
            var start = _pos;
            var fieldStart = start;
            var p = start;
            ref var first = ref MemoryMarshal.GetArrayDataReference(_buffer);
            var fields = _fields;
            while (p + Vector256<byte>.Count <= _end)
            {
                var v = Vector256.LoadUnsafe(ref first, (nuint)p);
                var commas = Vector256.Equals(v, Vector256.Create((byte)',')).ExtractMostSignificantBits();
                var stops = (Vector256.Equals(v, Vector256.Create((byte)'\n')) | Vector256.Equals(v, Vector256.Create((byte)'"'))).ExtractMostSignificantBits();
                var stop = BitOperations.TrailingZeroCount(stops); // 32 when none
                if (stop < 32)
                {
                    commas &= (1u << stop) - 1;
                }

                while (commas != 0)
                {
                    if (count == fields.Length - 1)
                    {
                        return false;
                    }

                    var comma = p + BitOperations.TrailingZeroCount(commas);
                    fields[count++] = (fieldStart, comma - fieldStart);
                    fieldStart = comma + 1;
                    commas &= commas - 1;
                }

                if (stop < 32)
                {
                    var end = p + stop;
                    if (Unsafe.Add(ref first, end) == (byte)'"' || end == start || (end == start + 1 && Unsafe.Add(ref first, start) == (byte)'\r'))
                    {
                        return false;
                    }

                    var fieldEnd = Unsafe.Add(ref first, end - 1) == (byte)'\r' ? end - 1 : end;
                    fields[count++] = (fieldStart, fieldEnd - fieldStart);
                    _pos = end + 1;
                    _line++;
                    TouchedEnd = false;
                    return true;
                }

                p += Vector256<byte>.Count;
            }

            return false;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private int SplitSimple(ReadOnlySpan<byte> record, int offset)
        {
            var count = 0;
            var start = 0;
            while (true)
            {
                var comma = record[start..].IndexOf((byte)',');
                var length = comma < 0 ? record.Length - start : comma;
                if (count == _fields.Length)
                {
                    return count + 1; // too many: the caller reports the count mismatch
                }

                _fields[count++] = (offset + start, length);
                if (comma < 0)
                {
                    return count;
                }

                start += comma + 1;
            }
        }

        /// <summary>
        /// Parses an RFC 4180 record at <see cref="_pos"/>, unescaping quoted fields in place. Returns false, without
        /// touching the buffer, when the record is not complete in the buffer yet.
        /// </summary>
        private bool TrySplitQuoted(out int count, out int consumed, out int lines)
        {
            var buffer = _buffer;
            count = 0;
            lines = 1;
            consumed = 0;

            // Find the end of the record first (a line break outside quotes), so that unescaping in place only ever
            // runs on a complete record.
            var inQuotes = false;
            var limit = -1;
            for (var j = _pos; j < _end; j++)
            {
                var c = buffer[j];
                if (c == (byte)'"')
                {
                    inQuotes = !inQuotes;
                }
                else if (c == (byte)'\n' && !inQuotes)
                {
                    limit = j;
                    break;
                }
            }

            if (limit < 0)
            {
                if (!_eof)
                {
                    return false;
                }

                TouchedEnd = true;
                limit = _end;
            }

            var i = _pos;
            while (true)
            {
                var write = i;
                var start = i;
                if (i < limit && buffer[i] == (byte)'"')
                {
                    i++;
                    while (true)
                    {
                        if (i >= limit)
                        {
                            throw new TradeCsvException(sourceName, _line, null, null, "A quoted field is not closed before the end of the file.");
                        }

                        var b = buffer[i];
                        if (b == (byte)'"')
                        {
                            if (i + 1 < limit && buffer[i + 1] == (byte)'"')
                            {
                                buffer[write++] = (byte)'"';
                                i += 2;
                                continue;
                            }

                            i++;
                            break;
                        }

                        if (b == (byte)'\n')
                        {
                            lines++;
                        }

                        buffer[write++] = b;
                        i++;
                    }

                    if (i < limit && buffer[i] != (byte)',' && !(buffer[i] == (byte)'\r' && i + 1 == limit))
                    {
                        throw new TradeCsvException(sourceName, _line, null, null, "A quoted field must be followed by a comma or the end of the line.");
                    }
                }
                else
                {
                    while (i < limit && buffer[i] != (byte)',')
                    {
                        if (buffer[i] == (byte)'"')
                        {
                            throw new TradeCsvException(sourceName, _line, null, null, "A quote inside an unquoted field; quote the whole field and double the quote.");
                        }

                        i++;
                    }

                    write = i;
                    if (i == limit && write > start && buffer[write - 1] == (byte)'\r')
                    {
                        write--;
                    }
                }

                if (count < _fields.Length)
                {
                    _fields[count] = (start, write - start);
                }

                count++;
                if (i < limit && buffer[i] == (byte)'\r')
                {
                    i++;
                }

                if (i >= limit)
                {
                    consumed = limit < _end ? limit + 1 - _pos : limit - _pos;
                    return true;
                }

                i++; // the comma
            }
        }

        private void Refill()
        {
            var remaining = _end - _pos;
            if (_pos == 0 && remaining == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }
            else
            {
                Buffer.BlockCopy(_buffer, _pos, _buffer, 0, remaining);
                _consumed += _pos;
                _pos = 0;
                _end = remaining;
            }

            Fill();
        }

        private void Fill()
        {
            while (_end < _buffer.Length)
            {
                var n = _remaining <= 0 ? 0 : stream.Read(_buffer, _end, (int)Math.Min(_buffer.Length - _end, _remaining));
                if (n == 0)
                {
                    _eof = true;
                    return;
                }

                _end += n;
                _remaining -= n;
            }
        }
    }
}
