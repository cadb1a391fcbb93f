using TradeStats.Columnar;
using TradeStats.Sources;
using static TradeStats.Tests.Sources.SourcesTestSupport;

namespace TradeStats.Tests.Sources;

/// <summary>
/// Whatever a reader produces from a provider file, the library's own CSV and JSON formats hold: written and read
/// again it is the same observation, with every property (source, status, measures, classification).
/// </summary>
public class ProviderRoundTripTest
{
    private static readonly Dictionary<string, TradeFlow> SdmxFlows = new() { ["TOT"] = TradeFlow.Total, ["EXP"] = TradeFlow.Exports, ["IMP"] = TradeFlow.Imports, ["X"] = TradeFlow.Exports, ["M"] = TradeFlow.Imports };

    private static readonly SdmxCsvMapping TestSdmx = new("REPORTER", "FLOW", SdmxFlows) { PartnerColumn = "PARTNER", CurrencyColumn = "CURRENCY", IgnoredColumns = ["FREQ"] };

    private static readonly SdmxCsvMapping TestSdmxFixedCurrency = new("REPORTER", "FLOW", SdmxFlows) { PartnerColumn = "PARTNER", Currency = Currency.CNY, IgnoredColumns = ["FREQ"] };

    private static readonly SdmxCsvMapping SampleSdmx = new("REF_AREA", "TRADE_FLOW", SdmxFlows) { PartnerColumn = "COUNTERPART_AREA", CurrencyColumn = "CURRENCY", IgnoredColumns = ["FREQ"] };

    /// <summary>
    /// Every observation file under TestData with the reader that reads it. Add a new reader or file here, one line
    /// each: the file path (relative to TestData) and how to open it.
    /// </summary>
    public static TheoryData<string, string> ReaderFiles
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var (reader, file) in Readers.Keys)
            {
                data.Add(reader, file);
            }

            return data;
        }
    }

    private static readonly Dictionary<(string Reader, string File), Func<string, ITradeDataSource>> Readers = new()
    {
        [("ObservationCsvFile", "sources/observations.csv")] = path => new ObservationCsvFile(path),
        [("ObservationJsonFile", "sources/observations.json")] = path => new ObservationJsonFile(path),
        [("ObservationCsvFile", "sample/trade.csv")] = path => new ObservationCsvFile(path),
        [("ObservationJsonFile", "sample/trade.json")] = path => new ObservationJsonFile(path),
        [("ComtradeJsonReader", "comtrade/api-v1-china-arg-deu-2010.json")] = path => new ComtradeJsonReader(path),
        [("ComtradeCsvReader", "comtrade/comtrade-download.csv")] = path => new ComtradeCsvReader(path),
        [("ComtradeJsonReader", "sample/comtrade.json")] = path => new ComtradeJsonReader(path),
        [("SdmxCsvReader", "sources/sdmx-1.0.csv")] = path => new SdmxCsvReader(path, TestSdmx),
        [("SdmxCsvReader", "sources/sdmx-2.0.csv")] = path => new SdmxCsvReader(path, TestSdmxFixedCurrency),
        [("SdmxCsvReader", "sample/sdmx.csv")] = path => new SdmxCsvReader(path, SampleSdmx),
        [("SdmxCsvReader", "sample/sdmx-eu.csv")] = path => new SdmxCsvReader(path, SampleSdmx),
        [("SdmxCsvReader", "sample/sdmx-jpy-kwd.csv")] = path => new SdmxCsvReader(path, SampleSdmx),
        [("ObservationCsvFile", "sample/trade-eur.csv")] = path => new ObservationCsvFile(path),
        [("SdmxCsvReader", "real/eurostat-comext-ds045409-annual.csv")] = path => new SdmxCsvReader(path, SdmxCsvMapping.EurostatComext),
        [("ComtradeCsvReader", "real/comtrade-legacy-export-idn-2402.csv")] = path => new ComtradeCsvReader(path),
        [("ComtradeCsvReader", "real/comtrade-legacy-full-clinker-252310-world.csv")] = path => new ComtradeCsvReader(path),
        [("ComtradeCsvReader", "real/comtrade-legacy-full-hs871200-2017-flags.csv")] = path => new ComtradeCsvReader(path),
        [("ComtradeCsvReader", "real/comtrade-legacy-full-sitc2-2015-totals.csv")] = path => new ComtradeCsvReader(path),
        [("ComtradeCsvReader", "real/comtrade-legacy-short-usa-chn-2017-hs2.csv")] = path => new ComtradeCsvReader(path),
        [("ComtradeCsvReader", "real/comtradeplus-download-chn-usa-deu-2022.csv")] = path => new ComtradeCsvReader(path),
        [("ComtradeCsvReader", "real/comtradeplus-tradedata-chn-usa-2022-annual-totals.csv")] = path => new ComtradeCsvReader(path),
        [("ComtradeCsvReader", "real/comtradeplus-tradedata-tha-8542-2014-imports.csv")] = path => new ComtradeCsvReader(path),
    };

    /// <summary>Files under TestData that hold no observations (rates, statements, deliberately broken input, notes).</summary>
    private static readonly string[] NotObservationFiles =
    [
        "README.md", "real/README.md", "sources/rates.csv", "sample/rates.csv", "sample/rates-eur.csv", "sample/bad.csv", "sample/statements-eur.csv",
        "sample/statements-consistent.csv", "sample/statements-bad.csv", "sample/statements-contradictory.csv",
    ];

    [Theory]
    [MemberData(nameof(ReaderFiles))]
    public async Task Observations_read_from_a_provider_file_survive_the_library_CSV_and_JSON_formats(string reader, string file)
    {
        var source = Readers[(reader, file)](TestData([.. file.Split('/')]));
        var read = await ToListAsync(source.ReadAsync(TradeQuery.All));
        Assert.NotEmpty(read);

        using var csv = new MemoryStream();
        await ObservationCsvFile.WriteAsync(csv, read);
        var csvBytes = csv.ToArray();
        var fromCsv = await ToListAsync(new ObservationCsvFile(() => new MemoryStream(csvBytes), file + ".csv").ReadAsync(TradeQuery.All));
        AssertSameIgnoringCodeNames(read, fromCsv);

        using var json = new MemoryStream();
        await ObservationJsonFile.WriteAsync(json, read);
        var jsonBytes = json.ToArray();
        var fromJson = await ToListAsync(new ObservationJsonFile(() => new MemoryStream(jsonBytes), file + ".json").ReadAsync(TradeQuery.All));
        AssertSame(read, fromJson);
    }

    /// <summary>Real files the readers refuse on purpose, with the reason the message must give.</summary>
    private static readonly Dictionary<string, (Func<string, ITradeDataSource> Open, string Reason)> RefusedFiles = new()
    {
        // The quantity stands in the "Alt Qty Unit" column with "Qty" empty: which number is which is not guessed.
        ["real/comtrade-legacy-full-mdg-exports-maize-groundnuts.csv"] = (path => new ComtradeCsvReader(path), "the columns may be shifted"),
        // Its author kept three columns: no reporter, period or flow.
        ["real/comtrade-legacy-partial-3col-commodity-netweight-value.csv"] = (path => new ComtradeCsvReader(path), "the required column is missing"),
        // Downloaded with labels ("Germany (incl. German Democratic Republic ...)") instead of codes.
        ["real/eurostat-comext-ds045409-labels-annual-exports-eur.csv"] = (path => new SdmxCsvReader(path, SdmxCsvMapping.EurostatComext), "unknown territory code"),
        ["real/eurostat-comext-ds045409-labels-monthly-eu-extra-imports-100kg.csv"] = (path => new SdmxCsvReader(path, SdmxCsvMapping.EurostatComext), "unknown territory code"),
    };

    public static TheoryData<string> RefusedFileNames => [.. RefusedFiles.Keys];

    [Theory]
    [MemberData(nameof(RefusedFileNames))]
    public async Task Real_files_that_cannot_be_read_without_guessing_are_refused_with_the_reason(string file)
    {
        var (open, reason) = RefusedFiles[file];
        var e = await Assert.ThrowsAsync<TradeDataFormatException>(() => ToListAsync(open(TestData([.. file.Split('/')])).ReadAsync(TradeQuery.All)));
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
        Assert.Contains(Path.GetFileName(file), e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_file_under_TestData_is_either_read_above_or_listed_as_holding_no_observations()
    {
        var root = TestData();
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var covered = Readers.Keys.Select(k => k.File).Concat(NotObservationFiles).Concat(RefusedFiles.Keys).ToHashSet(StringComparer.Ordinal);
        // articles/ holds press releases and their hand annotation (statements) for the extractor's evaluation, not observations.
        var uncovered = files.Where(f => !covered.Contains(f) && !f.StartsWith("articles/", StringComparison.Ordinal)).ToArray();
        Assert.True(uncovered.Length == 0, "Add these files to the reader list (or to the files without observations): " + string.Join(", ", uncovered));
    }

    /// <summary>The CSV format cannot hold a code's descriptive name (only its code); everything else must survive.</summary>
    private static void AssertSameIgnoringCodeNames(List<TradeObservation> expected, List<TradeObservation> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i], actual[i]);
            Assert.Equal(expected[i].Commodity?.Classification, actual[i].Commodity?.Classification);
            Assert.Equal(expected[i].Value.Amount, actual[i].Value.Amount);
            Assert.Equal(expected[i].Status, actual[i].Status);
            Assert.Equal(expected[i].Source, actual[i].Source);
            Assert.Equal((expected[i].Quantity, expected[i].NetWeight, expected[i].GrossWeight, expected[i].AlternativeQuantity), (actual[i].Quantity, actual[i].NetWeight, actual[i].GrossWeight, actual[i].AlternativeQuantity));
        }
    }
}
