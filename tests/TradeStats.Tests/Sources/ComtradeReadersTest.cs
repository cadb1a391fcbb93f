using System.Text;
using TradeStats.Sources;
using static TradeStats.Tests.Sources.SourcesTestSupport;

namespace TradeStats.Tests.Sources;

public class ComtradeReadersTest
{
    private static readonly (TradeFlow Flow, string Partner, decimal Value)[] Expected =
    [
        (TradeFlow.Imports, "AR", 6804128143m),
        (TradeFlow.Imports, "DE", 74251272075m),
        (TradeFlow.Exports, "AR", 6115764185m),
        (TradeFlow.Exports, "DE", 68047133397m),
    ];

    [Fact]
    public async Task Reads_the_real_API_response_with_its_four_values()
    {
        var read = await ToListAsync(new ComtradeJsonReader(TestData("comtrade", "api-v1-china-arg-deu-2010.json")).ReadAsync(TradeQuery.All));
        AssertFixture(read);
    }

    [Fact]
    public async Task Reads_the_CSV_download_of_the_same_records()
    {
        var read = await ToListAsync(new ComtradeCsvReader(TestData("comtrade", "comtrade-download.csv")).ReadAsync(TradeQuery.All));
        AssertFixture(read);
    }

    [Fact]
    public async Task Applies_the_query()
    {
        var query = TradeQuery.All with { Flows = [TradeFlow.Exports], Partners = [Territory.FromCode("DEU")] };
        var read = await ToListAsync(new ComtradeJsonReader(TestData("comtrade", "api-v1-china-arg-deu-2010.json")).ReadAsync(query));
        Assert.Equal(68047133397m, Assert.Single(read).Value.Amount);
    }

    [Fact]
    public async Task Maps_codes_partner_0_HS_codes_transport_and_estimates()
    {
        const string csv = """
            period,freqCode,reporterCode,partnerCode,partner2Code,flowCode,cmdCode,cmdDesc,aggrLevel,customsCode,motCode,qty,qtyUnitCode,qtyUnitAbbr,primaryValue,isReported
            202401,M,156,0,0,RX,8703,Motor cars,4,C00,1000,12938,5,u,1.5E6,false
            """;
        var read = await ToListAsync(Csv(csv).ReadAsync(TradeQuery.All));
        var o = Assert.Single(read);
        Assert.Equal(Territory.FromCode("CN"), o.Reporter);
        Assert.Equal(Territory.World, o.Partner);
        Assert.Equal(Period.Month(2024, 1), o.Period);
        Assert.Equal(TradeFlow.ReExports, o.Flow);
        Assert.Equal(Commodity.Hs("8703"), o.Commodity);
        Assert.Equal("Motor cars", o.Commodity!.Name);
        Assert.Equal(TransportMode.Air, o.TransportMode);
        Assert.Null(o.CustomsRegime);
        Assert.Equal(new Quantity(12938m, "u"), o.Quantity);
        Assert.Equal(Money.Usd(1500000m), o.Value);
        Assert.Equal(ObservationStatus.Estimated, o.Status);
    }

    public static TheoryData<string, string, long, RecordUnit, string?, string?> BadJson => new()
    {
        { "error response", """{"count":0,"data":[],"error":"Invalid subscription key"}""", 0, RecordUnit.Line, "error", "Invalid subscription key" },
        { "status response", """{"statusCode":401,"message":"Access denied"}""", 0, RecordUnit.Line, "data", "401 Access denied" },
        { "count mismatch", """{"count":3,"data":[],"error":""}""", 0, RecordUnit.Line, "count", "3" },
        { "second partner ISO and code disagree", Record("\"partner2Code\":842,\"partner2ISO\":\"FRA\""), 0, RecordUnit.Index, "partner2ISO", "FRA" },
        { "unknown second partner", Record("\"partner2Code\":999"), 0, RecordUnit.Index, "partner2Code", "999" },
        { "unsupported flow", Record("\"flowCode\":\"DX\""), 0, RecordUnit.Index, "flowCode", "DX" },
        { "negative value", Record("\"primaryValue\":-5.0"), 0, RecordUnit.Index, "primaryValue", "-5.0" },
        { "unknown partner", Record("\"partnerISO\":\"XXQ\",\"partnerCode\":999"), 0, RecordUnit.Index, "partnerCode", "999" },
        { "unknown partner ISO", Record("\"partnerISO\":\"XXQ\",\"partnerCode\":32"), 0, RecordUnit.Index, "partnerISO", "XXQ" },
        { "ISO and code disagree", Record("\"reporterISO\":\"CHL\",\"reporterCode\":156"), 0, RecordUnit.Index, "reporterISO", "CHL" },
        { "period against frequency", Record("\"period\":\"201001\""), 0, RecordUnit.Index, "period", "201001" },
        { "impossible period", Record("\"period\":\"2010-13\""), 0, RecordUnit.Index, "period", "2010-13" },
        { "customs procedure", Record("\"customsCode\":\"C01\""), 0, RecordUnit.Index, "customsCode", "C01" },
        { "non-numeric value", Record("\"primaryValue\":\"lots\""), 0, RecordUnit.Index, "primaryValue", "lots" },
        { "overflow", Record("\"primaryValue\":1e40"), 0, RecordUnit.Index, "primaryValue", "1e40" },
        { "malformed", """{"count":1,"data":[{"period": 2010,}]}""", 1, RecordUnit.Line, null, null },
    };

    [Theory]
    [MemberData(nameof(BadJson))]
    public async Task Bad_responses_give_an_exception_naming_record_field_and_value(string because, string json, long record, RecordUnit unit, string? field, string? value)
    {
        var reader = new ComtradeJsonReader(() => new MemoryStream(Encoding.UTF8.GetBytes(json)), "comtrade.json");
        var e = await Assert.ThrowsAsync<TradeDataFormatException>(() => ToListAsync(reader.ReadAsync(TradeQuery.All)));
        ObservationFormatsTest.AssertNames(e, because, "comtrade.json", record, unit, field, value);
    }

    [Fact]
    public async Task A_CSV_download_without_a_required_column_is_refused()
    {
        var e = await Assert.ThrowsAsync<TradeDataFormatException>(() => ToListAsync(Csv("period,reporterCode,partnerCode,flowCode,cmdCode\n2010,156,0,X,TOTAL\n").ReadAsync(TradeQuery.All)));
        ObservationFormatsTest.AssertNames(e, "missing primaryValue", "comtrade.csv", 1, RecordUnit.Line, "primaryValue", null);
    }

    [Fact]
    public async Task A_bad_CSV_value_names_its_line()
    {
        var csv = "period,reporterCode,partnerCode,flowCode,cmdCode,primaryValue\n2010,156,0,X,TOTAL,1\n2010,156,0,X,TOTAL,1.2.3\n";
        var e = await Assert.ThrowsAsync<TradeDataFormatException>(() => ToListAsync(Csv(csv).ReadAsync(TradeQuery.All)));
        ObservationFormatsTest.AssertNames(e, "bad number", "comtrade.csv", 3, RecordUnit.Line, "primaryValue", "1.2.3");
    }

    [Fact]
    public async Task A_JSON_record_with_partner2Code_842_reads_the_USA_as_second_partner_and_0_as_all()
    {
        var usa = await ToListAsync(new ComtradeJsonReader(() => new MemoryStream(Encoding.UTF8.GetBytes(Record("\"partner2Code\":842,\"partner2ISO\":\"USA\""))), "comtrade.json").ReadAsync(TradeQuery.All));
        Assert.Equal(Territory.FromCode("US"), Assert.Single(usa).SecondPartner);
        Assert.Contains("partner2 US", usa[0].ToString(), StringComparison.Ordinal);
        Assert.False(usa[0] with { Partner = Territory.World } is { IsGrandTotal: true });

        var all = await ToListAsync(new ComtradeJsonReader(() => new MemoryStream(Encoding.UTF8.GetBytes(Record("\"partner2Code\":0,\"partner2ISO\":\"W00\""))), "comtrade.json").ReadAsync(TradeQuery.All));
        Assert.Null(Assert.Single(all).SecondPartner);
    }

    [Fact]
    public async Task A_JSON_second_partner_ISO_against_its_number_names_both()
    {
        var reader = new ComtradeJsonReader(() => new MemoryStream(Encoding.UTF8.GetBytes(Record("\"partner2Code\":842,\"partner2ISO\":\"FRA\""))), "comtrade.json");
        var e = await Assert.ThrowsAsync<TradeDataFormatException>(() => ToListAsync(reader.ReadAsync(TradeQuery.All)));
        Assert.Contains("partner2ISO FRA", e.Message, StringComparison.Ordinal);
        Assert.Contains("partner2Code 842", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CSV_records_with_partner2Code_842_read_the_USA_as_second_partner_and_0_or_empty_as_all()
    {
        const string csv = """
            period,freqCode,reporterCode,partnerCode,partner2Code,partner2ISO,flowCode,cmdCode,primaryValue
            2022,A,156,4,842,USA,M,TOTAL,5
            2022,A,156,4,0,W00,M,TOTAL,7
            2022,A,156,4,,,M,TOTAL,7
            """;
        var read = await ToListAsync(Csv(csv).ReadAsync(TradeQuery.All));
        Assert.Equal([Territory.FromCode("US"), null, null], read.Select(o => o.SecondPartner));

        const string legacy = """
            Classification,Year,Period,Aggregate Level,Trade Flow Code,Trade Flow,Reporter Code,Reporter ISO,Partner Code,Partner ISO,2nd Partner Code,2nd Partner ISO,Commodity Code,Trade Value (US$)
            H5,2017,2017,0,1,Import,156,CHN,4,AFG,842,USA,TOTAL,30
            """;
        Assert.Equal(Territory.FromCode("US"), Assert.Single(await ToListAsync(Csv(legacy).ReadAsync(TradeQuery.All))).SecondPartner);

        var bad = csv.Replace("842,USA", "842,FRA", StringComparison.Ordinal);
        var e = await Assert.ThrowsAsync<TradeDataFormatException>(() => ToListAsync(Csv(bad).ReadAsync(TradeQuery.All)));
        Assert.Equal("partner2ISO", e.Field);
        Assert.Contains("partner2Code 842", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_query_filters_on_the_second_partner()
    {
        const string csv = "period,reporterCode,partnerCode,partner2Code,flowCode,cmdCode,primaryValue\n2022,156,4,842,M,TOTAL,5\n2022,156,4,0,M,TOTAL,7\n";
        var only = await ToListAsync(Csv(csv).ReadAsync(TradeQuery.All with { SecondPartner = BreakdownFilter.Only(Territory.FromCode("US")) }));
        Assert.Equal(5m, Assert.Single(only).Value.Amount);
        var total = await ToListAsync(Csv(csv).ReadAsync(TradeQuery.All with { SecondPartner = BreakdownFilter.TotalOnly<Territory>() }));
        Assert.Equal(7m, Assert.Single(total).Value.Amount);
    }

    private static ComtradeCsvReader Csv(string text) => new(() => new MemoryStream(Encoding.UTF8.GetBytes(text)), "comtrade.csv");

    private static string Record(string overrides)
    {
        var fields = new Dictionary<string, string>
        {
            ["typeCode"] = "\"C\"", ["freqCode"] = "\"A\"", ["period"] = "\"2010\"", ["reporterCode"] = "156", ["reporterISO"] = "\"CHN\"",
            ["flowCode"] = "\"M\"", ["partnerCode"] = "32", ["partnerISO"] = "\"ARG\"", ["partner2Code"] = "0", ["cmdCode"] = "\"TOTAL\"",
            ["aggrLevel"] = "0", ["customsCode"] = "\"C00\"", ["motCode"] = "0", ["qtyUnitCode"] = "-1", ["qty"] = "null",
            ["primaryValue"] = "6804128143.0", ["isReported"] = "true", ["isAggregate"] = "false",
        };
        foreach (var pair in overrides.Split(",\""))
        {
            var colon = pair.IndexOf(':', StringComparison.Ordinal);
            fields[pair[..colon].Trim('"')] = pair[(colon + 1)..];
        }

        return """{"count":1,"data":[{""" + string.Join(",", fields.Select(f => $"\"{f.Key}\":{f.Value}")) + """}],"error":""}""";
    }

    private static void AssertFixture(List<TradeObservation> read)
    {
        Assert.Equal(4, read.Count);
        for (var i = 0; i < 4; i++)
        {
            var o = read[i];
            Assert.Equal(Territory.FromCode("CN"), o.Reporter);
            Assert.Equal(Territory.FromCode(Expected[i].Partner), o.Partner);
            Assert.Equal(Period.Year(2010), o.Period);
            Assert.Equal(Expected[i].Flow, o.Flow);
            Assert.Equal(Money.Usd(Expected[i].Value), o.Value);
            Assert.Null(o.Commodity);
            Assert.Null(o.CustomsRegime);
            Assert.Null(o.TransportMode);
            Assert.Null(o.Quantity);
            Assert.Equal(ObservationStatus.Final, o.Status);
            Assert.Equal("UN Comtrade", o.Source!.Publisher);
        }
    }
}
