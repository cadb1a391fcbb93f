using TradeStats.Analysis;
using TradeStats.Sources;

namespace TradeStats.Sample.Cli;

/// <summary>The file formats the library reads, as named by <c>--input-format</c>.</summary>
public enum InputFormat
{
    /// <summary>Detect from the extension and the first bytes.</summary>
    Auto = 0,

    /// <summary>The library's own CSV format, version 1.</summary>
    Csv = 1,

    /// <summary>The library's own JSON format (<c>{"format":"tradestats-observations",...}</c>).</summary>
    Json = 2,

    /// <summary>A UN Comtrade API response in JSON.</summary>
    ComtradeJson = 3,

    /// <summary>A UN Comtrade CSV download.</summary>
    ComtradeCsv = 4,

    /// <summary>SDMX-CSV 1.0 or 2.0.</summary>
    SdmxCsv = 5,

    /// <summary>Parquet files of the library's schema (a file or a glob), summed by the embedded DuckDB engine.</summary>
    Parquet = 6,

    /// <summary>A DuckDB database file with an <c>observations</c> table of the library's schema.</summary>
    DuckDb = 7,
}

/// <summary>Opens the user's files with the library's readers.</summary>
public static class InputFiles
{
    /// <summary>The names accepted by <c>--input-format</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["auto", "csv", "json", "comtrade-json", "comtrade-csv", "sdmx-csv", "parquet", "duckdb"];

    /// <summary>Parses an <c>--input-format</c> name.</summary>
    /// <param name="name">One of <see cref="Names"/>, lower case.</param>
    /// <returns>The matching <see cref="InputFormat"/>; <see cref="InputFormat.Auto"/> for <c>auto</c>.</returns>
    /// <exception cref="ArgumentException">The name is unknown.</exception>
    public static InputFormat ParseName(string name) => name switch
    {
        "auto" => InputFormat.Auto,
        "csv" => InputFormat.Csv,
        "json" => InputFormat.Json,
        "comtrade-json" => InputFormat.ComtradeJson,
        "comtrade-csv" => InputFormat.ComtradeCsv,
        "sdmx-csv" => InputFormat.SdmxCsv,
        "parquet" => InputFormat.Parquet,
        "duckdb" => InputFormat.DuckDb,
        _ => throw new ArgumentException($"Unknown input format '{name}'; use one of {string.Join(", ", Names)}.", nameof(name)),
    };

    /// <summary>Detects the format of a file from its first characters.</summary>
    /// <param name="path">Path of the input file; only its first characters are read.</param>
    /// <returns>The format those characters show; never <see cref="InputFormat.Auto"/>.</returns>
    /// <exception cref="FormatException">The format cannot be told.</exception>
    public static InputFormat Detect(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var head = ReadHead(path);
        var trimmed = head.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (trimmed.StartsWith('{') || trimmed.StartsWith('['))
        {
            if (head.Contains("tradestats-observations", StringComparison.Ordinal))
            {
                return InputFormat.Json;
            }

            if (head.Contains("\"data\"", StringComparison.Ordinal) || head.Contains("\"dataset\"", StringComparison.Ordinal))
            {
                return InputFormat.ComtradeJson;
            }

            throw new FormatException($"{Path.GetFileName(path)}: JSON, but neither the library's format (\"format\":\"tradestats-observations\") nor a Comtrade response (\"data\" or \"dataset\" array); name it with --input-format.");
        }

        var header = trimmed.Split('\n', 2)[0].TrimEnd('\r');
        var columns = HeaderIds(header).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (columns.Contains("DATAFLOW") || columns.Contains("STRUCTURE") || header.StartsWith("STRUCTURE[", StringComparison.OrdinalIgnoreCase))
        {
            return InputFormat.SdmxCsv;
        }

        string[] comtrade = ["flowCode", "primaryValue", "Trade Value (US$)", "TradeValue", "refPeriodId", "cmdCode", "Commodity Code"];
        if (comtrade.Any(columns.Contains))
        {
            return InputFormat.ComtradeCsv;
        }

        if (columns.Contains("reporter") && columns.Contains("value"))
        {
            return InputFormat.Csv;
        }

        throw new FormatException($"{Path.GetFileName(path)}: cannot tell the format from the header '{header}'; name it with --input-format ({string.Join(", ", Names)}).");
    }

    /// <summary>
    /// Opens the input with the embedded DuckDB engine when it is Parquet (a <c>.parquet</c> file, or a glob such as
    /// <c>trade/*.parquet</c>) or a DuckDB database (a <c>.duckdb</c> file, or a file that starts like one), so that
    /// sums are pushed down to the engine instead of loading every row.
    /// </summary>
    /// <param name="path">The path or glob given on the command line.</param>
    /// <param name="format">The format named by <c>--input-format</c>, or <see cref="InputFormat.Auto"/>.</param>
    /// <param name="options">Memory, threads and progress of the engine.</param>
    /// <returns>The engine's source, or null for the other formats (read in process).</returns>
    /// <exception cref="FileNotFoundException">A DuckDB database file does not exist.</exception>
    public static TradeStats.DuckDb.DuckDbTradeSource? OpenWithEngine(string path, InputFormat format, TradeStats.DuckDb.DuckDbOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var glob = path.IndexOfAny(['*', '?', '[']) >= 0;
        if (format == InputFormat.Auto)
        {
            format = path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase) || (glob && !File.Exists(path)) ? InputFormat.Parquet
                : path.EndsWith(".duckdb", StringComparison.OrdinalIgnoreCase) || IsDuckDbFile(path) ? InputFormat.DuckDb
                : InputFormat.Auto;
        }

        return format switch
        {
            InputFormat.Parquet => TradeStats.DuckDb.DuckDbTradeSource.FromParquet(path, options),
            InputFormat.DuckDb => File.Exists(path)
                ? TradeStats.DuckDb.DuckDbTradeSource.FromDatabase(path, options: options)
                : throw new FileNotFoundException($"{path}: no such file.", path),
            _ => null,
        };
    }

    // A DuckDB database file holds "DUCK" at bytes 8 to 11.
    private static bool IsDuckDbFile(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        using var stream = File.OpenRead(path);
        Span<byte> head = stackalloc byte[12];
        return stream.ReadAtLeast(head, 12, throwOnEndOfStream: false) == 12 && head[8..12].SequenceEqual("DUCK"u8);
    }

    /// <summary>Opens a file as a source of observations.</summary>
    /// <param name="path">Path of the input file; it must exist.</param>
    /// <param name="format">The format, or <see cref="InputFormat.Auto"/>.</param>
    /// <param name="mapping">For SDMX-CSV: the mapping, or null to choose one from the header.</param>
    /// <param name="options">How to treat bad input and the text encoding.</param>
    /// <returns>A reader for the file in that format; nothing is read until it is enumerated.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="FormatException">The format cannot be told, or an SDMX-CSV header lacks a needed column.</exception>
    public static ITradeDataSource Open(string path, InputFormat format = InputFormat.Auto, SdmxCsvMapping? mapping = null, ReadOptions? options = null)
    {
        if (OpenWithEngine(path, format) is { } engine)
        {
            return engine;
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: no such file.", path);
        }

        if (format == InputFormat.Auto)
        {
            format = Detect(path);
        }

        return format switch
        {
            InputFormat.Csv => new ObservationCsvFile(path, options),
            InputFormat.Json => new ObservationJsonFile(path, options),
            InputFormat.ComtradeJson => new ComtradeJsonReader(path, options),
            InputFormat.ComtradeCsv => new ComtradeCsvReader(path, options),
            InputFormat.SdmxCsv => new SdmxCsvReader(path, mapping ?? SdmxMapping(path), options),
            InputFormat.Parquet or InputFormat.DuckDb => OpenWithEngine(path, format)!,
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown input format."),
        };
    }

    /// <summary>Reads every observation of a file into a series, stopping at the first bad record.</summary>
    /// <param name="path">Path of the input file.</param>
    /// <param name="format">The format, or <see cref="InputFormat.Auto"/>.</param>
    /// <returns>Every observation of the file, in file order.</returns>
    /// <exception cref="TradeDataFormatException">A record is invalid; the message names the file, the record and the field.</exception>
    public static TradeSeries Read(string path, InputFormat format = InputFormat.Auto) => Read(path, format, null, null).Series;

    /// <summary>
    /// Reads every observation of a file. With <see cref="ErrorMode.CollectAll"/> in <paramref name="options"/>,
    /// the valid observations are returned together with the report of the records that were not read.
    /// </summary>
    /// <param name="path">Path of the input file.</param>
    /// <param name="format">The format, or <see cref="InputFormat.Auto"/>.</param>
    /// <param name="mapping">For SDMX-CSV: the mapping, or null to choose one from the header.</param>
    /// <param name="options">How to treat bad input and the text encoding.</param>
    /// <returns>The series and the report of refused records (null when none).</returns>
    /// <exception cref="TradeDataFormatException">In stop mode, a record is invalid.</exception>
    public static (TradeSeries Series, ValidationReport? Refused) Read(string path, InputFormat format, SdmxCsvMapping? mapping, ReadOptions? options)
    {
        SampleTerritories.EnsureRegistered();
        var source = Open(path, format, mapping, options);
        var list = new List<TradeObservation>();
        ValidationReport? refused = null;
        try
        {
            ReadAll(source, list).GetAwaiter().GetResult();
        }
        catch (TradeDataValidationException e)
        {
            refused = e.Report;
        }

        return (TradeSeries.From(list), refused);
    }

    /// <summary>
    /// The mapping named by <c>--mapping</c>: a ready-made one (<c>eurostat-comext</c>, <c>imf-dots</c>,
    /// <c>imf-imts</c>) or a JSON file.
    /// </summary>
    /// <param name="nameOrPath">A ready-made mapping name, or the path of a JSON mapping file.</param>
    /// <returns>The ready-made mapping, or the one read from the file.</returns>
    /// <exception cref="FileNotFoundException">Neither a ready-made name nor an existing file.</exception>
    /// <exception cref="TradeDataFormatException">The JSON file is not a valid mapping.</exception>
    public static SdmxCsvMapping LoadMapping(string nameOrPath)
    {
        ArgumentNullException.ThrowIfNull(nameOrPath);
        if (SdmxCsvMapping.ReadyMade.TryGetValue(nameOrPath, out var readyMade))
        {
            return readyMade;
        }

        return File.Exists(nameOrPath)
            ? SdmxCsvMapping.Load(nameOrPath)
            : throw new FileNotFoundException($"--mapping {nameOrPath}: neither a ready-made mapping ({string.Join(", ", SdmxCsvMapping.ReadyMade.Keys.Order(StringComparer.Ordinal))}) nor an existing JSON file.", nameOrPath);
    }

    /// <summary>
    /// The SDMX-CSV mapping chosen from the header: Eurostat Comext (<c>reporter, partner, product, flow,
    /// indicators</c>), the IMF's DOTS (<c>REF_AREA, COUNTERPART_AREA, INDICATOR</c>) or IMTS (<c>COUNTRY,
    /// COUNTERPART_COUNTRY, INDICATOR</c>), else: reporter in REF_AREA or REPORTER, partner in COUNTERPART_AREA or
    /// PARTNER, flow in TRADE_FLOW or FLOW (codes X, M, T, B, EXP, IMP), currency in CURRENCY or UNIT_MEASURE,
    /// commodity in COMMODITY or CMD_CODE; FREQ is checked against the periods. Any other dimension is refused by
    /// the reader: write a mapping file for it.
    /// </summary>
    /// <param name="path">Path of the SDMX-CSV file whose header line is read.</param>
    /// <returns>A mapping for the columns found in the header.</returns>
    /// <exception cref="FormatException">No reporter or flow column.</exception>
    public static SdmxCsvMapping SdmxMapping(string path)
    {
        var header = HeaderIds(ReadHead(path).TrimStart('\uFEFF').Split('\n', 2)[0].TrimEnd('\r')).ToList();
        bool Has(string name) => header.Contains(name, StringComparer.OrdinalIgnoreCase);
        string? Pick(params string[] names) => names.FirstOrDefault(Has);
        if (Has("reporter") && Has("partner") && Has("product") && Has("flow") && Has("indicators"))
        {
            return SdmxCsvMapping.EurostatComext;
        }

        if (Has("INDICATOR") && Has("COUNTERPART_AREA") && Has("REF_AREA"))
        {
            return SdmxCsvMapping.ImfDirectionOfTrade;
        }

        if (Has("INDICATOR") && Has("COUNTERPART_COUNTRY") && Has("COUNTRY"))
        {
            return SdmxCsvMapping.ImfImts;
        }

        var name = Path.GetFileName(path);
        var reporter = Pick("REF_AREA", "REPORTER") ?? throw new FormatException($"{name}: SDMX-CSV without a reporter column (REF_AREA or REPORTER); give a mapping with --mapping.");
        var flow = Pick("TRADE_FLOW", "FLOW") ?? throw new FormatException($"{name}: SDMX-CSV without a flow column (TRADE_FLOW or FLOW); give a mapping with --mapping.");
        var flows = new Dictionary<string, TradeFlow>(StringComparer.Ordinal)
        {
            ["X"] = TradeFlow.Exports,
            ["EXP"] = TradeFlow.Exports,
            ["M"] = TradeFlow.Imports,
            ["IMP"] = TradeFlow.Imports,
            ["T"] = TradeFlow.Total,
            ["B"] = TradeFlow.Balance,
        };
        return new SdmxCsvMapping(reporter, flow, flows)
        {
            PartnerColumn = Pick("COUNTERPART_AREA", "PARTNER"),
            CommodityColumn = Pick("COMMODITY", "CMD_CODE"),
        };
    }

    private static async Task ReadAll(ITradeDataSource source, List<TradeObservation> into)
    {
        await foreach (var o in source.ReadAsync(TradeQuery.All).ConfigureAwait(false))
        {
            into.Add(o);
        }
    }

    /// <summary>The column ids of a header line: delimiter detected (<c>STRUCTURE[;]</c>, comma, tab or semicolon), quotes and <c>": label"</c> removed.</summary>
    private static IEnumerable<string> HeaderIds(string header)
    {
        var sep = header.StartsWith("STRUCTURE[", StringComparison.OrdinalIgnoreCase) && header.Length > 11 ? header[10]
            : header.Contains(',', StringComparison.Ordinal) ? ','
            : header.Contains('\t', StringComparison.Ordinal) ? '\t'
            : header.Contains(';', StringComparison.Ordinal) ? ';'
            : ',';
        return header.Split(sep).Select(c =>
        {
            var id = c.Trim().Trim('"');
            var colon = id.IndexOf(':', StringComparison.Ordinal);
            return colon > 0 && !id.StartsWith("STRUCTURE[", StringComparison.OrdinalIgnoreCase) ? id[..colon].Trim() : id;
        });
    }

    private static string ReadHead(string path)
    {
        using var reader = new StreamReader(path);
        var buffer = new char[4096];
        var n = reader.ReadBlock(buffer, 0, buffer.Length);
        return new string(buffer, 0, n);
    }
}
