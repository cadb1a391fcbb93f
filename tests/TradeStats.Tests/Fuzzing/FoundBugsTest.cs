using System.Text;
using TradeStats.Sources;

namespace TradeStats.Tests.Fuzzing;

/// <summary>Each bug the fuzzing found, pinned down by a plain example.</summary>
public class FoundBugsTest
{
    private const string JsonHead = "{\"format\":\"tradestats-observations\",\"version\":1,\"observations\":[";

    private static byte[] Bytes(params object[] parts) =>
        [.. parts.SelectMany(p => p is string s ? Encoding.UTF8.GetBytes(s) : (byte[])p)];

    private static ReadOutcome Read(Func<Func<Stream>, ReadOptions, IAsyncEnumerable<TradeObservation>> reader, byte[] bytes, ErrorMode mode = ErrorMode.StopAtFirstError) =>
        FuzzHarness.Drain(() => reader(() => new MemoryStream(bytes), new ReadOptions { ErrorMode = mode }));

    private static IAsyncEnumerable<TradeObservation> Json(Func<Stream> open, ReadOptions options) =>
        new ObservationJsonFile(open, "bad.json", options).ReadAsync(TradeQuery.All);

    private static IAsyncEnumerable<TradeObservation> Comtrade(Func<Stream> open, ReadOptions options) =>
        new ComtradeJsonReader(open, "comtrade.json", options).ReadAsync(TradeQuery.All);

    [Fact]
    public void Invalid_UTF8_in_a_JSON_string_is_a_format_error_naming_the_record_and_field()
    {
        var bytes = Bytes(JsonHead, "{\"reporter\":\"C", new byte[] { 0xFF }, "N\",\"partner\":\"NP\",\"period\":\"2024\",\"flow\":\"Exports\",\"value\":{\"amount\":1,\"currency\":\"USD\"}}]}");

        var e = Assert.IsType<TradeDataFormatException>(Read(Json, bytes).Error);

        Assert.Equal((0L, RecordUnit.Index, "reporter"), (e.Record, e.RecordUnit, e.Field));
        var all = Assert.IsType<TradeDataValidationException>(Read(Json, bytes, ErrorMode.CollectAll).Error);
        Assert.Equal(e.Message, Assert.Single(all.Report.Errors).Message);
    }

    [Fact]
    public void An_unpaired_surrogate_escape_in_a_JSON_member_name_is_a_format_error()
    {
        var bytes = Bytes(JsonHead, "{\"\\ud800\":\"CN\"}]}");

        var e = Assert.IsType<TradeDataFormatException>(Read(Json, bytes).Error);

        Assert.Equal((0L, RecordUnit.Index), (e.Record, e.RecordUnit));
    }

    [Fact]
    public void Invalid_UTF8_in_a_root_member_name_is_a_format_error_about_the_document()
    {
        var bytes = Bytes("{\"", new byte[] { 0xC0, 0x80 }, "\":1,\"data\":[]}");

        var e = Assert.IsType<TradeDataFormatException>(Read(Comtrade, bytes).Error);

        Assert.Equal("the document", e.Location);
        Assert.IsType<TradeDataValidationException>(Read(Comtrade, bytes, ErrorMode.CollectAll).Error);
    }

    [Fact]
    public void Invalid_UTF8_in_a_Comtrade_record_is_a_format_error_naming_the_field()
    {
        var bytes = Bytes("{\"count\":1,\"data\":[{\"period\":\"2010\",\"reporterISO\":\"", new byte[] { 0xED, 0xA0, 0x80 }, "\"}],\"error\":\"\"}");

        var e = Assert.IsType<TradeDataFormatException>(Read(Comtrade, bytes).Error);

        Assert.Equal((0L, "reporterISO"), (e.Record, e.Field));
    }

    [Fact]
    public async Task A_quantity_of_minus_zero_reads_as_zero_in_every_reader()
    {
        var csv = Encoding.UTF8.GetBytes("reporter,partner,period,flow,value,currency,quantity,quantity_unit\nCN,NP,2024,X,1,USD,-0,kg\n");
        var json = Bytes(JsonHead, "{\"reporter\":\"CN\",\"partner\":\"NP\",\"period\":\"2024\",\"flow\":\"Exports\",\"value\":{\"amount\":1,\"currency\":\"USD\"},\"quantity\":{\"value\":-0,\"unit\":\"kg\"}}]}");
        var comtrade = Encoding.UTF8.GetBytes("period,reporterISO,partnerISO,flowCode,cmdCode,primaryValue,qty,qtyUnitCode,qtyUnitAbbr\n2010,CHN,ARG,X,TOTAL,5,-0,8,kg\n");

        var fromCsv = Assert.Single(await TradeStats.Tests.Sources.SourcesTestSupport.ToListAsync(new ObservationCsvFile(() => new MemoryStream(csv), "q.csv").ReadAsync(TradeQuery.All)));
        var fromJson = Assert.Single(await TradeStats.Tests.Sources.SourcesTestSupport.ToListAsync(new ObservationJsonFile(() => new MemoryStream(json), "q.json").ReadAsync(TradeQuery.All)));
        var fromComtrade = Assert.Single(await TradeStats.Tests.Sources.SourcesTestSupport.ToListAsync(new ComtradeCsvReader(() => new MemoryStream(comtrade), "q.csv").ReadAsync(TradeQuery.All)));
        var store = TradeStats.Columnar.TradeCsvLoader.Load(new MemoryStream(csv), "q.csv");

        Assert.Equal(new Quantity(0m, "kg"), fromCsv.Quantity);
        Assert.Equal(new Quantity(0m, "kg"), fromJson.Quantity);
        Assert.Equal(new Quantity(0m, "kg"), fromComtrade.Quantity);
        Assert.Equal(1, store.Count);
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("\t")]
    public async Task A_blank_Comtrade_unit_abbreviation_falls_back_to_the_unit_code(string abbreviation)
    {
        var csv = Encoding.UTF8.GetBytes($"period,reporterISO,partnerISO,flowCode,cmdCode,primaryValue,qty,qtyUnitCode,qtyUnitAbbr\n2010,CHN,ARG,X,TOTAL,5,12,8,{abbreviation}\n");
        var json = Encoding.UTF8.GetBytes($"{{\"count\":1,\"data\":[{{\"period\":\"2010\",\"reporterISO\":\"CHN\",\"partnerISO\":\"ARG\",\"flowCode\":\"X\",\"cmdCode\":\"TOTAL\",\"primaryValue\":5,\"qty\":12,\"qtyUnitCode\":8,\"qtyUnitAbbr\":\"{abbreviation.Replace("\t", "\\t", StringComparison.Ordinal)}\"}}],\"error\":\"\"}}");

        var fromCsv = Assert.Single(await TradeStats.Tests.Sources.SourcesTestSupport.ToListAsync(new ComtradeCsvReader(() => new MemoryStream(csv), "c.csv").ReadAsync(TradeQuery.All)));
        var fromJson = Assert.Single(await TradeStats.Tests.Sources.SourcesTestSupport.ToListAsync(new ComtradeJsonReader(() => new MemoryStream(json), "c.json").ReadAsync(TradeQuery.All)));

        Assert.Equal(new Quantity(12m, "kg"), fromCsv.Quantity); // unit 8 is the kilogram
        Assert.Equal(new Quantity(12m, "kg"), fromJson.Quantity);
    }

    [Fact]
    public void The_columnar_loader_reads_a_blank_commodity_as_all_goods()
    {
        var csv = Encoding.UTF8.GetBytes("reporter,partner,period,flow,commodity,value,currency\nCN,NP,2024,X, ,1,USD\nCN,NP,2024,X,\t,2,USD\n");

        var store = TradeStats.Columnar.TradeCsvLoader.Load(new MemoryStream(csv), "blank.csv");

        Assert.Equal(2, store.Count);
        Assert.All(Enumerable.Range(0, store.Count), i => Assert.Null(store.GetObservation(i).Commodity));
    }

    [Fact]
    public void The_columnar_loader_refuses_a_blank_quantity_unit_naming_the_line()
    {
        var csv = Encoding.UTF8.GetBytes("reporter,partner,period,flow,value,currency,quantity,quantity_unit\nCN,NP,2024,X,1,USD,12, \n");

        var e = Assert.Throws<TradeStats.Columnar.TradeCsvException>(() => TradeStats.Columnar.TradeCsvLoader.Load(new MemoryStream(csv), "unit.csv"));

        Assert.Equal((2L, "quantity_unit"), (e.Line, e.Field));
    }

    [Theory]
    [InlineData("52.579228162514264337593543950 percent")]
    [InlineData("0.0000000000000000000000000001%")]
    [InlineData("1.000000000000000000000000001%")]
    public void A_percentage_with_more_decimals_than_a_fraction_can_hold_is_a_FormatException_quoting_it(string text)
    {
        var e = Assert.Throws<FormatException>(() => TradeStats.Text.NumberText.ParsePercent(text, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Contains(text, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_percentage_with_25_decimals_keeps_its_resolution_and_one_with_26_is_refused()
    {
        var p = TradeStats.Text.NumberText.ParsePercent("1.0000000000000000000000001%", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(1e-27m, p.Resolution);
        Assert.True(p.Interval.Contains(p.Value));

        // Its resolution would be 1e-28, whose half decimal cannot hold: the interval would be empty.
        Assert.Throws<FormatException>(() => TradeStats.Text.NumberText.ParsePercent("1.00000000000000000000000001%", System.Globalization.CultureInfo.InvariantCulture));
    }
}
