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
}

/// <summary>Opens the user's files with the library's readers.</summary>
public static class InputFiles
{
    /// <summary>The names accepted by <c>--input-format</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["auto", "csv", "json", "comtrade-json", "comtrade-csv", "sdmx-csv"];

    /// <summary>Parses an <c>--input-format</c> name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The format.</returns>
    /// <exception cref="ArgumentException">The name is unknown.</exception>
    public static InputFormat ParseName(string name) => name switch
    {
        "auto" => InputFormat.Auto,
        "csv" => InputFormat.Csv,
        "json" => InputFormat.Json,
        "comtrade-json" => InputFormat.ComtradeJson,
        "comtrade-csv" => InputFormat.ComtradeCsv,
        "sdmx-csv" => InputFormat.SdmxCsv,
        _ => throw new ArgumentException($"Unknown input format '{name}'; use one of {string.Join(", ", Names)}.", nameof(name)),
    };

    /// <summary>Detects the format of a file from its extension and its first characters.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The format.</returns>
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

            if (head.Contains("\"data\"", StringComparison.Ordinal))
            {
                return InputFormat.ComtradeJson;
            }

            throw new FormatException($"{Path.GetFileName(path)}: JSON, but neither the library's format (\"format\":\"tradestats-observations\") nor a Comtrade response (\"data\":[...]); name it with --input-format.");
        }

        var header = trimmed.Split('\n', 2)[0].TrimEnd('\r');
        var columns = header.Split(',').Select(c => c.Trim().Trim('"')).ToHashSet(StringComparer.Ordinal);
        if (columns.Contains("DATAFLOW") || columns.Contains("STRUCTURE"))
        {
            return InputFormat.SdmxCsv;
        }

        if (columns.Contains("flowCode") || columns.Contains("primaryValue"))
        {
            return InputFormat.ComtradeCsv;
        }

        if (columns.Contains("reporter") && columns.Contains("value"))
        {
            return InputFormat.Csv;
        }

        throw new FormatException($"{Path.GetFileName(path)}: cannot tell the format from the header '{header}'; name it with --input-format ({string.Join(", ", Names)}).");
    }

    /// <summary>Opens a file as a source of observations.</summary>
    /// <param name="path">The file.</param>
    /// <param name="format">The format, or <see cref="InputFormat.Auto"/>.</param>
    /// <returns>The source.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="FormatException">The format cannot be told, or an SDMX-CSV header lacks a needed column.</exception>
    public static ITradeDataSource Open(string path, InputFormat format = InputFormat.Auto)
    {
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
            InputFormat.Csv => new ObservationCsvFile(path),
            InputFormat.Json => new ObservationJsonFile(path),
            InputFormat.ComtradeJson => new ComtradeJsonReader(path),
            InputFormat.ComtradeCsv => new ComtradeCsvReader(path),
            InputFormat.SdmxCsv => new SdmxCsvReader(path, SdmxMapping(path)),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown input format."),
        };
    }

    /// <summary>Reads every observation of a file into a series.</summary>
    /// <param name="path">The file.</param>
    /// <param name="format">The format, or <see cref="InputFormat.Auto"/>.</param>
    /// <returns>The series.</returns>
    /// <exception cref="TradeDataFormatException">A record is invalid; the message names the file, the record and the field.</exception>
    public static TradeSeries Read(string path, InputFormat format = InputFormat.Auto)
    {
        SampleTerritories.EnsureRegistered();
        var source = Open(path, format);
        return TradeSeries.FromAsync(source.ReadAsync(TradeQuery.All)).GetAwaiter().GetResult();
    }

    /// <summary>
    /// The SDMX-CSV mapping read from the header: reporter in REF_AREA or REPORTER, partner in COUNTERPART_AREA or
    /// PARTNER, flow in TRADE_FLOW or FLOW (codes X, M, T, B, EXP, IMP), currency in CURRENCY or UNIT_MEASURE,
    /// commodity in COMMODITY or CMD_CODE; FREQ is ignored. Any other dimension is refused by the reader.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <returns>The mapping.</returns>
    /// <exception cref="FormatException">No reporter, flow or currency column.</exception>
    public static SdmxCsvMapping SdmxMapping(string path)
    {
        var header = ReadHead(path).TrimStart('\uFEFF').Split('\n', 2)[0].TrimEnd('\r').Split(',').Select(c => c.Trim().Trim('"')).ToList();
        string? Pick(params string[] names) => names.FirstOrDefault(header.Contains);
        var name = Path.GetFileName(path);
        var reporter = Pick("REF_AREA", "REPORTER") ?? throw new FormatException($"{name}: SDMX-CSV without a reporter column (REF_AREA or REPORTER).");
        var flow = Pick("TRADE_FLOW", "FLOW") ?? throw new FormatException($"{name}: SDMX-CSV without a flow column (TRADE_FLOW or FLOW).");
        var currency = Pick("CURRENCY", "UNIT_MEASURE") ?? throw new FormatException($"{name}: SDMX-CSV without a currency column (CURRENCY or UNIT_MEASURE).");
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
            CurrencyColumn = currency,
            CommodityColumn = Pick("COMMODITY", "CMD_CODE"),
            IgnoredColumns = header.Contains("FREQ") ? ["FREQ"] : [],
        };
    }

    private static string ReadHead(string path)
    {
        using var reader = new StreamReader(path);
        var buffer = new char[4096];
        var n = reader.ReadBlock(buffer, 0, buffer.Length);
        return new string(buffer, 0, n);
    }
}
