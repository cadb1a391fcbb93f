using System.Text;
using TradeStats.Sources;
using static TradeStats.Tests.Sources.SourcesTestSupport;

namespace TradeStats.Tests.Sources;

/// <summary>Comtrade's layouts, areas, statuses and refusals, on small records written in each layout's own spelling.</summary>
public class ComtradeShapesTest
{
    private const string PlusHeader = "typeCode,freqCode,period,reporterCode,reporterISO,flowCode,partnerCode,partnerISO,partner2Code,classificationCode,cmdCode,aggrLevel,qtyUnitCode,qtyUnitAbbr,qty,isQtyEstimated,netWgt,isNetWgtEstimated,cifvalue,fobvalue,primaryValue,legacyEstimationFlag,isReported,isAggregate";

    private const string LegacyHeader = "Classification,Year,Period,Aggregate Level,Trade Flow Code,Trade Flow,Reporter Code,Reporter ISO,Partner Code,Partner ISO,Commodity Code,Qty Unit Code,Qty Unit,Qty,Netweight (kg),Trade Value (US$),CIF Trade Value (US$),FOB Trade Value (US$),Flag";

    [Theory]
    [InlineData("490", "S19", "CT490", "Other Asia, nes")]
    [InlineData("899", "_X ", "CT899", "Areas, nes")]
    [InlineData("837", "X1 ", "CT837", "Bunkers")]
    [InlineData("473", "A79", "CT473", "LAIA, nes")]
    [InlineData("838", "", "CT838", "Free Zones")]
    [InlineData("839", "", "CT839", "Special Categories")]
    [InlineData("568", "E19", "CT568", "Other Europe, nes")]
    [InlineData("577", "F19", "CT577", "Other Africa, nes")]
    [InlineData("711", "", "CT711", "So. African Customs Union")]
    public async Task Comtrade_special_partners_are_named_areas(string code, string iso, string expectedCode, string name)
    {
        var o = Assert.Single(await ReadCsv(PlusHeader + $"\nC,A,2022,156,CHN,M,{code},{iso},0,H6,TOTAL,0,-1,N/A,0,false,0,false,5,,5,0,true,false\n"));

        Assert.Equal((expectedCode, name, TerritoryKind.Area), (o.Partner.Code, o.Partner.Name, o.Partner.Kind));
        Assert.Same(o.Partner, Territory.FromCode(expectedCode));
        Assert.Contains(o.Partner, Territory.Areas);
    }

    [Theory]
    [InlineData("842", "USA", "US")]
    [InlineData("251", "FRA", "FR")]
    [InlineData("757", "CHE", "CH")]
    [InlineData("699", "IND", "IN")]
    [InlineData("579", "NOR", "NO")]
    [InlineData("381", "ITA", "IT")]
    [InlineData("356", "IND", "IN")]
    public async Task Comtrade_country_numbers_that_differ_from_M49_read_as_the_country(string code, string iso, string expected)
    {
        var withIso = Assert.Single(await ReadCsv(PlusHeader + $"\nC,A,2022,{code},{iso},X,0,W00,0,H6,TOTAL,0,-1,N/A,0,false,,false,,5,5,0,true,false\n"));
        var numbersOnly = Assert.Single(await ReadCsv(PlusHeader.Replace("reporterISO,", string.Empty, StringComparison.Ordinal) + $"\nC,A,2022,{code},X,0,W00,0,H6,TOTAL,0,-1,N/A,0,false,,false,,5,5,0,true,false\n"));

        Assert.Equal(Territory.FromCode(expected), withIso.Reporter);
        Assert.Equal(Territory.FromCode(expected), numbersOnly.Reporter);
    }

    [Fact]
    public async Task The_EU_reports_as_an_area_and_Other_Asia_reports_too()
    {
        var read = await ReadCsv(PlusHeader.Replace("reporterISO,", string.Empty, StringComparison.Ordinal) + "\nC,A,2022,97,M,156,CHN,0,H6,TOTAL,0,-1,N/A,0,false,,false,7,,7,0,true,false\nC,A,2022,490,X,0,W00,0,H6,TOTAL,0,-1,N/A,0,false,,false,,8,8,0,true,false\n");

        Assert.Equal(("CT97", "European Union (as a Comtrade reporter)", TerritoryKind.Area), (read[0].Reporter.Code, read[0].Reporter.Name, read[0].Reporter.Kind));
        Assert.Equal("Other Asia, nes", read[1].Reporter.Name);
        Assert.Equal(TerritoryKind.Group, Territory.FromName("European Union").Kind); // the area does not take the group's name
    }

    [Fact]
    public void Area_codes_and_names_do_not_shadow_countries_or_groups()
    {
        Assert.NotEmpty(Territory.Areas);
        Assert.All(Territory.Areas, a => Assert.Same(a, Territory.FromName(a.Name)));
        Assert.All(Territory.Areas, a => Assert.Same(a, Territory.FromCode(a.Code)));
        Assert.Equal(Territory.FromCode("US"), Territory.FromCode("840"));
    }

    [Theory]
    [InlineData(false, true, ObservationStatus.Computed)]
    [InlineData(false, false, ObservationStatus.Estimated)]
    [InlineData(true, false, ObservationStatus.Final)]
    [InlineData(true, true, ObservationStatus.Final)]
    public async Task Status_follows_isReported_and_isAggregate(bool reported, bool aggregate, ObservationStatus expected)
    {
        var o = Assert.Single(await ReadCsv(PlusHeader + $"\nC,A,2022,156,CHN,M,4,AFG,0,H6,TOTAL,0,-1,N/A,0,false,,false,5,,5,0,{reported},{aggregate}\n"));
        Assert.Equal(expected, o.Status);
    }

    [Theory]
    [InlineData("0", false, false)]
    [InlineData("2", true, false)]
    [InlineData("4", false, true)]
    [InlineData("6", true, true)]
    public async Task The_legacy_flag_marks_the_quantity_and_the_net_weight(string flag, bool quantity, bool netWeight)
    {
        var o = Assert.Single(await ReadCsv(LegacyHeader + $"\nH5,2017,2017,6,1,Import,12,DZA,0,WLD,871200,5,Number of items,10,20,30,,,{flag}\n"));

        Assert.Equal(new Quantity(10m, "u") { IsEstimated = quantity }, o.Quantity);
        Assert.Equal(new Quantity(20m, "kg") { IsEstimated = netWeight }, o.NetWeight);
        Assert.Equal(ObservationStatus.Final, o.Status);
    }

    [Fact]
    public async Task Legacy_BE_is_BEC_and_SITC_codes_keep_their_length()
    {
        var read = await ReadCsv(LegacyHeader + "\nBE,2015,2015,2,1,Import,4,AFG,0,WLD,11,-1,N/A,,,30,,,0\nS3,2015,2015,1,1,Import,4,AFG,0,WLD,5,-1,N/A,,,40,,,0\n");

        Assert.Equal(Commodity.Create("11", CommodityClassification.FromCode("BEC")), read[0].Commodity);
        Assert.Equal(Commodity.Create("5", CommodityClassification.FromCode("S3")), read[1].Commodity); // SITC section 5 is not padded
    }

    [Fact]
    public async Task Alternative_quantity_and_gross_weight_are_kept_with_their_own_flags()
    {
        const string csv = "period,reporterCode,partnerCode,flowCode,classificationCode,cmdCode,qtyUnitCode,qtyUnitAbbr,qty,isQtyEstimated,altQtyUnitCode,altQtyUnitAbbr,altQty,isAltQtyEstimated,netWgt,grossWgt,isGrossWgtEstimated,primaryValue\n"
            + "2022,156,4,M,H6,870380,5,u,12,false,7,l,3.5,true,900,950.5,true,1E6\n";
        var o = Assert.Single(await ReadCsv(csv));

        Assert.Equal(new Quantity(12m, "u"), o.Quantity);
        Assert.Equal(new Quantity(3.5m, "l") { IsEstimated = true }, o.AlternativeQuantity);
        Assert.Equal(new Quantity(900m, "kg"), o.NetWeight);
        Assert.Equal(new Quantity(950.5m, "kg") { IsEstimated = true }, o.GrossWeight);
        Assert.Equal(1000000m, o.Value.Amount);
    }

    [Fact]
    public async Task A_semicolon_file_and_a_Latin1_download_read()
    {
        var text = PlusHeader.Replace(',', ';') + ",reporterDesc,partnerDesc".Replace(',', ';') + "\nC;A;2022;156;CHN;M;384;CIV;0;H6;TOTAL;0;-1;N/A;0;false;;false;5;;5;0;true;false;China;C\u00f4te d'Ivoire\n";
        var bytes = Encoding.Latin1.GetBytes(text);

        var o = Assert.Single(await ToListAsync(new ComtradeCsvReader(() => new MemoryStream(bytes), "latin1.csv", new ReadOptions { Encoding = Encoding.Latin1 }).ReadAsync(TradeQuery.All)));
        Assert.Equal(Territory.FromCode("CI"), o.Partner);

        var e = await Assert.ThrowsAsync<TradeDataFormatException>(() => ToListAsync(new ComtradeCsvReader(() => new MemoryStream(bytes), "latin1.csv").ReadAsync(TradeQuery.All)));
        Assert.Equal("partnerDesc", e.Field);
    }

    public static TheoryData<string, string, string, long, string?, string?> BadCsv => new()
    {
        { "ISO and number disagree", PlusHeader, "C,A,2022,156,CHL,M,4,AFG,0,H6,TOTAL,0,-1,N/A,0,false,,false,5,,5,0,true,false", 2, "reporterISO", "CHL" },
        { "partner ISO and number disagree", PlusHeader, "C,A,2022,156,CHN,M,4,S19,0,H6,TOTAL,0,-1,N/A,0,false,,false,5,,5,0,true,false", 2, "partnerISO", "S19" },
        { "unknown number", PlusHeader, "C,A,2022,156,CHN,M,999,,0,H6,TOTAL,0,-1,N/A,0,false,,false,5,,5,0,true,false", 2, "partnerCode", "999" },
        { "unknown flow", PlusHeader, "C,A,2022,156,CHN,DX,4,AFG,0,H6,TOTAL,0,-1,N/A,0,false,,false,5,,5,0,true,false", 2, "flowCode", "DX" },
        { "unknown second partner", PlusHeader, "C,A,2022,156,CHN,M,4,AFG,999,H6,TOTAL,0,-1,N/A,0,false,,false,5,,5,0,true,false", 2, "partner2Code", "999" },
        { "missing primary value", PlusHeader, "C,A,2022,156,CHN,M,4,AFG,0,H6,TOTAL,0,-1,N/A,0,false,,false,5,,,0,true,false", 2, "primaryValue", null },
        { "HS chapter without its zero in a layout that keeps zeros", PlusHeader, "C,A,2022,156,CHN,M,4,AFG,0,H6,1,2,-1,N/A,0,false,,false,5,,5,0,true,false", 2, "cmdCode", "1" },
        { "aggregate level against the code", PlusHeader, "C,A,2022,156,CHN,M,4,AFG,0,H6,0101,6,-1,N/A,0,false,,false,5,,5,0,true,false", 2, "aggrLevel", "6" },
        { "unknown classification", PlusHeader, "C,A,2022,156,CHN,M,4,AFG,0,H9,0101,4,-1,N/A,0,false,,false,5,,5,0,true,false", 2, "classificationCode", "H9" },
        { "estimation flag against isNetWgtEstimated", PlusHeader, "C,A,2022,156,CHN,M,4,AFG,0,H6,0101,4,-1,N/A,0,false,10,false,5,,5,4,true,false", 2, "isNetWgtEstimated", "false" },
        { "unknown estimation flag", PlusHeader, "C,A,2022,156,CHN,M,4,AFG,0,H6,0101,4,-1,N/A,0,false,10,false,5,,5,3,true,false", 2, "legacyEstimationFlag", "3" },
        { "quantity without a unit", PlusHeader, "C,A,2022,156,CHN,M,4,AFG,0,H6,0101,4,-1,N/A,7,false,,false,5,,5,0,true,false", 2, "qty", "7" },
        { "unit text against unit code", PlusHeader, "C,A,2022,156,CHN,M,4,AFG,0,H6,0101,4,8,u,7,false,,false,5,,5,0,true,false", 2, "qtyUnitAbbr", "u" },
        { "services", PlusHeader, "S,A,2022,156,CHN,M,4,AFG,0,H6,TOTAL,0,-1,N/A,0,false,,false,5,,5,0,true,false", 2, "typeCode", "S" },
        { "legacy flow 0 without text", LegacyHeader, "H5,2017,2017,6,0,,12,DZA,0,WLD,871200,5,u,10,20,30,,,0", 2, "Trade Flow Code", "0" },
        { "legacy flow number against text", LegacyHeader, "H5,2017,2017,6,1,Export,12,DZA,0,WLD,871200,5,u,10,20,30,,,0", 2, "Trade Flow", "Export" },
        { "legacy unknown flow number", LegacyHeader, "H5,2017,2017,6,5,,12,DZA,0,WLD,871200,5,u,10,20,30,,,0", 2, "Trade Flow Code", "5" },
        { "legacy year against period", LegacyHeader, "H5,2016,2017,6,1,Import,12,DZA,0,WLD,871200,5,u,10,20,30,,,0", 2, "Year", "2016" },
        { "legacy value missing", LegacyHeader, "H5,2017,2017,6,1,Import,12,DZA,0,WLD,871200,5,u,10,20,,,,0", 2, "Trade Value (US$)", null },
        { "SITC code of a length SITC does not have", LegacyHeader, "S2,2015,2015,6,1,Import,4,AFG,0,WLD,123456,5,u,10,20,30,,,0", 2, "Commodity Code", "123456" },
        { "a field short", PlusHeader, "C,A,2022,156,CHN,M,4,AFG,0,H6,TOTAL,0,-1,N/A,0,false,,false,5,,5,0,true", 2, null, null },
        { "two extra fields", PlusHeader, "C,A,2022,156,CHN,M,4,AFG,0,H6,TOTAL,0,-1,N/A,0,false,,false,5,,5,0,true,false,,", 2, null, null },
        { "an extra field that is not empty", PlusHeader, "C,A,2022,156,CHN,M,4,AFG,0,H6,TOTAL,0,-1,N/A,0,false,,false,5,,5,0,true,false,x", 2, null, null },
    };

    [Theory]
    [MemberData(nameof(BadCsv))]
    public async Task Bad_records_are_refused_naming_line_field_and_value(string because, string header, string row, long line, string? field, string? value)
    {
        var e = await Assert.ThrowsAsync<TradeDataFormatException>(() => ReadCsv(header + "\n" + row + "\n"));

        Assert.True((e.Record, e.Field, e.Value) == (line, field, value), $"{because}: got {e.Message}");
        Assert.Equal("comtrade.csv", e.SourceName);
    }

    [Fact]
    public async Task The_chosen_value_never_falls_back_to_another()
    {
        const string row = "C,A,2022,156,CHN,X,4,AFG,0,H6,TOTAL,0,-1,N/A,0,false,,false,,9,9,0,true,false\n";
        var bytes = Encoding.UTF8.GetBytes(PlusHeader + "\n" + row);

        var e = await Assert.ThrowsAsync<TradeDataFormatException>(() => ToListAsync(new ComtradeCsvReader(() => new MemoryStream(bytes), "c.csv", value: ComtradeValue.Cif).ReadAsync(TradeQuery.All)));
        Assert.Equal(("cifvalue", null), (e.Field, e.Value));
        var fob = Assert.Single(await ToListAsync(new ComtradeCsvReader(() => new MemoryStream(bytes), "c.csv", value: ComtradeValue.Fob).ReadAsync(TradeQuery.All)));
        Assert.Equal(9m, fob.Value.Amount);
    }

    [Theory]
    [InlineData("period,reporterCode,partnerCode,flowCode,cmdCode,primaryValue,mystery\n2022,156,0,X,TOTAL,1,a\n", "mystery")]
    [InlineData("period,reporterCode,partnerCode,flowCode,cmdCode,Trade Value (US$)\n2022,156,0,X,TOTAL,1\n", "Trade Value (US$)")]
    [InlineData("period,reporterCode,partnerCode,flowCode,cmdCode\n2022,156,0,X,TOTAL\n", "primaryValue")]
    public async Task Bad_headers_are_refused_naming_the_column(string csv, string column)
    {
        var e = await Assert.ThrowsAsync<TradeDataFormatException>(() => ReadCsv(csv));
        Assert.Equal((1L, column), (e.Record, e.Field));
    }

    [Fact]
    public async Task A_header_that_ends_with_a_delimiter_does_not_accept_a_further_field()
    {
        // The header's own trailing comma names an empty column: rows then have the same count, and one more is refused.
        var ok = await ReadCsv("period,reporterCode,partnerCode,flowCode,cmdCode,primaryValue,\n2022,156,0,X,TOTAL,1,\n");
        Assert.Single(ok);
    }

    [Fact]
    public async Task Legacy_JSON_with_an_error_status_is_refused()
    {
        const string json = """{"validation":{"status":{"name":"Invalid","value":-1}},"dataset":[]}""";
        var e = await Assert.ThrowsAsync<TradeDataFormatException>(() => ToListAsync(new ComtradeJsonReader(() => new MemoryStream(Encoding.UTF8.GetBytes(json)), "legacy.json").ReadAsync(TradeQuery.All)));
        Assert.Equal("validation.status", e.Field);
    }

    [Fact]
    public async Task An_unknown_JSON_member_is_refused()
    {
        const string json = """{"count":1,"data":[{"period":"2022","reporterCode":156,"partnerCode":0,"flowCode":"X","cmdCode":"TOTAL","primaryValue":1,"surprise":2}]}""";
        var e = await Assert.ThrowsAsync<TradeDataFormatException>(() => ToListAsync(new ComtradeJsonReader(() => new MemoryStream(Encoding.UTF8.GetBytes(json)), "c.json").ReadAsync(TradeQuery.All)));
        Assert.Equal(("surprise", "2"), (e.Field, e.Value));
    }

    private static Task<List<TradeObservation>> ReadCsv(string text) =>
        ToListAsync(new ComtradeCsvReader(() => new MemoryStream(Encoding.UTF8.GetBytes(text)), "comtrade.csv").ReadAsync(TradeQuery.All));
}
