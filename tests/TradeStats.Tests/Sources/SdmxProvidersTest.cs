using System.Text;
using TradeStats.Sources;
using static TradeStats.Tests.Sources.SourcesTestSupport;

namespace TradeStats.Tests.Sources;

public class SdmxProvidersTest
{
    private static readonly Dictionary<string, TradeFlow> Flows = new() { ["X"] = TradeFlow.Exports, ["M"] = TradeFlow.Imports };

    private static readonly SdmxCsvMapping Oecd = new("REF_AREA", "TRADE_FLOW", Flows) { PartnerColumn = "COUNTERPART_AREA" };

    private static SdmxCsvReader Inline(string csv, SdmxCsvMapping mapping, ReadOptions? options = null) =>
        new(() => new MemoryStream(Encoding.UTF8.GetBytes(csv)), "sdmx.csv", mapping, options);

    private static async Task<TradeDataFormatException> Refused(string csv, SdmxCsvMapping mapping) =>
        await Assert.ThrowsAsync<TradeDataFormatException>(() => ToListAsync(Inline(csv, mapping).ReadAsync(TradeQuery.All)));

    [Fact]
    public async Task Real_Comext_file_pairs_values_with_their_net_weight()
    {
        var read = await ToListAsync(new SdmxCsvReader(TestData("real", "eurostat-comext-ds045409-annual.csv"), SdmxCsvMapping.EurostatComext).ReadAsync(TradeQuery.All));

        // 864 data rows: 432 values in euros, 432 quantities in 100 kg, each attached to its value.
        Assert.Equal(432, read.Count);
        Assert.All(read, o => Assert.Equal("EUR", o.Value.Currency.Code));
        Assert.All(read, o => Assert.NotNull(o.NetWeight));
        var cn = Commodity.Create("39199080", CommodityClassification.CombinedNomenclature);

        var at = Assert.Single(read, o => o.Reporter.Code == "AT" && o.Flow == TradeFlow.Imports && o.Period == Period.Year(2017));
        Assert.Equal(127727396m, at.Value.Amount);
        Assert.Equal(new Quantity(179163.77m, "100 kg"), at.NetWeight);
        Assert.Equal(Territory.World, at.Partner);
        Assert.Equal(cn, at.Commodity);
        Assert.Equal(ObservationStatus.Final, at.Status);
        Assert.Equal("ESTAT:DS-045409(1.0)", at.Source!.Publisher);

        var de = Assert.Single(read, o => o.Reporter.Code == "DE" && o.Flow == TradeFlow.Exports && o.Period == Period.Year(2020));
        Assert.Equal((1494415450m, 1829238.28m), (de.Value.Amount, de.NetWeight!.Value.Value));
        var gr = Assert.Single(read, o => o.Reporter.Code == "GR" && o.Flow == TradeFlow.Exports && o.Period == Period.Year(2020));
        Assert.Equal((13145582m, 75189.89m), (gr.Value.Amount, gr.NetWeight!.Value.Value));
    }

    [Fact]
    public async Task Comext_without_the_measure_column_would_read_quantities_as_money_and_is_refused()
    {
        var mapping = SdmxCsvMapping.EurostatComext with { MeasureColumn = null, Measures = SdmxCsvMapping.EurostatComext.Measures };
        var e = await Assert.ThrowsAsync<TradeDataFormatException>(() => ToListAsync(new SdmxCsvReader(TestData("real", "eurostat-comext-ds045409-annual.csv"), mapping).ReadAsync(TradeQuery.All)));
        Assert.Equal(1, e.Record);
        Assert.Equal("indicators", e.Field);
    }

    [Fact]
    public async Task Real_Comext_files_with_labels_are_refused_row_by_row_not_guessed()
    {
        foreach (var name in new[] { "eurostat-comext-ds045409-labels-annual-exports-eur.csv", "eurostat-comext-ds045409-labels-monthly-eu-extra-imports-100kg.csv" })
        {
            var reader = new SdmxCsvReader(TestData("real", name), SdmxCsvMapping.EurostatComext, new ReadOptions { ErrorMode = ErrorMode.CollectAll });
            var read = new List<TradeObservation>();
            var e = await Assert.ThrowsAsync<TradeDataValidationException>(async () =>
            {
                await foreach (var o in reader.ReadAsync(TradeQuery.All))
                {
                    read.Add(o);
                }
            });
            Assert.Empty(read);
            var lines = File.ReadAllLines(TestData("real", name)).Length - 1;
            Assert.Equal(lines, e.Report.Errors.Length);
            Assert.All(e.Report.Errors, x => Assert.True(x.Record > 1));
        }
    }

    [Fact]
    public async Task Comext_codes_of_partners_and_flags_are_read()
    {
        var csv = "DATAFLOW,LAST UPDATE,freq,reporter,partner,product,flow,indicators,TIME_PERIOD,OBS_VALUE,OBS_FLAG\n"
            + "ESTAT:DS-045409(1.0),13/02/26 11:00:00,A,EL,EU27_2020,TOTAL,2,VALUE_IN_EUROS,2024,100,p\n"
            + "ESTAT:DS-045409(1.0),13/02/26 11:00:00,A,EL,EU27_2020,TOTAL,2,QUANTITY_IN_100KG,2024,7.5,e\n"
            + "ESTAT:DS-045409(1.0),13/02/26 11:00:00,A,EL,EU27_2020,TOTAL,2,SUPPLEMENTARY_QUANTITY,2024,3,\n"
            + "ESTAT:DS-045409(1.0),13/02/26 11:00:00,M,UK,EXTRA_EU27_2020,39,1,VALUE_IN_EUROS,2019-03,200,bp\n"
            + "ESTAT:DS-045409(1.0),13/02/26 11:00:00,A,AT,WORLD,39199080,1,VALUE_IN_EUROS,2024,300,\n";
        var read = await ToListAsync(Inline(csv, SdmxCsvMapping.EurostatComext).ReadAsync(TradeQuery.All));
        Assert.Equal(3, read.Count);
        var gr = Assert.Single(read, o => o.Reporter.Code == "GR");
        Assert.Equal(("EU27_2020", ObservationStatus.Preliminary, (Commodity?)null), (gr.Partner.Code, gr.Status, gr.Commodity));
        Assert.Equal(new Quantity(7.5m, "100 kg") { IsEstimated = true }, gr.NetWeight);
        Assert.Equal(3m, gr.AlternativeQuantity!.Value.Value);
        var uk = Assert.Single(read, o => o.Reporter.Code == "GB");
        Assert.Equal(("EXTRA_EU27_2020", ObservationStatus.Preliminary, TradeFlow.Imports, Period.Month(2019, 3)), (uk.Partner.Code, uk.Status, uk.Flow, uk.Period));
        Assert.Equal(Commodity.Create("39", CommodityClassification.CombinedNomenclature), uk.Commodity);
        Assert.Null(uk.NetWeight);
    }

    public static TheoryData<string, string, long, string?, string?> BadComext => new()
    {
        { "confidential flag with a value", "x,A,AT,WORLD,TOTAL,1,VALUE_IN_EUROS,2024,100,c\n", 2, "OBS_FLAG", "c" },
        { "missing value with its flag", "x,A,AT,WORLD,TOTAL,1,VALUE_IN_EUROS,2024,,:\n", 2, "OBS_VALUE", string.Empty },
        { "unknown flag", "x,A,AT,WORLD,TOTAL,1,VALUE_IN_EUROS,2024,100,k\n", 2, "OBS_FLAG", "k" },
        { "unknown indicator is never money", "x,A,AT,WORLD,TOTAL,1,VALUE_IN_USD,2024,100,\n", 2, "indicators", "VALUE_IN_USD" },
        { "quantity without a value", "x,A,AT,WORLD,TOTAL,1,QUANTITY_IN_100KG,2024,100,\n", 2, "indicators", "QUANTITY_IN_100KG" },
        { "two values of one key", "x,A,AT,WORLD,TOTAL,1,VALUE_IN_EUROS,2024,100,\nx,A,AT,WORLD,TOTAL,1,VALUE_IN_EUROS,2024,101,\n", 3, "indicators", "VALUE_IN_EUROS" },
        { "product of a length CN does not have", "x,A,AT,WORLD,3919908,1,VALUE_IN_EUROS,2024,100,\n", 2, "product", "3919908" },
        { "frequency against the period", "x,M,AT,WORLD,TOTAL,1,VALUE_IN_EUROS,2024,100,\n", 2, "freq", "M" },
        { "unknown flow", "x,A,AT,WORLD,TOTAL,3,VALUE_IN_EUROS,2024,100,\n", 2, "flow", "3" },
    };

    [Theory]
    [MemberData(nameof(BadComext))]
    public async Task Bad_Comext_rows_name_line_field_and_value(string because, string rows, long line, string? field, string? value)
    {
        var e = await Refused("DATAFLOW,freq,reporter,partner,product,flow,indicators,TIME_PERIOD,OBS_VALUE,OBS_FLAG\n" + rows, SdmxCsvMapping.EurostatComext);
        ObservationFormatsTest.AssertNames(e, because, "sdmx.csv", line, RecordUnit.Line, field, value);
    }

    [Fact]
    public async Task UNIT_MEASURE_in_a_national_currency_is_read_as_that_currency()
    {
        var csv = "STRUCTURE,STRUCTURE_ID,ACTION,FREQ,REF_AREA,COUNTERPART_AREA,TRADE_FLOW,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,OBS_STATUS\n"
            + "dataflow,OECD.SDD.TPS:DSD_IMTS@DF_IMTS(1.0),I,A,JP,CN,X,2024,1.5,JPY,9,P\n";
        var o = Assert.Single(await ToListAsync(Inline(csv, Oecd).ReadAsync(TradeQuery.All)));
        Assert.Equal(new Money(1500000000m, Currency.FromCode("JPY")), o.Value);
        Assert.Equal(ObservationStatus.Preliminary, o.Status);
        Assert.Equal("OECD.SDD.TPS:DSD_IMTS@DF_IMTS(1.0)", o.Source!.Publisher);
    }

    [Fact]
    public async Task CURRENCY_names_the_national_currency_of_XDC()
    {
        var csv = "DATAFLOW,REF_AREA,COUNTERPART_AREA,TRADE_FLOW,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,CURRENCY\nx,KR,CN,M,2024-Q1,7,XDC,KRW\n";
        var o = Assert.Single(await ToListAsync(Inline(csv, Oecd).ReadAsync(TradeQuery.All)));
        Assert.Equal(new Money(7m, Currency.FromCode("KRW")), o.Value);
    }

    public static TheoryData<string, string, long, string?, string?> BadUnits => new()
    {
        { "national currency not named", "x,KR,CN,M,2024,7,XDC,,\n", 2, "UNIT_MEASURE", "XDC" },
        { "unit and currency disagree", "x,KR,CN,M,2024,7,USD,KRW,\n", 2, "UNIT_MEASURE", "USD" },
        { "a unit that is not money", "x,KR,CN,M,2024,7,PC,,\n", 2, "UNIT_MEASURE", "PC" },
        { "no currency anywhere", "x,KR,CN,M,2024,7,,,\n", 2, "OBS_VALUE", "7" },
        { "multiplier that underflows", "x,KR,CN,M,2024,0.0000000000001,USD,,-20\n", 2, "OBS_VALUE", "0.0000000000001" },
        { "multiplier past 28 digits", "x,KR,CN,M,2024,123456789,USD,,21\n", 2, "OBS_VALUE", "123456789" },
        { "multiplier out of range", "x,KR,CN,M,2024,1,USD,,29\n", 2, "UNIT_MULT", "29" },
        { "missing-value status with a value", "x,KR,CN,M,2024,1,USD,,\n".Replace(",,\n", ",,,M\n", StringComparison.Ordinal), 2, "OBS_STATUS", "M" },
    };

    [Theory]
    [MemberData(nameof(BadUnits))]
    public async Task Units_and_multipliers_that_would_change_the_number_are_errors(string because, string row, long line, string? field, string? value)
    {
        var header = "DATAFLOW,REF_AREA,COUNTERPART_AREA,TRADE_FLOW,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,CURRENCY,UNIT_MULT" + (row.Count(c => c == ',') == 9 ? ",OBS_STATUS" : string.Empty) + "\n";
        var e = await Refused(header + row, Oecd);
        ObservationFormatsTest.AssertNames(e, because, "sdmx.csv", line, RecordUnit.Line, field, value);
    }

    [Fact]
    public async Task SDMX_CSV_2_0_with_a_semicolon_structure_header_reads()
    {
        var csv = "STRUCTURE[;];STRUCTURE_ID;ACTION;FREQ;REF_AREA;COUNTERPART_AREA;TRADE_FLOW;TIME_PERIOD;OBS_VALUE;CURRENCY\n"
            + "dataflow;TS:TRADE(1.0);I;M;DE;FR;M;2024-02;1234.5;EUR\n";
        var o = Assert.Single(await ToListAsync(Inline(csv, Oecd).ReadAsync(TradeQuery.All)));
        Assert.Equal((Territory.FromCode("DE"), Territory.FromCode("FR"), Period.Month(2024, 2), new Money(1234.5m, Currency.FromCode("EUR"))), (o.Reporter, o.Partner, o.Period, o.Value));
    }

    [Fact]
    public async Task Labels_both_headers_and_cells_are_cut_to_their_codes_and_ids_ignore_case()
    {
        var csv = "DATAFLOW,FREQ: Frequency,ref_area: Reference area,COUNTERPART_AREA: Counterpart,TRADE_FLOW: Flow,TIME_PERIOD: Time,OBS_VALUE: Value,CURRENCY: Currency\n"
            + "x,A: Annual,DE: Germany,\"US: United States\",X: Exports,2023,10,USD: US dollar\n";
        var o = Assert.Single(await ToListAsync(Inline(csv, Oecd).ReadAsync(TradeQuery.All)));
        Assert.Equal((Territory.FromCode("DE"), Territory.FromCode("US"), TradeFlow.Exports, Money.Usd(10m)), (o.Reporter, o.Partner, o.Flow, o.Value));
    }

    [Fact]
    public async Task Imf_direction_of_trade_reads_its_indicators_and_refuses_its_own_numeric_codes()
    {
        var csv = "DATAFLOW,FREQ,REF_AREA,INDICATOR,COUNTERPART_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MULT\n"
            + "IMF:DOT(1.0),A,BR,TXG_FOB_USD,US,2022,37436.2,6\n"
            + "IMF:DOT(1.0),A,BR,TMG_CIF_USD,W00,2022,272610.5,6\n";
        var read = await ToListAsync(Inline(csv, SdmxCsvMapping.ImfDirectionOfTrade).ReadAsync(TradeQuery.All));
        Assert.Equal((TradeFlow.Exports, Money.Usd(37436200000m)), (read[0].Flow, read[0].Value));
        Assert.Equal((TradeFlow.Imports, Territory.World, Money.Usd(272610500000m)), (read[1].Flow, read[1].Partner, read[1].Value));

        var numeric = await Refused(csv.Replace(",US,", ",112,", StringComparison.Ordinal), SdmxCsvMapping.ImfDirectionOfTrade);
        Assert.Equal(("COUNTERPART_AREA", "112"), (numeric.Field, numeric.Value));
        var fob = await Refused(csv.Replace("TMG_CIF_USD", "TMG_FOB_USD", StringComparison.Ordinal), SdmxCsvMapping.ImfDirectionOfTrade);
        Assert.Equal(("INDICATOR", "TMG_FOB_USD", 3L), (fob.Field, fob.Value, fob.Record));

        var imts = "STRUCTURE,STRUCTURE_ID,ACTION,COUNTRY,INDICATOR,COUNTERPART_COUNTRY,FREQUENCY,TIME_PERIOD,OBS_VALUE\ndataflow,IMF.STA:IMTS(1.0.0),I,USA,TBG_USD,CHN,Q,2024-Q1,-70000000000\n";
        var balance = Assert.Single(await ToListAsync(Inline(imts, SdmxCsvMapping.ImfImts).ReadAsync(TradeQuery.All)));
        Assert.Equal((Territory.FromCode("US"), Territory.FromCode("CN"), TradeFlow.Balance, Money.Usd(-70000000000m)), (balance.Reporter, balance.Partner, balance.Flow, balance.Value));
    }

    [Fact]
    public void Json_mapping_files_round_trip()
    {
        foreach (var (name, mapping) in SdmxCsvMapping.ReadyMade)
        {
            var json = mapping.ToJson();
            var back = SdmxCsvMappingJson.Parse(json, name + ".json");
            Assert.Equal(json, back.ToJson());
            Assert.Equal(mapping.ReporterColumn, back.ReporterColumn);
            Assert.Equal(mapping.Measures.Count, back.Measures.Count);
        }

        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, "{ \"base\": \"eurostat-comext\", \"ignored\": [\"LAST UPDATE\", \"DATAFLOW_LABEL\"] }");
        try
        {
            var loaded = SdmxCsvMapping.Load(path);
            Assert.Equal(CommodityClassification.CombinedNomenclature, loaded.CommodityClassification);
            Assert.Equal(new[] { "LAST UPDATE", "DATAFLOW_LABEL" }, loaded.IgnoredColumns.ToArray());
        }
        finally
        {
            File.Delete(path);
        }
    }

    public static TheoryData<string, string, long, string?, string?> BadJson => new()
    {
        { "unknown property", "{\n  \"reporter\": \"R\",\n  \"flow\": \"F\",\n  \"flowCodes\": {},\n  \"partnr\": \"P\"\n}", 5, "partnr", null },
        { "unknown flow", "{\n  \"reporter\": \"R\",\n  \"flow\": \"F\",\n  \"flowCodes\": {\n    \"X\": \"Export\"\n  }\n}", 5, "flowCodes.X", "Export" },
        { "unknown currency", "{ \"base\": \"imf-dots\",\n \"currency\": \"XYZ\" }", 2, "currency", "XYZ" },
        { "missing flow codes", "{ \"reporter\": \"R\", \"flow\": \"F\" }", 0, "flowCodes", null },
        { "quantity without unit", "{ \"base\": \"eurostat-comext\",\n \"measures\": { \"V\": { \"kind\": \"value\" },\n \"Q\": { \"kind\": \"netWeight\" } } }", 3, "measures.Q", null },
        { "not JSON", "{ \"reporter\": ", 1, null, null },
    };

    [Theory]
    [MemberData(nameof(BadJson))]
    public void Bad_mapping_files_name_line_property_and_value(string because, string json, long line, string? field, string? value)
    {
        var e = Assert.Throws<TradeDataFormatException>(() => SdmxCsvMappingJson.Parse(json, "m.json"));
        ObservationFormatsTest.AssertNames(e, because, "m.json", line, RecordUnit.Line, field, value);
    }
}
