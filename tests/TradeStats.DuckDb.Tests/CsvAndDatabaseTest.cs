using TradeStats.Analysis;
using TradeStats.Sources;

namespace TradeStats.DuckDb.Tests;

/// <summary>The library's CSV format and DuckDB database tables, read and aggregated by the engine.</summary>
public sealed class CsvAndDatabaseTest : IDisposable
{
    private static readonly GroupingOptions ByPartnerAndYear = new(TradeDimension.Partner | TradeDimension.Period) { PeriodRollUp = PeriodKind.Year };

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Csv_files_of_the_library_read_back_equal_and_aggregate_as_in_process()
    {
        var path = _folder.File("trade.csv");
        await ObservationCsvFile.WriteAsync(path, ParquetTest.Samples);
        using var source = DuckDbTradeSource.FromCsv(path);
        Assert.Equal(ParquetTest.Samples, await ParquetTest.ReadAll(source));
        PushDownAssert.Same([.. ParquetTest.Samples], TradeQuery.All with { Flows = [TradeFlow.Exports, TradeFlow.Imports] }, ByPartnerAndYear, source);
    }

    [Fact]
    public async Task A_sum_that_a_decimal_cannot_hold_exactly_is_refused_not_rounded()
    {
        // Each value fits DECIMAL(38,12) and decimal; their sum has 30 significant digits, more than decimal holds.
        var a = new TradeObservation(Territory.FromCode("CN-XZ"), Territory.FromCode("NP"), Period.Year(2024), TradeFlow.Exports, Money.Cny(100_000_000_000_000_000m));
        var b = a with { Partner = Territory.FromCode("IN"), Value = Money.Cny(0.000000000001m) };
        var path = _folder.File("edge.duckdb");
        await DuckDbObservationTable.AppendAsync(path, [a, b]);
        using var source = DuckDbTradeSource.FromDatabase(path);

        Assert.Throws<OverflowException>(() => TradeSeries.From([a, b]).GroupBy(new GroupingOptions(TradeDimension.Reporter)));
        var error = await Assert.ThrowsAsync<OverflowException>(() => source.AggregateAsync(TradeQuery.All, new GroupingOptions(TradeDimension.Reporter)));
        Assert.Contains("100000000000000000.000000000001", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_csv_value_that_would_round_is_refused_naming_the_file_column_and_value()
    {
        var path = _folder.File("bad.csv");
        await File.WriteAllTextAsync(path, "reporter,partner,period,flow,value,currency\nCN,NP,2024,X,1.0000000000001,CNY\n");
        var e = await Assert.ThrowsAsync<TradeDataFormatException>(() => Use.Count(DuckDbTradeSource.FromCsv(path)));
        Assert.Equal(path, e.SourceName);
        Assert.Equal("value", e.Field);
        Assert.Equal("1.0000000000001", e.Value);
    }

    [Fact]
    public async Task An_unknown_csv_column_is_refused()
    {
        var path = _folder.File("unknown.csv");
        await File.WriteAllTextAsync(path, "reporter,partner,period,flow,value,currency,colour\nCN,NP,2024,X,1,CNY,red\n");
        var e = await Assert.ThrowsAsync<TradeDataFormatException>(() => Use.Count(DuckDbTradeSource.FromCsv(path)));
        Assert.Equal("colour", e.Field);
    }

    [Fact]
    public async Task A_database_table_written_with_the_appender_reads_back_equal()
    {
        var path = _folder.File("trade.duckdb");
        Assert.Equal(ParquetTest.Samples.Count, await DuckDbObservationTable.AppendAsync(path, ParquetTest.Samples));
        Assert.Equal(1, await DuckDbObservationTable.AppendAsync(path, [ParquetTest.Samples[0] with { Period = Period.Month(2024, 4) }]));
        var back = await ParquetTest.ReadAll(DuckDbTradeSource.FromDatabase(path));
        Assert.Equal([.. ParquetTest.Samples, ParquetTest.Samples[0] with { Period = Period.Month(2024, 4) }], back);
    }

    [Fact]
    public async Task A_failed_append_leaves_the_table_as_it_was()
    {
        var path = _folder.File("atomic.duckdb");
        await DuckDbObservationTable.AppendAsync(path, ParquetTest.Samples);
        var bad = ParquetTest.Samples[1] with { Value = Money.Usd(0.0000000000001m) };
        await Assert.ThrowsAsync<ArgumentException>(() => DuckDbObservationTable.AppendAsync(path, [ParquetTest.Samples[0], bad]));
        Assert.Equal(ParquetTest.Samples.Count, await Use.Count(DuckDbTradeSource.FromDatabase(path)));
    }

    [Fact]
    public void A_table_name_that_is_not_a_plain_identifier_is_refused()
    {
        Assert.Throws<ArgumentException>(() => DuckDbTradeSource.FromDatabase(_folder.File("x.duckdb"), "observations; DROP TABLE x"));
    }

    [Fact]
    public async Task A_double_count_in_a_database_is_refused_with_the_library_exception()
    {
        var path = _folder.File("overlap.duckdb");
        var nepal = new TradeObservation(Territory.FromCode("CN-XZ"), Territory.FromCode("NP"), Period.Month(2024, 1), TradeFlow.Exports, Money.Cny(10m));
        await DuckDbObservationTable.AppendAsync(path, [nepal, nepal with { Partner = Territory.World, Value = Money.Cny(100m) }]);
        var e = await Assert.ThrowsAsync<OverlappingLevelsException>(() => Use.Aggregate(DuckDbTradeSource.FromDatabase(path), TradeQuery.All, ByPartnerAndYear));
        Assert.Equal(TradeDimension.Partner, e.Dimension);

        // The filter picks one level: then the sum is allowed.
        var only = await Use.Aggregate(DuckDbTradeSource.FromDatabase(path), TradeQuery.All with { Partners = [Territory.World] }, ByPartnerAndYear);
        Assert.Equal(Money.Cny(100m), only.GrandTotal.Exports);
    }

    [Fact]
    public async Task An_exact_duplicate_is_refused()
    {
        var path = _folder.File("dup.parquet");
        var o = new TradeObservation(Territory.FromCode("CN-XZ"), Territory.FromCode("NP"), Period.Month(2024, 1), TradeFlow.Exports, Money.Cny(10m));
        await ObservationParquetFile.WriteAsync(path, [o, o with { Status = ObservationStatus.Revised }]);
        var e = await Assert.ThrowsAsync<OverlappingLevelsException>(() => Use.Aggregate(DuckDbTradeSource.FromParquet(path), TradeQuery.All, ByPartnerAndYear));
        Assert.Contains("two versions", e.Message, StringComparison.Ordinal);
    }
}
