using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace TradeStats.Sources;

/// <summary>
/// The JSON form of an <see cref="SdmxCsvMapping"/>: one object whose properties name the columns and code maps.
/// Unknown properties, wrong types and unknown flows, currencies, statuses, classifications or measure kinds are
/// <see cref="TradeDataFormatException"/>s naming the file, the line, the property and the value.
/// </summary>
/// <remarks>
/// <para>Properties (all optional when <c>base</c> is given, else <c>reporter</c>, <c>flow</c> and <c>flowCodes</c>
/// are required):</para>
/// <list type="table">
/// <item><term><c>base</c></term><description>a ready-made mapping to start from: <c>eurostat-comext</c>, <c>imf-dots</c> or <c>imf-imts</c>; the other properties replace its settings.</description></item>
/// <item><term><c>reporter</c>, <c>flow</c></term><description>the reporter and flow columns.</description></item>
/// <item><term><c>flowCodes</c></term><description>object: flow code to <c>Exports</c>, <c>Imports</c>, <c>Total</c>, <c>Balance</c>, <c>ReExports</c> or <c>ReImports</c>.</description></item>
/// <item><term><c>partner</c></term><description>the partner column, or <c>partnerTerritory</c>: the partner's code when there is no column.</description></item>
/// <item><term><c>currency</c>, <c>currencyColumn</c>, <c>currencyCodes</c></term><description>a fixed ISO 4217 currency, the column of currency codes, and an object of other codes to ISO currencies.</description></item>
/// <item><term><c>territoryCodes</c>, <c>numericTerritoryCodesAreM49</c></term><description>an object of the data set's territory codes to the library's, and whether bare numbers are M49.</description></item>
/// <item><term><c>unitMultiplier</c></term><description>the power of ten when the file has no UNIT_MULT.</description></item>
/// <item><term><c>commodity</c>, <c>classification</c>, <c>allCommodityCodes</c></term><description>the commodity column, its classification (<c>HS</c>, <c>CN</c>, <c>S1</c>..<c>S4</c>, ...) and the codes meaning all goods.</description></item>
/// <item><term><c>measure</c>, <c>measures</c></term><description>the measure column and an object of its codes to <c>{"kind": "value"|"netWeight"|"quantity"|"alternativeQuantity", "currency": "EUR", "unit": "100 kg"}</c>.</description></item>
/// <item><term><c>ignored</c></term><description>array of columns to ignore.</description></item>
/// <item><term><c>statusCodes</c></term><description>object of OBS_STATUS or OBS_FLAG codes to <see cref="ObservationStatus"/> names.</description></item>
/// </list>
/// </remarks>
/// <example>
/// <code>
/// { "base": "eurostat-comext", "ignored": ["LAST UPDATE", "DATAFLOW_LABEL"] }
/// { "reporter": "REF_AREA", "flow": "TRADE_FLOW", "flowCodes": { "X": "Exports", "M": "Imports" },
///   "partner": "COUNTERPART_AREA", "currencyColumn": "CURRENCY", "ignored": ["FREQ"] }
/// </code>
/// </example>
public static class SdmxCsvMappingJson
{
    private static readonly string[] RequiredWithoutBase = ["reporter", "flow", "flowCodes"];

    private static readonly ImmutableHashSet<string> Properties = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "base",
        "reporter",
        "flow",
        "flowCodes",
        "partner",
        "partnerTerritory",
        "currency",
        "currencyColumn",
        "currencyCodes",
        "territoryCodes",
        "numericTerritoryCodesAreM49",
        "unitMultiplier",
        "commodity",
        "classification",
        "allCommodityCodes",
        "measure",
        "measures",
        "ignored",
        "statusCodes");

    /// <summary>Reads a mapping from JSON text.</summary>
    /// <param name="json">A JSON object in the schema described above.</param>
    /// <param name="sourceName">The name that error messages give as the source, such as the file name.</param>
    /// <returns>A new mapping built from the JSON.</returns>
    /// <exception cref="TradeDataFormatException">The text is not a valid mapping.</exception>
    public static SdmxCsvMapping Parse(string json, string sourceName)
    {
        Guard.Against.Null(json);
        Guard.Against.Null(sourceName);
        var lines = PropertyLines(json, sourceName);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var p = new Parser(sourceName, lines);
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw p.Error(string.Empty, root.ValueKind.ToString(), "a mapping is a JSON object.");
        }

        foreach (var prop in root.EnumerateObject().Where(prop => !Properties.Contains(prop.Name)))
        {
            throw p.Error(prop.Name, null, $"unknown property (known: {string.Join(", ", Properties.Order(StringComparer.Ordinal))}).");
        }

        SdmxCsvMapping m;
        if (root.TryGetProperty("base", out var b))
        {
            var name = p.String("base", b);
            m = SdmxCsvMapping.ReadyMade.TryGetValue(name, out var readyMade)
                ? readyMade
                : throw p.Error("base", name, $"unknown ready-made mapping (known: {string.Join(", ", SdmxCsvMapping.ReadyMade.Keys.Order(StringComparer.Ordinal))}).");
            if (root.TryGetProperty("reporter", out var rep))
            {
                m = m with { ReporterColumn = p.String("reporter", rep) };
            }

            if (root.TryGetProperty("flow", out var fl))
            {
                m = m with { FlowColumn = p.String("flow", fl) };
            }

            if (root.TryGetProperty("flowCodes", out var fc))
            {
                m = m with { FlowCodes = p.Map("flowCodes", fc, (path, v) => p.Enum<TradeFlow>(path, v)) };
            }
        }
        else
        {
            foreach (var required in RequiredWithoutBase.Where(r => !root.TryGetProperty(r, out _)))
            {
                throw p.Error(required, null, "required when there is no base mapping.");
            }

            m = new SdmxCsvMapping(
                p.String("reporter", root.GetProperty("reporter")),
                p.String("flow", root.GetProperty("flow")),
                p.Map("flowCodes", root.GetProperty("flowCodes"), (path, v) => p.Enum<TradeFlow>(path, v)));
        }

        foreach (var prop in root.EnumerateObject())
        {
            var v = prop.Value;
            m = prop.Name switch
            {
                "partner" => m with { PartnerColumn = p.OptionalString("partner", v) },
                "partnerTerritory" => m with { Partner = p.Territory("partnerTerritory", v) },
                "currency" => m with { Currency = v.ValueKind == JsonValueKind.Null ? null : p.Currency("currency", v) },
                "currencyColumn" => m with { CurrencyColumn = p.OptionalString("currencyColumn", v) },
                "currencyCodes" => m with { CurrencyCodes = p.Map("currencyCodes", v, p.Currency) },
                "territoryCodes" => m with { TerritoryCodes = p.Map("territoryCodes", v, p.String) },
                "numericTerritoryCodesAreM49" => m with { NumericTerritoryCodesAreM49 = p.Bool("numericTerritoryCodesAreM49", v) },
                "unitMultiplier" => m with { UnitMultiplier = p.Int("unitMultiplier", v, -28, 28) },
                "commodity" => m with { CommodityColumn = p.OptionalString("commodity", v) },
                "classification" => m with { CommodityClassification = v.ValueKind == JsonValueKind.Null ? null : p.Classification("classification", v) },
                "allCommodityCodes" => m with { AllCommodityCodes = p.Strings("allCommodityCodes", v) },
                "measure" => m with { MeasureColumn = p.OptionalString("measure", v) },
                "measures" => m with { Measures = p.Map("measures", v, p.Measure) },
                "ignored" => m with { IgnoredColumns = p.Strings("ignored", v) },
                "statusCodes" => m with { StatusCodes = p.Map("statusCodes", v, (path, x) => p.Enum<ObservationStatus>(path, x)) },
                _ => m,
            };
        }

        if (m.MeasureColumn is not null && !m.Measures.Values.Any(x => x.Kind == SdmxMeasureKind.Value))
        {
            throw p.Error("measures", null, "with a measure column, at least one measure must be of kind value.");
        }

        return m;
    }

    /// <summary>Writes a mapping as JSON that <see cref="Parse"/> reads back to an equivalent mapping.</summary>
    /// <param name="mapping">The mapping to write.</param>
    /// <returns>Indented JSON in this schema.</returns>
    public static string Write(SdmxCsvMapping mapping)
    {
        Guard.Against.Null(mapping);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("reporter", mapping.ReporterColumn);
            w.WriteString("flow", mapping.FlowColumn);
            WriteMap(w, "flowCodes", mapping.FlowCodes, f => f.ToString());
            Optional(w, "partner", mapping.PartnerColumn);
            w.WriteString("partnerTerritory", mapping.Partner.Code);
            Optional(w, "currency", mapping.Currency?.Code);
            Optional(w, "currencyColumn", mapping.CurrencyColumn);
            WriteMap(w, "currencyCodes", mapping.CurrencyCodes, c => c.Code);
            WriteMap(w, "territoryCodes", mapping.TerritoryCodes, t => t);
            w.WriteBoolean("numericTerritoryCodesAreM49", mapping.NumericTerritoryCodesAreM49);
            w.WriteNumber("unitMultiplier", mapping.UnitMultiplier);
            Optional(w, "commodity", mapping.CommodityColumn);
            Optional(w, "classification", mapping.CommodityClassification?.Code);
            WriteArray(w, "allCommodityCodes", mapping.AllCommodityCodes);
            Optional(w, "measure", mapping.MeasureColumn);
            w.WriteStartObject("measures");
            foreach (var (code, measure) in mapping.Measures.OrderBy(x => x.Key, StringComparer.Ordinal))
            {
                w.WriteStartObject(code);
                w.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(measure.Kind.ToString()));
                Optional(w, "currency", measure.Currency?.Code);
                Optional(w, "unit", measure.Unit);
                w.WriteEndObject();
            }

            w.WriteEndObject();
            WriteArray(w, "ignored", mapping.IgnoredColumns);
            WriteMap(w, "statusCodes", mapping.StatusCodes, s => s.ToString());
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteArray(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    private static void WriteMap<T>(Utf8JsonWriter w, string name, IReadOnlyDictionary<string, T> map, Func<T, string> text)
    {
        w.WriteStartObject(name);
        foreach (var (k, v) in map.OrderBy(x => x.Key, StringComparer.Ordinal))
        {
            w.WriteString(k, text(v));
        }

        w.WriteEndObject();
    }

    /// <summary>The line of each property path (<c>flowCodes.X</c>), and JSON syntax errors with their line.</summary>
    private static Dictionary<string, long> PropertyLines(string json, string sourceName)
    {
        var lines = new Dictionary<string, long>(StringComparer.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        var path = new Stack<string>();
        string? pending = null;
        var newlineCount = 0L;
        var counted = 0;
        try
        {
            while (reader.Read())
            {
                var start = (int)reader.TokenStartIndex;
                for (; counted < start; counted++)
                {
                    if (bytes[counted] == (byte)'\n')
                    {
                        newlineCount++;
                    }
                }

                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pending = reader.GetString()!;
                        var full = path.Count == 0 ? pending : string.Join(".", path.Reverse()) + "." + pending;
                        lines.TryAdd(full, newlineCount + 1);
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        path.Push(pending ?? string.Empty);
                        pending = null;
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        path.Pop();
                        break;
                    default:
                        pending = null;
                        break;
                }
            }
        }
        catch (JsonException e)
        {
            throw new TradeDataFormatException(sourceName, (e.LineNumber ?? -1) + 1, RecordUnit.Line, null, null, "not valid JSON: " + e.Message, e);
        }

        // The root object's own entry makes paths start at the root's properties.
        return lines.ToDictionary(kv => kv.Key.StartsWith('.') ? kv.Key[1..] : kv.Key, kv => kv.Value, StringComparer.Ordinal);
    }

    private sealed class Parser(string sourceName, Dictionary<string, long> lines)
    {
        public TradeDataFormatException Error(string path, string? value, string reason) =>
            new(sourceName, lines.TryGetValue(path, out var line) ? line : 0, RecordUnit.Line, path.Length == 0 ? null : path, value, reason);

        public string String(string path, JsonElement v) =>
            v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : throw Error(path, v.ToString(), "expected a non-empty string.");

        public string? OptionalString(string path, JsonElement v) => v.ValueKind == JsonValueKind.Null ? null : String(path, v);

        public bool Bool(string path, JsonElement v) =>
            v.ValueKind is JsonValueKind.True or JsonValueKind.False ? v.GetBoolean() : throw Error(path, v.ToString(), "expected true or false.");

        public int Int(string path, JsonElement v, int min, int max) =>
            v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) && i >= min && i <= max
                ? i
                : throw Error(path, v.ToString(), string.Create(CultureInfo.InvariantCulture, $"expected an integer from {min} to {max}."));

        public ImmutableArray<string> Strings(string path, JsonElement v) =>
            v.ValueKind == JsonValueKind.Array
                ? [.. v.EnumerateArray().Select(x => String(path, x))]
                : throw Error(path, v.ToString(), "expected an array of strings.");

        public T Enum<T>(string path, JsonElement v)
            where T : struct, System.Enum
        {
            var s = String(path, v);
            return char.IsAsciiLetter(s[0]) && System.Enum.TryParse<T>(s, ignoreCase: true, out var e) && System.Enum.IsDefined(e)
                ? e
                : throw Error(path, s, $"expected one of {string.Join(", ", System.Enum.GetNames<T>())}.");
        }

        public Currency Currency(string path, JsonElement v)
        {
            var s = String(path, v);
            return TradeStats.Currency.TryFromCode(s, out var c) ? c : throw Error(path, s, "unknown ISO 4217 currency code.");
        }

        public Territory Territory(string path, JsonElement v)
        {
            var s = String(path, v);
            return TradeStats.Territory.TryFromCode(s, out var t) ? t : throw Error(path, s, "unknown territory code.");
        }

        public CommodityClassification Classification(string path, JsonElement v)
        {
            var s = String(path, v);
            return CommodityClassification.TryFromCode(s, out var c)
                ? c
                : throw Error(path, s, $"unknown classification (known: {string.Join(", ", CommodityClassification.All.Select(x => x.Code))}).");
        }

        public SdmxMeasure Measure(string path, JsonElement v)
        {
            if (v.ValueKind != JsonValueKind.Object)
            {
                throw Error(path, v.ToString(), "expected an object with kind and currency or unit.");
            }

            foreach (var prop in v.EnumerateObject().Where(prop => prop.Name is not ("kind" or "currency" or "unit")))
            {
                throw Error(path + "." + prop.Name, null, "unknown property (known: kind, currency, unit).");
            }

            if (!v.TryGetProperty("kind", out var k))
            {
                throw Error(path, null, "the measure needs a kind: value, netWeight, quantity or alternativeQuantity.");
            }

            var kind = Enum<SdmxMeasureKind>(path + ".kind", k);
            var currency = v.TryGetProperty("currency", out var c) ? Currency(path + ".currency", c) : null;
            var unit = v.TryGetProperty("unit", out var u) ? String(path + ".unit", u) : null;
            if (kind == SdmxMeasureKind.Value && unit is not null)
            {
                throw Error(path + ".unit", unit, "a value measure has a currency, not a unit.");
            }

            if (kind != SdmxMeasureKind.Value && (unit is null || currency is not null))
            {
                throw Error(path, null, "a quantity measure needs a unit and no currency.");
            }

            return new SdmxMeasure(kind, currency, unit);
        }

        public ImmutableDictionary<string, T> Map<T>(string path, JsonElement v, Func<string, JsonElement, T> value)
        {
            if (v.ValueKind != JsonValueKind.Object)
            {
                throw Error(path, v.ToString(), "expected an object of codes.");
            }

            var b = ImmutableDictionary.CreateBuilder<string, T>(StringComparer.Ordinal);
            foreach (var prop in v.EnumerateObject())
            {
                if (!b.TryAdd(prop.Name, value(path + "." + prop.Name, prop.Value)))
                {
                    throw Error(path + "." + prop.Name, prop.Name, "the code appears twice.");
                }
            }

            return b.ToImmutable();
        }
    }
}
