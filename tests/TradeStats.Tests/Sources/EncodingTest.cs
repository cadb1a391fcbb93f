using System.Text;
using TradeStats.Sources;
using static TradeStats.Tests.Sources.SourcesTestSupport;

namespace TradeStats.Tests.Sources;

/// <summary>A UTF-8 byte-order mark is accepted by every reader; UTF-16 and UTF-32 are refused by name, CSV and JSON alike.</summary>
public class EncodingTest
{
    public static TheoryData<string, string> Files => new()
    {
        { "csv", "sample/trade.csv" },
        { "json", "sample/trade.json" },
        { "comtrade-json", "comtrade/api-v1-china-arg-deu-2010.json" },
        { "comtrade-csv", "comtrade/comtrade-download.csv" },
    };

    private static ITradeDataSource Open(string kind, byte[] bytes) => kind switch
    {
        "csv" => new ObservationCsvFile(() => new MemoryStream(bytes), "in." + kind),
        "json" => new ObservationJsonFile(() => new MemoryStream(bytes), "in." + kind),
        "comtrade-json" => new ComtradeJsonReader(() => new MemoryStream(bytes), "in." + kind),
        _ => new ComtradeCsvReader(() => new MemoryStream(bytes), "in." + kind),
    };

    [Theory]
    [MemberData(nameof(Files))]
    public async Task A_UTF8_byte_order_mark_is_accepted(string kind, string file)
    {
        var bytes = File.ReadAllBytes(TestData([.. file.Split('/')]));
        var plain = await ToListAsync(Open(kind, bytes).ReadAsync(TradeQuery.All));
        var withBom = await ToListAsync(Open(kind, [0xEF, 0xBB, 0xBF, .. bytes]).ReadAsync(TradeQuery.All));
        Assert.NotEmpty(plain);
        Assert.Equal(plain, withBom);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task UTF16_is_refused_naming_the_encoding(string kind, string file)
    {
        var text = File.ReadAllText(TestData([.. file.Split('/')]));
        var utf16 = new UnicodeEncoding(bigEndian: false, byteOrderMark: true);
        byte[] bytes = [.. utf16.GetPreamble(), .. utf16.GetBytes(text)];
        var e = await Assert.ThrowsAsync<TradeDataFormatException>(() => ToListAsync(Open(kind, bytes).ReadAsync(TradeQuery.All)));
        Assert.Contains("UTF-16 (little-endian)", e.Message, StringComparison.Ordinal);
    }
}
