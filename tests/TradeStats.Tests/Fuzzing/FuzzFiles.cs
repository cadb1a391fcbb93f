using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using TradeStats.Sources;
using TradeStats.Tests.Infrastructure;
using TradeStats.Tests.Sources;

namespace TradeStats.Tests.Fuzzing;

/// <summary>Generators of valid files for every reader: written by the library's writers where they exist, else from templates.</summary>
internal static class FuzzFiles
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Flow codes of the SDMX mapping used by the fuzz tests.</summary>
    public static readonly SdmxCsvMapping SdmxMapping = new("REPORTER", "FLOW", new Dictionary<string, TradeFlow> { ["TOT"] = TradeFlow.Total, ["EXP"] = TradeFlow.Exports, ["IMP"] = TradeFlow.Imports })
    {
        PartnerColumn = "PARTNER",
        CurrencyColumn = "CURRENCY",
        IgnoredColumns = ["FREQ"],
        TerritoryCodes = new Dictionary<string, string> { ["W00"] = "WLD" },
    };

    private static Gen<TradeObservation[]> Observations(bool hsNames) =>
        from n in Gen.Choose(1, 6)
        from items in Gen.ArrayOf(SourcesTestSupport.Observation(hsNames), n)
        select items;

    /// <summary>Files in the library's CSV format, written by <see cref="ObservationCsvFile.WriteAsync(Stream, IEnumerable{TradeObservation}, CancellationToken)"/>.</summary>
    public static Gen<byte[]> ObservationCsv { get; } = Observations(hsNames: false).Select(items =>
    {
        using var stream = new MemoryStream();
        ObservationCsvFile.WriteAsync(stream, items).GetAwaiter().GetResult();
        return stream.ToArray();
    });

    /// <summary>Files in the library's JSON format, written by <see cref="ObservationJsonFile.WriteAsync(Stream, IEnumerable{TradeObservation}, bool, CancellationToken)"/>.</summary>
    public static Gen<byte[]> ObservationJson { get; } =
        from items in Observations(hsNames: true)
        from indented in Gen.Elements(false, true)
        select Write(items, indented);

    /// <summary>The real Comtrade API response, with a random subset of its records, values and quantities, indented or not.</summary>
    public static Gen<byte[]> ComtradeJson { get; } =
        from picks in Gen.ArrayOf(Gen.Choose(0, 3), 4)
        from n in Gen.Choose(0, 4)
        from values in Gen.ArrayOf(Generators.NonNegativeAmount, 4)
        from quantities in Gen.ArrayOf(Gen.Choose(-1, 100_000), 4)
        from indented in Gen.Elements(false, true)
        from withCount in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        select ComtradeJsonFile(picks.Take(n).ToArray(), values, quantities, indented, withCount);

    /// <summary>The real Comtrade CSV download, with a random subset of its rows, values and quantities.</summary>
    public static Gen<byte[]> ComtradeCsv { get; } =
        from picks in Gen.ArrayOf(Gen.Choose(0, 3), 4)
        from n in Gen.Choose(0, 4)
        from values in Gen.ArrayOf(Generators.NonNegativeAmount, 4)
        from quantities in Gen.ArrayOf(Gen.Choose(-1, 100_000), 4)
        select ComtradeCsvFile(picks.Take(n).ToArray(), values, quantities);

    private static readonly string[] SdmxTerritories = ["CN", "CN-XZ", "CN-XJ", "NP", "KZ", "DE", "W00", "WLD", "156", "CHN"];

    private static readonly string[] SdmxPeriods = ["2024", "2024-Q1", "2024-S1", "2024-01", "2024-M03", "2024-A1", "2010", "1999-Q4"];

    /// <summary>SDMX-CSV 1.0 (DATAFLOW) or 2.0 (STRUCTURE, STRUCTURE_ID, ACTION) files.</summary>
    public static Gen<byte[]> Sdmx { get; } =
        from v2 in Gen.Elements(false, true)
        from rows in Gen.ArrayOf(
            from reporter in Gen.Elements("CN", "CN-XZ", "CN-XJ", "NP", "DE")
            from partner in Gen.Elements(SdmxTerritories)
            from flow in Gen.Elements("TOT", "EXP", "IMP")
            from currency in Gen.Elements("CNY", "USD", "usd")
            from period in Gen.OneOf(Gen.Elements(SdmxPeriods), Generators.Period.Select(p => p.ToString()))
            from value in Generators.NonNegativeAmount
            from exponent in Gen.Elements(false, false, true)
            from mult in Gen.Elements(string.Empty, "0", "3", "6", "9")
            from status in Gen.Elements(string.Empty, "A", "P", "E")
            from action in Gen.Elements("I", "R", "M", string.Empty)
            select (v2 ? $"dataflow,TS:TRADE(1.0),{action}," : "TS:TRADE(1.0),")
                + $"A,{reporter},{partner},{flow},{currency},{period},{(exponent ? ((double)value).ToString("E6", Inv) : value.ToString(Inv))},{mult},{status}")
        select Encoding.UTF8.GetBytes(
            (v2 ? "STRUCTURE,STRUCTURE_ID,ACTION," : "DATAFLOW,") + "FREQ,REPORTER,PARTNER,FLOW,CURRENCY,TIME_PERIOD,OBS_VALUE,UNIT_MULT,OBS_STATUS\n"
            + string.Concat(rows.Take(6).Select(r => r + "\n")));

    /// <summary>Exchange-rate CSV files, columns in any order.</summary>
    public static Gen<byte[]> Rates { get; } =
        from order in Gen.Elements(
            new[] { "base", "quote", "value", "period", "kind", "source" },
            new[] { "period", "value", "quote", "base" },
            new[] { "source", "kind", "base", "quote", "period", "value" })
        from rows in Gen.ArrayOf(
            from pair in Gen.Elements(("USD", "CNY"), ("CNY", "USD"), ("usd", "CNY"))
            from units in Gen.Choose(1, 2_000_000)
            from scale in Gen.Choose(0, 6)
            from period in Generators.Period
            from kind in Gen.Elements(string.Empty, "PeriodAverage", "EndOfPeriod")
            from source in Gen.Elements(string.Empty, "PBOC", "\"NBS China, annual average\"", "ECB \"\"reference\"\"")
            select new Dictionary<string, string>
            {
                ["base"] = pair.Item1,
                ["quote"] = pair.Item2,
                ["value"] = (units / (decimal)Math.Pow(10, scale)).ToString(Inv),
                ["period"] = period.ToString(),
                ["kind"] = kind,
                ["source"] = source.StartsWith('E') ? "\"" + source + "\"" : source,
            })
        select Encoding.UTF8.GetBytes(string.Join(',', order) + "\n" + string.Concat(rows.Take(6).Select(r => string.Join(',', order.Select(c => r[c])) + "\n")));

    private static byte[] Write(TradeObservation[] items, bool indented)
    {
        using var stream = new MemoryStream();
        ObservationJsonFile.WriteAsync(stream, items, indented).GetAwaiter().GetResult();
        return stream.ToArray();
    }

    private static readonly Lazy<JsonArray> ComtradeRecords = new(() =>
        (JsonArray)JsonNode.Parse(File.ReadAllText(SourcesTestSupport.TestData("comtrade", "api-v1-china-arg-deu-2010.json")))!["data"]!);

    private static readonly Lazy<string[]> ComtradeCsvLines = new(() =>
        File.ReadAllText(SourcesTestSupport.TestData("comtrade", "comtrade-download.csv")).ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));

    private static byte[] ComtradeJsonFile(int[] picks, decimal[] values, int[] quantities, bool indented, bool withCount)
    {
        var data = new JsonArray();
        for (var i = 0; i < picks.Length; i++)
        {
            var record = ComtradeRecords.Value[picks[i]]!.DeepClone().AsObject();
            record["primaryValue"] = JsonValue.Create(values[i]);
            if (quantities[i] >= 0)
            {
                record["qty"] = JsonValue.Create(quantities[i]);
                record["qtyUnitCode"] = JsonValue.Create(8);
                record["qtyUnitAbbr"] = JsonValue.Create("kg");
            }

            data.Add(record);
        }

        var root = new JsonObject { ["elapsedTime"] = "0.21 secs" };
        if (withCount)
        {
            root["count"] = picks.Length;
        }

        root["data"] = data;
        root["error"] = string.Empty;
        return Encoding.UTF8.GetBytes(root.ToJsonString(new JsonSerializerOptions { WriteIndented = indented }));
    }

    private static byte[] ComtradeCsvFile(int[] picks, decimal[] values, int[] quantities)
    {
        var lines = ComtradeCsvLines.Value;
        var header = lines[0].Split(',');
        int Col(string name) => Array.IndexOf(header, name);
        var text = new StringBuilder(lines[0]).Append('\n');
        for (var i = 0; i < picks.Length; i++)
        {
            var fields = lines[1 + picks[i]].Split(',');
            fields[Col("primaryValue")] = values[i].ToString(Inv);
            if (quantities[i] >= 0)
            {
                fields[Col("qty")] = quantities[i].ToString(Inv);
                fields[Col("qtyUnitCode")] = "8";
                fields[Col("qtyUnitAbbr")] = "kg";
            }

            text.AppendJoin(',', fields).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
