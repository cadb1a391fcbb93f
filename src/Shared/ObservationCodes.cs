using System.Globalization;
using TradeStats.Sources;

namespace TradeStats.Storage;

/// <summary>
/// (Compiled into each storage package: TradeStats.DuckDb and TradeStats.PostgreSql.)
/// Parses the text columns of the schema into the library's types, caching each distinct string (codes repeat
/// millions of times). Every refusal is a <see cref="TradeDataFormatException"/> naming the source, column and value.
/// </summary>
internal sealed class Codes(string sourceName)
{
    /// <summary>The decimals stored for values and quantities in every storage schema: DECIMAL(38,12) / numeric(38,12).</summary>
    public const int Scale = 12;

    private static readonly Dictionary<string, TradeFlow> FlowsByCode = new(StringComparer.Ordinal)
    {
        ["X"] = TradeFlow.Exports,
        ["M"] = TradeFlow.Imports,
        ["T"] = TradeFlow.Total,
        ["B"] = TradeFlow.Balance,
        ["RX"] = TradeFlow.ReExports,
        ["RM"] = TradeFlow.ReImports,
    };

    private readonly Dictionary<string, Territory> _territories = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Period> _periods = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Currency> _currencies = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string?), Commodity> _commodities = [];

    public string SourceName { get; } = sourceName;

    public static string FlowCode(TradeFlow flow) => ObservationCsvFile.FlowCode(flow);

    public TradeDataFormatException Error(string? file, string column, string? value, string reason, Exception? inner = null) =>
        new(file ?? SourceName, 0, RecordUnit.Line, column, value, reason, inner);

    public Territory Territory(string column, string? code, string? file = null)
    {
        if (code is null)
        {
            throw Error(file, column, null, "is empty; a territory code is required.");
        }

        if (_territories.TryGetValue(code, out var t))
        {
            return t;
        }

        if (!TradeStats.Territory.TryFromCode(code, out t))
        {
            throw Error(file, column, code, "not a known territory code.");
        }

        _territories.Add(code, t);
        return t;
    }

    public Period Period(string column, string? text, string? file = null)
    {
        if (text is null)
        {
            throw Error(file, column, null, "is empty; a period is required.");
        }

        if (_periods.TryGetValue(text, out var p))
        {
            return p;
        }

        if (!TradeStats.Period.TryParse(text, out p))
        {
            throw Error(file, column, text, "not a period in SDMX form (2024, 2024-Q1, 2024-S1, 2024-01, 2025-01/2025-10).");
        }

        _periods.Add(text, p);
        return p;
    }

    public TradeFlow Flow(string column, string? text, string? file = null)
    {
        if (text is not null && FlowsByCode.TryGetValue(text, out var f))
        {
            return f;
        }

        foreach (var flow in System.Enum.GetValues<TradeFlow>())
        {
            if (string.Equals(flow.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                return flow;
            }
        }

        throw Error(file, column, text, "not a flow code (X, M, T, B, RX, RM).");
    }

    public Currency Currency(string column, string? code, string? file = null)
    {
        if (code is null)
        {
            throw Error(file, column, null, "is empty; a currency code is required.");
        }

        if (_currencies.TryGetValue(code, out var c))
        {
            return c;
        }

        if (!TradeStats.Currency.TryFromCode(code, out c))
        {
            throw Error(file, column, code, "not an ISO 4217 currency code.");
        }

        _currencies.Add(code, c);
        return c;
    }

    public Commodity? Commodity(string? code, string? classification, string? file = null)
    {
        if (code is null)
        {
            return classification is null ? null : throw Error(file, "classification", classification, "a classification is given without a commodity code.");
        }

        if (_commodities.TryGetValue((code, classification), out var c))
        {
            return c;
        }

        if (classification is null)
        {
            c = code.Any(char.IsControl)
                ? throw Error(file, "commodity", code, "holds a control character; a commodity is an HS code or a product group's name.")
                : code.Length is 2 or 4 or 6 && code.All(char.IsAsciiDigit) ? TradeStats.Commodity.Hs(code) : TradeStats.Commodity.Named(code);
        }
        else
        {
            if (!CommodityClassification.TryFromCode(classification, out var k))
            {
                throw Error(file, "classification", classification, "not a known commodity classification (HS, H0..H6, SITC, S1..S4, BEC, B4, B5, CN or NAT- and a country's alpha-2 code).");
            }

            try
            {
                c = TradeStats.Commodity.Create(code, k);
            }
            catch (Exception e) when (e is FormatException or ArgumentException)
            {
                throw Error(file, "commodity", code, e.Message, e);
            }
        }

        _commodities.Add((code, classification), c);
        return c;
    }

    public T? Enum<T>(string column, string? text, string? file = null)
        where T : struct, Enum
    {
        if (text is null)
        {
            return null;
        }

        return text.Length > 0 && char.IsAsciiLetter(text[0]) && !text.Contains(',', StringComparison.Ordinal)
            && System.Enum.TryParse<T>(text, ignoreCase: true, out var v) && System.Enum.IsDefined(v)
            ? v
            : throw Error(file, column, text, string.Create(CultureInfo.InvariantCulture, $"not a {typeof(T).Name} name ({string.Join(", ", System.Enum.GetNames<T>())})."));
    }

    /// <summary>The commodity as one string for SQL lists: classification, a unit separator, code; null for all goods.</summary>
    public static string? CommodityKey(string? code, string? classification) => code is null ? null : (classification ?? string.Empty) + "\u001f" + code;

    /// <summary>One observation standing for a distinct key (in <see cref="StorageColumns.Key"/> order), valued zero, for the level check.</summary>
    public TradeObservation Representative(string?[] k, string currency)
    {
        var o = new TradeObservation(
            Territory("reporter", k[0]),
            Territory("partner", k[1]),
            Period("period", k[2]),
            Flow("flow", k[3]),
            new Money(0m, Currency("currency", currency)));
        return o with
        {
            Commodity = Commodity(k[4], k[5]),
            CustomsRegime = Enum<CustomsRegime>("customs_regime", k[6]),
            EnterpriseType = Enum<EnterpriseType>("enterprise_type", k[7]),
            TransportMode = Enum<TransportMode>("transport_mode", k[8]),
            SecondPartner = k[9] is { } sp ? Territory("second_partner", sp) : null,
        };
    }

    /// <summary>The commodity of a <see cref="CommodityKey"/>; null for all goods.</summary>
    public Commodity? CommodityOfKey(string? key)
    {
        if (key is null)
        {
            return null;
        }

        var cut = key.IndexOf('\u001f', StringComparison.Ordinal);
        var classification = key[..cut];
        return Commodity(key[(cut + 1)..], classification.Length == 0 ? null : classification);
    }

    /// <summary>The SQL expression of <see cref="CommodityKey"/> over the schema's columns (the same in DuckDB and PostgreSQL).</summary>
    public const string CommodityKeySql = "CASE WHEN commodity IS NULL THEN NULL ELSE coalesce(classification, '') || chr(31) || commodity END";

    /// <summary>The writer's classification column for a commodity: null for HS of no stated edition and named groups.</summary>
    public static string? ClassificationOf(Commodity? c) => c?.Classification is { } k && k != CommodityClassification.Hs ? k.Code : null;

    /// <summary>A decimal with its trailing zeros removed (DuckDB returns every value at the stored scale).</summary>
    public static decimal Normalize(decimal value)
    {
        var bits = decimal.GetBits(value);
        var scale = (bits[3] >> 16) & 0xFF;
        if (scale == 0)
        {
            return value;
        }

        var negative = bits[3] < 0;
        UInt128 magnitude = ((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0];
        while (scale > 0 && magnitude % 10 == 0)
        {
            magnitude /= 10;
            scale--;
        }

        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), (int)(uint)(magnitude >> 64), negative, (byte)scale);
    }

    /// <summary>
    /// A decimal from the text an engine gives for an exact number (a value, or a sum of them), without trailing
    /// zeros; refused when <see cref="decimal"/> cannot hold it exactly, rather than rounded as <c>decimal.Parse</c> would.
    /// </summary>
    public decimal Exact(string column, string? text, string? file = null)
    {
        if (text is null)
        {
            throw Error(file, column, null, "is empty; an amount is required.");
        }

        return ExactDecimal.TryParse(text, allowExponent: false, 0, out var value) switch
        {
            ExactDecimal.Outcome.Exact => Normalize(value),
            ExactDecimal.Outcome.NotANumber => throw Error(file, column, text, "not a decimal number."),
            _ => throw new OverflowException($"{file ?? SourceName}: {column} {text} has more digits than a decimal holds exactly (28 to 29 significant digits); it would be rounded."),
        };
    }

    /// <summary>Whether a decimal fits DECIMAL(38,12) exactly: at most 12 decimals (after trailing zeros) and 26 integer digits.</summary>
    public static bool FitsSchema(decimal value)
    {
        var n = Normalize(value);
        var scale = (decimal.GetBits(n)[3] >> 16) & 0xFF;
        return scale <= Scale && Math.Abs(decimal.Truncate(n)) < 100_000_000_000_000_000_000_000_000m;
    }
}
