using System.Text;
using TradeStats.Columnar;

namespace TradeStats.Tests.Columnar;

/// <summary>The columnar CSV loader on the whole format contract and on bad input.</summary>
public sealed class TradeCsvLoaderTest
{
    private const string Header = "reporter,partner,period,flow,commodity,value,currency\n";

    [Fact]
    public void Load_ExampleOfTheFormat()
    {
        var store = ColumnarGenerators.Load(Header + "CN,NP,2019-05,X,8703,1234567,USD\n");
        var o = Assert.Single(store.ToObservations());
        Assert.Equal(
            new TradeObservation(Territory.FromCode("CN"), Territory.FromCode("NP"), Period.Month(2019, 5), TradeFlow.Exports, Money.Usd(1234567m)) { Commodity = Commodity.Hs("8703") },
            o);
    }

    [Fact]
    public void Load_OptionalColumnsInAnyOrderQuotedWithLineBreaks()
    {
        var csv = "source_title,value,currency,status,flow,period,partner,reporter,quantity_unit,quantity,source_publisher,source_date,enterprise_type,commodity\r\n" +
                  "\"Xizang, \"\"trade\"\"\nreport\",12670000000,CNY,Preliminary,Total,2024,WLD,CN-XZ,vehicles,12938,Xinhua,2025-02-17,,New energy vehicles\r\n" +
                  ",1.5,USD,,balance,2024-01/2024-10,NPL,CN,,,,,Private,\r\n";
        var rows = ColumnarGenerators.Load(csv).ToObservations().ToArray();
        Assert.Equal(2, rows.Length);
        Assert.Equal(
            new TradeObservation(Territory.FromCode("CN-XZ"), Territory.World, Period.Year(2024), TradeFlow.Total, Money.Cny(12670000000m))
            {
                Status = ObservationStatus.Preliminary,
                Quantity = new Quantity(12938m, "vehicles"),
                Source = new SourceReference("Xinhua", new DateOnly(2025, 2, 17), "Xizang, \"trade\"\nreport"),
                Commodity = Commodity.Named("New energy vehicles"),
            },
            rows[0]);
        Assert.Equal(TradeFlow.Balance, rows[1].Flow);
        Assert.Equal(Period.YearToDate(2024, 10), rows[1].Period);
        Assert.Equal(EnterpriseType.Private, rows[1].EnterpriseType);
        Assert.Null(rows[1].Commodity);
        Assert.Equal(Money.Usd(1.5m), rows[1].Value);
    }

    [Fact]
    public void Load_ByteOrderMarkAndBlankLines()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Header + "\nCN,NP,2019-05,M,,-0,USD\n\n")).ToArray();
        var store = TradeCsvLoader.Load(new MemoryStream(bytes), "bom.csv");
        Assert.Equal(1, store.Count);
    }

    [Fact]
    public void Load_LargeFileWithQuotesAcrossBufferBoundaries_ReadsEveryRow()
    {
        var rows = TradeColumnsTest.Rows(60_000, seed: 7);
        rows[30_000] = rows[30_000] with { Source = new SourceReference("Customs, \"GACC\"", Title: "line one\nline two") };
        var columns = new[] { "reporter", "partner", "period", "flow", "commodity", "value", "currency", "source_publisher", "source_title" };
        var csv = ColumnarGenerators.ToCsv(rows, columns, quoteAll: true);
        Assert.True(csv.Length > 3 << 20);
        Assert.Equal(rows, ColumnarGenerators.Load(csv).ToObservations());
    }

    [Theory]
    [InlineData("CN,NP,2019-05,X,8703,12x4,USD", 2, "value", "12x4")]
    [InlineData("CN,NP,2019-05,X,8703,1e5,USD", 2, "value", "1e5")]
    [InlineData("CN,NP,2019-05,X,8703,\"1,234\",USD", 2, "value", "1,234")]
    [InlineData("CN,XX,2019-05,X,8703,1,USD", 2, "partner", "XX")]
    [InlineData("CA5,NP,2019-05,X,8703,1,USD", 2, "reporter", "CA5")]
    [InlineData("CN,NP,2019-13,X,8703,1,USD", 2, "period", "2019-13")]
    [InlineData("CN,NP,2019-05,Q,8703,1,USD", 2, "flow", "Q")]
    [InlineData("CN,NP,2019-05,X,8703,1,QQQ", 2, "currency", "QQQ")]
    [InlineData("CN,NP,2019-05,X,8703,-5,USD", 2, "value", "-5")]
    [InlineData("CN,NP,2019-05,X,8703,99999999999999999999,USD", 2, "value", "99999999999999999999")]
    public void Load_BadValue_ThrowsNamingLineFieldAndValue(string line, long lineNumber, string field, string value)
    {
        var e = Assert.Throws<TradeCsvException>(() => ColumnarGenerators.Load(Header + line + "\n"));
        Assert.Equal(lineNumber, e.Line);
        Assert.Equal(field, e.Field);
        Assert.Equal(value, e.Value);
        Assert.Contains("test.csv, line 2", e.Message, StringComparison.Ordinal);
        Assert.Contains($"'{value}'", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("reporter,partner,period,flow,value,currency,colour\n", "colour")]
    [InlineData("reporter,partner,period,flow,value,value,currency\n", "value")]
    public void Load_BadHeader_ThrowsNamingTheColumn(string header, string column)
    {
        var e = Assert.Throws<TradeCsvException>(() => ColumnarGenerators.Load(header + "CN,NP,2019-05,X,1,1,USD\n"));
        Assert.Equal(1, e.Line);
        Assert.Equal(column, e.Value);
    }

    [Fact]
    public void Load_MissingRequiredColumn_ThrowsNamingIt()
    {
        var e = Assert.Throws<TradeCsvException>(() => ColumnarGenerators.Load("reporter,partner,period,flow,value\nCN,NP,2019-05,X,1\n"));
        Assert.Equal("currency", e.Field);
    }

    [Fact]
    public void Load_WrongFieldCount_ThrowsWithLine()
    {
        var e = Assert.Throws<TradeCsvException>(() => ColumnarGenerators.Load(Header + "CN,NP,2019-05,X,8703,1,USD\nCN,NP,2019-05,X,8703,1\n"));
        Assert.Equal(3, e.Line);
        Assert.Contains("Expected 7 fields", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnclosedQuote_Throws()
    {
        var e = Assert.Throws<TradeCsvException>(() => ColumnarGenerators.Load(Header + "CN,NP,2019-05,X,\"8703,1,USD\n"));
        Assert.Contains("not closed", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BadEnumOrQuantity_ThrowsNamingTheField()
    {
        var header = "reporter,partner,period,flow,value,currency,transport_mode,quantity,quantity_unit\n";
        Assert.Equal("transport_mode", Assert.Throws<TradeCsvException>(() => ColumnarGenerators.Load(header + "CN,NP,2019,X,1,USD,1,,\n")).Field);
        Assert.Equal("quantity_unit", Assert.Throws<TradeCsvException>(() => ColumnarGenerators.Load(header + "CN,NP,2019,X,1,USD,,5,\n")).Field);
    }

    [Fact]
    public void Load_HeaderOnly_Throws() =>
        Assert.Throws<TradeCsvException>(() => ColumnarGenerators.Load(Header));

    [Fact]
    public void Load_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => TradeCsvLoader.Load((string)null!));
        Assert.Throws<ArgumentNullException>(() => TradeCsvLoader.Load(null!, "x"));
    }

    [Theory]
    [InlineData("reporter", "C\xffN,NP,2019-05,X,1,USD\n")]
    [InlineData("source_title", "CN,NP,2019-05,X,1,USD,Caf\xe9 report\n")]
    public void Invalid_UTF8_is_an_error_naming_the_line_and_column(string column, string row)
    {
        var header = "reporter,partner,period,flow,value,currency" + (column == "source_title" ? ",source_title" : string.Empty) + "\n";
        byte[] bytes = [.. System.Text.Encoding.UTF8.GetBytes(header), .. row.Select(c => (byte)c)];
        var e = Assert.Throws<TradeCsvException>(() => TradeCsvLoader.Load(new MemoryStream(bytes), "latin1.csv"));
        Assert.Contains("line 2", e.Message, StringComparison.Ordinal);
        Assert.Contains(column, e.Message, StringComparison.Ordinal);
        Assert.Contains("not valid UTF-8", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void More_periods_than_the_store_holds_is_an_error_naming_the_line_and_field()
    {
        var csv = new System.Text.StringBuilder("reporter,partner,period,flow,value,currency\n");
        for (var m = 0; m <= 8192; m++)
        {
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"CN,NP,{1000 + (m / 12)}-{(m % 12) + 1:D2},X,1,USD\n");
        }

        var e = Assert.Throws<TradeCsvException>(() => ColumnarGenerators.Load(csv.ToString()));
        Assert.Contains("line 8194", e.Message, StringComparison.Ordinal);
        Assert.Contains("period", e.Message, StringComparison.Ordinal);
        Assert.Contains("at most 8192", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stray_carriage_return_in_a_commodity_is_refused_not_read_as_a_group_name()
    {
        var e = Assert.Throws<TradeCsvException>(() => ColumnarGenerators.Load("reporter,partner,period,flow,commodity,value,currency\nCN,NP,2024,X,\"8703\r80\",1,USD\n"));
        Assert.Contains("control character", e.Message, StringComparison.Ordinal);
    }
}
