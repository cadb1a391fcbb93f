using System.Text;
using TradeStats.Analysis;
using TradeStats.Columnar;
using TradeStats.Sources;
using TradeStats.Tests.Sources;

namespace TradeStats.Tests.Fuzzing;

/// <summary>
/// Sums of files whose values sit near the limits of decimal (TradeSeries) and of the columnar store's 64-bit scaled
/// integers (TradeColumns): beyond the range they throw an OverflowException naming the group; up to it they are exact.
/// </summary>
public class ArithmeticEdgesTest
{
    private const string Header = "reporter,partner,period,flow,value,currency\n";

    private static byte[] Csv(params string[] rows) => Encoding.UTF8.GetBytes(Header + string.Concat(rows.Select(r => r + ",USD\n")));

    private static async Task<List<TradeObservation>> ReadAsync(byte[] csv) =>
        await SourcesTestSupport.ToListAsync(new ObservationCsvFile(() => new MemoryStream(csv), "edge.csv").ReadAsync(TradeQuery.All));

    [Fact]
    public async Task TradeSeries_GroupBy_of_a_file_beyond_decimal_range_names_the_group()
    {
        var half = "50000000000000000000000000000"; // decimal.MaxValue is about 7.9e28
        var observations = await ReadAsync(Csv($"CN,NP,2024,X,{half}", $"CN,NP,2023,X,{half}", "CN,DE,2024,X,1"));

        var e = Assert.Throws<OverflowException>(() => TradeSeries.From(observations).GroupBy(TradeDimension.Partner));

        Assert.Contains("NP", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("DE", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TradeSeries_GroupBy_of_negative_balances_beyond_decimal_range_names_the_group()
    {
        var observations = await ReadAsync(Csv("CN,KZ,2024,B,-50000000000000000000000000000", "CN,KZ,2023,B,-50000000000000000000000000000"));

        var e = Assert.Throws<OverflowException>(() => TradeSeries.From(observations).GroupBy(TradeDimension.Partner));

        Assert.Contains("KZ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TradeSeries_GroupBy_up_to_decimal_MaxValue_is_exact()
    {
        var observations = await ReadAsync(Csv("CN,NP,2024,X,79228162514264337593543950334", "CN,NP,2023,X,1"));

        var grouping = TradeSeries.From(observations).GroupBy(TradeDimension.Partner);

        Assert.Equal(Money.Usd(decimal.MaxValue), Assert.Single(grouping.Groups).Totals.Exports);
    }

    [Fact]
    public async Task A_file_value_beyond_decimal_range_is_refused_when_read_not_when_summed()
    {
        var e = await Assert.ThrowsAsync<TradeDataFormatException>(() => ReadAsync(Csv("CN,NP,2024,X,79228162514264337593543950336")));

        Assert.Equal((2L, "value"), (e.Record, e.Field));
    }

    [Fact]
    public void TradeColumns_GroupBy_of_a_loaded_file_beyond_64_bits_names_the_group()
    {
        var store = TradeCsvLoader.Load(new MemoryStream(Csv("CN,NP,2024,X,5000000000000000000", "CN,NP,2023,X,5000000000000000000", "CN,DE,2024,X,1")), "edge.csv");

        var e = Assert.Throws<OverflowException>(() => store.GroupBy(TradeDimension.Partner));

        Assert.Contains("NP", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("DE", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TradeColumns_GroupBy_of_negative_balances_beyond_64_bits_names_the_group()
    {
        var store = TradeCsvLoader.Load(new MemoryStream(Csv("CN,KZ,2024,B,-5000000000000000000", "CN,KZ,2023,B,-5000000000000000000")), "edge.csv");

        var e = Assert.Throws<OverflowException>(() => store.GroupBy(TradeDimension.Partner));

        Assert.Contains("KZ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TradeColumns_GroupBy_at_a_scale_overflows_at_the_scaled_limit_and_names_the_group()
    {
        // 922337203685477580.7 is long.MaxValue tenths: adding one tenth no longer fits.
        var store = TradeCsvLoader.Load(new MemoryStream(Csv("CN,NP,2024,X,922337203685477580.7", "CN,NP,2023,X,0.1")), "edge.csv");

        var e = Assert.Throws<OverflowException>(() => store.GroupBy(TradeDimension.Partner));

        Assert.Contains("NP", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TradeColumns_GroupBy_up_to_long_MaxValue_is_exact()
    {
        var store = TradeCsvLoader.Load(new MemoryStream(Csv("CN,NP,2024,X,4611686018427387903", "CN,NP,2023,X,4611686018427387904")), "edge.csv");

        var totals = store.GroupBy(TradeDimension.Partner);

        Assert.Equal(Money.Usd(long.MaxValue), Assert.Single(totals.Groups).Totals.Exports);
    }

    [Fact]
    public async Task TradeColumns_from_ObservationCsvFile_data_overflow_names_the_group()
    {
        var observations = await ReadAsync(Csv("CN,NP,2024,X,5000000000000000000", "CN,NP,2023,X,5000000000000000000", "CN,DE,2024,X,1"));
        var store = TradeColumns.FromObservations(observations);

        var e = Assert.Throws<OverflowException>(() => store.GroupBy(TradeDimension.Partner));

        Assert.Contains("NP", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TradeColumns_refuses_a_decimal_it_cannot_hold_naming_the_observation()
    {
        var observations = await ReadAsync(Csv("CN,NP,2024,X,79228162514264337593543950335"));

        var e = Assert.Throws<OverflowException>(() => TradeColumns.FromObservations(observations));

        Assert.Contains("Observation 0", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_columnar_loader_refuses_a_value_beyond_64_bits_naming_line_and_field()
    {
        var e = Assert.Throws<TradeCsvException>(() => TradeCsvLoader.Load(new MemoryStream(Csv("CN,NP,2024,X,9223372036854775808")), "edge.csv"));

        Assert.Equal((2L, "value"), (e.Line, e.Field));
    }
}
