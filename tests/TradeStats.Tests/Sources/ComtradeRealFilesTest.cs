using System.IO.Compression;
using System.Text;
using System.Text.Json;
using TradeStats.Sources;
using static TradeStats.Tests.Sources.SourcesTestSupport;

namespace TradeStats.Tests.Sources;

/// <summary>Real UN Comtrade downloads (TestData/real, provenance in its README), values checked by hand against the text.</summary>
public class ComtradeRealFilesTest
{
    private static readonly Territory China = Territory.FromCode("CN");
    private static readonly Territory Usa = Territory.FromCode("US");

    [Fact]
    public async Task ComtradePlus_download_reads_every_row_with_trailing_commas_and_totals_as_computed()
    {
        var read = await Read("comtradeplus-download-chn-usa-deu-2022.csv");

        Assert.Equal(80, read.Count);
        var world = read[0]; // "156","CHN",...,"0","W00",...,"2715997517261",,"2715997517261","4","false","true",
        Assert.Equal((China, Territory.World, Period.Year(2022), TradeFlow.Imports), (world.Reporter, world.Partner, world.Period, world.Flow));
        Assert.Equal(Money.Usd(2715997517261m), world.Value);
        Assert.Equal(ObservationStatus.Computed, world.Status);
        Assert.Null(world.Commodity);
        Assert.Null(world.Quantity);
        Assert.Null(world.NetWeight); // netWgt "0" on an all-goods row: not aggregated by Comtrade

        var myanmar = read.Single(o => o.Partner == Territory.FromCode("MM"));
        Assert.Equal(11493540976m, myanmar.Value.Amount);
        var guinea = read.Single(o => o.Partner == Territory.FromCode("GN"));
        Assert.Equal(4529563416m, guinea.Value.Amount);
        Assert.All(read, o => Assert.Equal(ObservationStatus.Computed, o.Status));
    }

    [Fact]
    public async Task ComtradePlus_excerpt_reads_special_partners_as_named_areas_and_the_USA_by_its_Comtrade_code()
    {
        var read = await Read("comtradeplus-tradedata-chn-usa-2022-annual-totals.csv");

        Assert.Equal(26, read.Count);
        var otherAsia = read.Single(o => o.Partner.Code == "CT490");
        Assert.Equal((TerritoryKind.Area, "Other Asia, nes"), (otherAsia.Partner.Kind, otherAsia.Partner.Name));
        Assert.Equal(238091842710m, otherAsia.Value.Amount);
        var laia = read.Single(o => o.Partner.Code == "CT473");
        Assert.Equal((TerritoryKind.Area, "LAIA, nes"), (laia.Partner.Kind, laia.Partner.Name));
        Assert.Equal(394102m, laia.Value.Amount);
        Assert.All(read.Where(o => o.Partner.Kind is not (TerritoryKind.Country or TerritoryKind.World)), o => Assert.Equal(TerritoryKind.Area, o.Partner.Kind));

        var toUk = read.Single(o => o.Reporter == Usa && o.Partner == Territory.FromCode("GB"));
        Assert.Equal((TradeFlow.Exports, 77261013672m, ObservationStatus.Computed), (toUk.Flow, toUk.Value.Amount, toUk.Status));

        var bonaire = read.Single(o => o.Partner == Territory.FromCode("BQ"));
        Assert.Equal(22m, bonaire.Value.Amount);
    }

    [Fact]
    public async Task ComtradePlus_HS4_file_keeps_net_weight_with_its_estimation_flag()
    {
        var read = await Read("comtradeplus-tradedata-tha-8542-2014-imports.csv");

        Assert.Equal(24, read.Count);
        var world = read[0];
        Assert.Equal((Territory.FromCode("TH"), Territory.World, Period.Year(2014), TradeFlow.Imports), (world.Reporter, world.Partner, world.Period, world.Flow));
        Assert.Equal(Commodity.Create("8542", CommodityClassification.FromCode("H4")), world.Commodity);
        Assert.Equal("Electronic integrated circuits", world.Commodity!.Name);
        Assert.Equal((9680795326m, ObservationStatus.Final), (world.Value.Amount, world.Status));

        var andorra = read.Single(o => o.Partner == Territory.FromCode("AD"));
        Assert.Equal(60938m, andorra.Value.Amount);
        Assert.Equal(new Quantity(74m, "kg") { IsEstimated = true }, andorra.NetWeight);
        Assert.Null(andorra.Quantity);

        var vatican = read.Single(o => o.Partner == Territory.FromCode("VA"));
        Assert.Equal(new Quantity(27m, "kg"), vatican.NetWeight);
        Assert.Equal(5485m, vatican.Value.Amount);

        var otherAsia = read.Single(o => o.Partner.Code == "CT490");
        Assert.Equal(2207750958m, otherAsia.Value.Amount);
    }

    [Fact]
    public async Task ComtradePlus_file_gives_CIF_or_FOB_on_request_and_refuses_rows_without_it()
    {
        var cif = await Read("comtradeplus-tradedata-chn-usa-2022-annual-totals.csv", ComtradeValue.Cif, ErrorMode.CollectAll, expectErrors: true);
        Assert.All(cif.Read, o => Assert.Equal(TradeFlow.Imports, o.Flow)); // exports have no CIF value
        Assert.NotEmpty(cif.Errors);
        Assert.All(cif.Errors, e => Assert.Equal(("cifvalue", null), (e.Field, e.Value)));
        Assert.Equal(26, cif.Read.Count + cif.Errors.Count);

        var fob = await Read("comtradeplus-tradedata-chn-usa-2022-annual-totals.csv", ComtradeValue.Fob, ErrorMode.CollectAll, expectErrors: true);
        var toUk = fob.Read.Single(o => o.Partner == Territory.FromCode("GB"));
        Assert.Equal(77261013672m, toUk.Value.Amount);
        Assert.All(fob.Errors, e => Assert.Equal("fobvalue", e.Field));
    }

    [Fact]
    public async Task Legacy_export_of_Indonesia_reads_completely()
    {
        var read = await Read("comtrade-legacy-export-idn-2402.csv");

        Assert.Equal(129, read.Count);
        var first = read[0]; // H5,2017,...,1,Import,360,Indonesia,IDN,643,...,2402,...,8,Weight in kilograms,24,,,,24,,1901,,,0
        Assert.Equal((Territory.FromCode("ID"), Territory.FromCode("RU"), Period.Year(2017), TradeFlow.Imports), (first.Reporter, first.Partner, first.Period, first.Flow));
        Assert.Equal(Commodity.Create("2402", CommodityClassification.FromCode("H5")), first.Commodity);
        Assert.Equal(1901m, first.Value.Amount);
        Assert.Equal(new Quantity(24m, "kg"), first.Quantity);
        Assert.Equal(new Quantity(24m, "kg"), first.NetWeight);
        Assert.Equal(ObservationStatus.Final, first.Status);

        var second = read[1];
        Assert.Equal((TradeFlow.Exports, 219660m, 39582m), (second.Flow, second.Value.Amount, second.NetWeight!.Value.Value));
        Assert.All(read, o => Assert.True(o.Commodity!.IsHs && o.Commodity.Code == "2402"));
        var in2012 = read.First(o => o.Period == Period.Year(2012)); // H4,2012,...,643,Russian Federation,...,11,,,,11,,704,,,0
        Assert.Equal((CommodityClassification.FromCode("H4"), TradeFlow.Imports, 704m), (in2012.Commodity!.Classification, in2012.Flow, in2012.Value.Amount));
    }

    [Fact]
    public async Task Legacy_export_with_flow_code_0_reads_the_flow_from_its_text()
    {
        var read = await Read("comtrade-legacy-full-clinker-252310-world.csv");

        Assert.Equal(31, read.Count);
        var first = read[0];
        Assert.Equal((Territory.FromCode("AU"), Territory.World, Period.Year(1988), TradeFlow.Exports), (first.Reporter, first.Partner, first.Period, first.Flow));
        Assert.Equal((58552m, "H0 252310"), (first.Value.Amount, first.Commodity!.ToString()));
        Assert.Equal(new Quantity(839062m, "kg"), first.Quantity);
        Assert.Equal((TradeFlow.Imports, 1828131m), (read[1].Flow, read[1].Value.Amount));
        var reExport = read[29];
        Assert.Equal((TradeFlow.ReExports, 470m, Period.Year(1996)), (reExport.Flow, reExport.Value.Amount, reExport.Period));
        Assert.Equal(3062m, reExport.Quantity!.Value.Value);
    }

    [Fact]
    public async Task Legacy_flags_mark_quantity_and_net_weight_estimated_never_the_value()
    {
        var read = await Read("comtrade-legacy-full-hs871200-2017-flags.csv");

        Assert.Equal(26, read.Count);
        var algeria = read.Single(o => o.Reporter == Territory.FromCode("DZ")); // Flag 2, Qty 0 with unit 1 "No Quantity"
        Assert.Equal((9113970m, ObservationStatus.Final), (algeria.Value.Amount, algeria.Status));
        Assert.Null(algeria.Quantity);
        Assert.Equal(new Quantity(4082917m, "kg"), algeria.NetWeight);

        var myanmar = read.Single(o => o.Reporter == Territory.FromCode("MM") && o.Flow == TradeFlow.Imports); // Flag 6
        Assert.Equal(16688952m, myanmar.Value.Amount);
        Assert.Equal(new Quantity(843356m, "u") { IsEstimated = true }, myanmar.Quantity);
        Assert.True(myanmar.NetWeight is null || myanmar.NetWeight.Value.IsEstimated);

        var china = read.Single(o => o.Reporter == China && o.Flow == TradeFlow.Exports);
        Assert.Equal(3139462823m, china.Value.Amount);
        Assert.Equal(new Quantity(99494368m, "kg") { IsEstimated = true }, china.NetWeight);
        Assert.Equal(ObservationStatus.Final, china.Status);
    }

    [Fact]
    public async Task Legacy_SITC_totals_and_re_imports()
    {
        var read = await Read("comtrade-legacy-full-sitc2-2015-totals.csv");

        Assert.Equal(28, read.Count);
        var afghanistan = read[0];
        Assert.Equal((Territory.FromCode("AF"), Territory.World, TradeFlow.Imports, 7722865049m), (afghanistan.Reporter, afghanistan.Partner, afghanistan.Flow, afghanistan.Value.Amount));
        Assert.Null(afghanistan.Commodity);
        Assert.Equal("Comtrade S2", afghanistan.Source!.Title);
        Assert.Equal(2273468224113m, read.Single(o => o.Reporter == China && o.Flow == TradeFlow.Exports).Value.Amount);
        Assert.Equal(143369308743m, read.Single(o => o.Reporter == China && o.Flow == TradeFlow.ReImports).Value.Amount);
        Assert.Equal(713913m, read.Single(o => o.Reporter == Territory.FromCode("AD") && o.Flow == TradeFlow.ReImports).Value.Amount);
    }

    [Fact]
    public async Task Legacy_short_layout_pads_HS_chapters_that_lost_their_leading_zero()
    {
        var read = await Read("comtrade-legacy-short-usa-chn-2017-hs2.csv");

        Assert.Equal(35, read.Count);
        var first = read[0];
        Assert.Equal((Usa, China, Period.Year(2017), TradeFlow.Imports, 36327640m), (first.Reporter, first.Partner, first.Period, first.Flow, first.Value.Amount));
        Assert.Equal(Commodity.Create("01", CommodityClassification.FromCode("H5")), first.Commodity);
        var fuels = read.Single(o => o.Commodity!.Code == "27" && o.Flow == TradeFlow.Exports);
        Assert.Equal(8572094620m, fuels.Value.Amount);
        Assert.Equal(17565122413m, read.Single(o => o.Commodity!.Code == "39" && o.Flow == TradeFlow.Imports).Value.Amount);
    }

    [Fact]
    public async Task Legacy_file_with_numbers_in_the_unit_column_is_refused_row_by_row()
    {
        var (read, errors) = await Read("comtrade-legacy-full-mdg-exports-maize-groundnuts.csv", ComtradeValue.Primary, ErrorMode.CollectAll, expectErrors: true);

        Assert.Equal(45, read.Count + errors.Count);
        var e = errors[0];
        Assert.Equal((2L, "Alt Qty Unit", "59400"), (e.Record, e.Field, e.Value));
    }

    [Fact]
    public async Task Legacy_file_cut_to_three_columns_is_refused_for_its_missing_reporter_period_and_flow()
    {
        var e = await Assert.ThrowsAsync<TradeDataFormatException>(() => Read("comtrade-legacy-partial-3col-commodity-netweight-value.csv"));
        Assert.Equal(1, e.Record);
        Assert.Contains("required column is missing", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_records_as_JSON_and_as_CSV_give_the_same_observations()
    {
        var path = TestData("real", "comtradeplus-tradedata-tha-8542-2014-imports.csv");
        var fromCsv = await ToListAsync(new ComtradeCsvReader(path).ReadAsync(TradeQuery.All));
        var lines = File.ReadAllLines(path);
        var json = new StringBuilder("{\"count\":").Append(lines.Length - 1).Append(",\"data\":[");
        var header = lines[0].Split(',');
        for (var i = 1; i < lines.Length; i++)
        {
            var fields = SplitQuoted(lines[i]);
            json.Append(i > 1 ? "," : string.Empty).Append('{');
            for (var c = 0; c < header.Length; c++)
            {
                json.Append(c > 0 ? "," : string.Empty).Append(JsonSerializer.Serialize(header[c])).Append(':')
                    .Append(fields[c].Length == 0 ? "null" : IsJsonNumber(fields[c]) ? fields[c] : JsonSerializer.Serialize(fields[c]));
            }

            json.Append('}');
        }

        json.Append("],\"error\":\"\"}");
        var bytes = Encoding.UTF8.GetBytes(json.ToString());
        var fromJson = await ToListAsync(new ComtradeJsonReader(() => new MemoryStream(bytes), "tha.json").ReadAsync(TradeQuery.All));

        AssertSame(fromCsv, fromJson);
        Assert.Equal(fromCsv.Select(o => (o.NetWeight, o.Quantity, o.Status)), fromJson.Select(o => (o.NetWeight, o.Quantity, o.Status)));
    }

    [Fact]
    public async Task The_legacy_JSON_response_reads_as_the_legacy_CSV_export()
    {
        var path = TestData("real", "comtrade-legacy-export-idn-2402.csv");
        var fromCsv = await ToListAsync(new ComtradeCsvReader(path).ReadAsync(TradeQuery.All));
        var lines = File.ReadAllLines(path).Take(12).ToArray();
        var header = SplitQuoted(lines[0]);
        string[] names = ["pfCode", "yr", "period", "periodDesc", "aggrLevel", "IsLeaf", "rgCode", "rgDesc", "rtCode", "rtTitle", "rt3ISO", "ptCode", "ptTitle", "pt3ISO", "ptCode2", "ptTitle2", "pt3ISO2", "cstCode", "cstDesc", "motCode", "motDesc", "cmdCode", "cmdDescE", "qtCode", "qtDesc", "TradeQuantity", "qtAltCode", "qtAltDesc", "AltQuantity", "NetWeight", "GrossWeight", "TradeValue", "CIFValue", "FOBValue", "estCode"];
        Assert.Equal(35, header.Count);
        var records = lines.Skip(1).Select(l => "{" + string.Join(",", SplitQuoted(l).Select((v, c) => JsonSerializer.Serialize(names[c]) + ":" + (v.Length == 0 ? "null" : IsJsonNumber(v) ? v : JsonSerializer.Serialize(v)))) + "}");
        var json = "{\"validation\":{\"status\":{\"name\":\"Ok\",\"value\":0},\"message\":null,\"count\":{\"value\":11}},\"dataset\":[" + string.Join(",", records) + "]}";

        var fromJson = await ToListAsync(new ComtradeJsonReader(() => new MemoryStream(Encoding.UTF8.GetBytes(json)), "legacy.json").ReadAsync(TradeQuery.All));

        AssertSame(fromCsv.Take(11).ToList(), fromJson);
        Assert.Equal(fromCsv.Take(11).Select(o => (o.NetWeight, o.Quantity)), fromJson.Select(o => (o.NetWeight, o.Quantity)));
    }

    [Fact]
    public async Task A_gzipped_bulk_file_with_SITC_S1_reads_42_as_an_SITC_division_not_an_HS_chapter()
    {
        // Bulk files carry API names and numeric codes only, tab-separated: made here from the real Thai excerpt.
        var lines = File.ReadAllLines(TestData("real", "comtradeplus-tradedata-tha-8542-2014-imports.csv")).Take(4).ToArray();
        var header = lines[0].Split(',');
        string[] dropped = ["reporterISO", "reporterDesc", "flowDesc", "partnerISO", "partnerDesc", "partner2ISO", "partner2Desc", "cmdDesc", "customsDesc", "motDesc", "qtyUnitAbbr", "altQtyUnitAbbr"];
        var keep = Enumerable.Range(0, header.Length).Where(i => !dropped.Contains(header[i])).ToArray();
        var tsv = new StringBuilder(string.Join('\t', keep.Select(i => header[i]))).Append('\n');
        foreach (var line in lines.Skip(1))
        {
            var f = SplitQuoted(line);
            f[Array.IndexOf(header, "classificationCode")] = "S1";
            f[Array.IndexOf(header, "cmdCode")] = "42";
            f[Array.IndexOf(header, "aggrLevel")] = "2";
            tsv.Append(string.Join('\t', keep.Select(i => f[i]))).Append('\n');
        }

        using var gz = new MemoryStream();
        using (var zip = new GZipStream(gz, CompressionLevel.Fastest, leaveOpen: true))
        {
            zip.Write(Encoding.UTF8.GetBytes(tsv.ToString()));
        }

        var bytes = gz.ToArray();
        var read = await ToListAsync(new ComtradeCsvReader(() => new MemoryStream(bytes), "bulk.txt.gz").ReadAsync(TradeQuery.All));

        Assert.Equal(3, read.Count);
        Assert.All(read, o => Assert.Equal(Commodity.Create("42", CommodityClassification.FromCode("S1")), o.Commodity));
        Assert.All(read, o => Assert.NotEqual(Commodity.Hs("42"), o.Commodity));
        Assert.Equal(9680795326m, read[0].Value.Amount);
        Assert.Equal(Territory.FromCode("TH"), read[0].Reporter);
    }

    private static bool IsJsonNumber(string text) => System.Text.RegularExpressions.Regex.IsMatch(text, @"^-?(0|[1-9][0-9]*)(\.[0-9]+)?$");

    /// <summary>Splits a CSV line with RFC 4180 quotes (the excerpts have no line breaks inside fields).</summary>
    private static List<string> SplitQuoted(string line)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return fields;
    }

    private static async Task<List<TradeObservation>> Read(string file) => (await Read(file, ComtradeValue.Primary, ErrorMode.StopAtFirstError, expectErrors: false)).Read;

    private static async Task<(List<TradeObservation> Read, IReadOnlyList<TradeDataFormatException> Errors)> Read(string file, ComtradeValue value, ErrorMode mode, bool expectErrors)
    {
        var read = new List<TradeObservation>();
        var reader = new ComtradeCsvReader(TestData("real", file), new ReadOptions { ErrorMode = mode }, value);
        try
        {
            await foreach (var o in reader.ReadAsync(TradeQuery.All))
            {
                read.Add(o);
            }
        }
        catch (TradeDataValidationException e) when (expectErrors)
        {
            return (read, e.Report.Errors);
        }

        return (read, []);
    }
}
