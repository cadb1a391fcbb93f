using TradeStats.Analysis;
using TradeStats.Sources;

namespace TradeStats.DuckDb.Tests;

/// <summary>The README's "aggregate a folder of Parquet files", verbatim but for the folder, on two small files.</summary>
public sealed class ReadmeExampleTest : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Aggregate_a_folder_of_Parquet_files()
    {
        Directory.CreateDirectory(_folder.File("trade"));
        var partners = new[] { "NP", "IN", "KZ" }.Select(Territory.FromCode).ToArray();
        var rows = Enumerable.Range(0, 72).Select(i => new TradeObservation(
            Territory.FromCode("CN-XZ"), partners[i % 3], Period.Month(2023 + (i / 36), 1 + (i / 3 % 12)), TradeFlow.Exports, Money.Cny(1000m + i))).ToList();
        await ObservationParquetFile.WriteAsync(_folder.File("trade/part-1.parquet"), rows.Take(40));
        await ObservationParquetFile.WriteAsync(_folder.File("trade/part-2.parquet"), rows.Skip(40));
        var trade = _folder.File("trade");
        var temp = _folder.File("spill");

        using var source = DuckDbTradeSource.FromParquet(trade + "/*.parquet", new DuckDbOptions { MemoryLimit = "3GB", TempDirectory = temp });
        var byPartnerAndYear = new GroupingOptions(TradeDimension.Partner | TradeDimension.Period) { PeriodRollUp = PeriodKind.Year };
        var in2024 = TradeQuery.All with { Period = Period.Year(2024) };
        TradeGrouping totals = await TradeAggregation.AggregateAsync(source, in2024, byPartnerAndYear);
        var top10 = totals.Top(10, TradeFlow.Exports);   // the ten largest partners' exports and shares, and the others

        Assert.Equal(3, top10.Top.Length);
        Assert.Null(top10.Others);
        Assert.Equal(TradeSeries.From(rows.Where(in2024.Matches)).GroupBy(byPartnerAndYear).GrandTotal, totals.GrandTotal);
        Assert.Equal(Money.Cny(12 * 1000m + Enumerable.Range(36, 36).Where(i => i % 3 == 2).Sum()), top10.Top[0].Value);
    }
}
