using System.Globalization;
using TradeStats;
using TradeStats.Analysis;
using TradeStats.Text;
using TradeStats.Verification;

// A consumer that only has the .nupkg: a few calls through the public API, checked; exit code 0 on success.
var failures = new List<string>();
void Check(bool condition, string what)
{
    if (!condition)
    {
        failures.Add(what);
    }
}

var inv = CultureInfo.InvariantCulture;

// Parse an amount as the press writes it, keeping its rounding.
var published = MoneyText.ParsePublished("12.67 billion yuan", inv);
Check(published.Value == Money.Cny(12.67e9m), "parse an amount");
Check(published.Interval.Contains(12.668e9m) && !published.Interval.Contains(12.68e9m), "rounding interval");

// Aggregate.
var xizang = Territory.FromCode("CN-XZ");
TradeObservation Obs(int year, TradeFlow flow, decimal billions) =>
    new(xizang, Territory.World, Period.Year(year), flow, Money.Cny(billions * 1e9m));
var series = TradeSeries.From([Obs(2024, TradeFlow.Exports, 11.32m), Obs(2024, TradeFlow.Imports, 1.35m), Obs(2023, TradeFlow.Exports, 9.82m)]);
var totals = series.WherePeriod(Period.Year(2024)).Totals();
Check(totals.Total == Money.Cny(12.67e9m), "aggregate exports and imports into a total");
Check(totals.Balance == Money.Cny(9.97e9m), "derive the balance");

// Growth.
var growth = series.YearOnYear(Period.Year(2024), TradeFlow.Exports);
Check(growth.IsDefined && growth.ToString() == "+15.3%", $"year-on-year growth ({growth})");

// Verify a statement set.
var subject = new StatementSubject(xizang, Territory.World, Period.Year(2024), TradeFlow.Total);
var set = new StatementSet();
set.Add(Statement.OfValue("total", subject, "12.67 billion yuan"));
set.Add(Statement.OfValue("exports", subject.WithFlow(TradeFlow.Exports), "11.32 billion yuan"));
set.Add(Statement.OfValue("imports", subject.WithFlow(TradeFlow.Imports), "1.35 billion yuan"));
set.Add(Statement.OfValue("total-2025", subject.WithPeriod(Period.Year(2025)), "8.47 billion yuan") with { Growth = Figures.Increase() });
var report = new Verifier().Verify(set);
Check(report.Contradictions.Count == 1, $"verification finds the one contradiction (found {report.Contradictions.Count})");

// The JSON context is usable from a consumer.
var json = System.Text.Json.JsonSerializer.Serialize(Money.Cny(1.5m), TradeStats.Serialization.TradeStatsJsonContext.Default.Money);
Check(json.Contains("\"currency\":\"CNY\"", StringComparison.Ordinal), $"JSON ({json})");

// The DuckDB package: write Parquet, sum it where it lies, equal to the in-process grouping.
var parquet = Path.Combine(Path.GetTempPath(), $"consumer-{Guid.NewGuid():N}.parquet");
try
{
    await TradeStats.DuckDb.ObservationParquetFile.WriteAsync(parquet, series);
    using var source = TradeStats.DuckDb.DuckDbTradeSource.FromParquet(parquet);
    var pushed = await TradeStats.Sources.TradeAggregation.AggregateAsync(source, TradeStats.Sources.TradeQuery.All, new GroupingOptions(TradeDimension.Period));
    Check(pushed.GrandTotal == series.GroupBy(TradeDimension.Period).GrandTotal, $"push-down to DuckDB ({pushed.GrandTotal})");
}
finally
{
    File.Delete(parquet);
}

// The PostgreSQL package, against the server CI starts (TRADESTATS_POSTGRES), the same way.
if (Environment.GetEnvironmentVariable("TRADESTATS_POSTGRES") is { Length: > 0 } postgres)
{
    await using var db = Npgsql.NpgsqlDataSource.Create(postgres);
    var table = $"consumer_{Guid.NewGuid():N}";
    await TradeStats.PostgreSql.PostgreSqlObservationTable.CreateAsync(db, table);
    try
    {
        await TradeStats.PostgreSql.PostgreSqlObservationTable.WriteAsync(db, series, table);
        using var source = TradeStats.PostgreSql.PostgreSqlTradeSource.Create(db, table);
        var pushed = await TradeStats.Sources.TradeAggregation.AggregateAsync(source, TradeStats.Sources.TradeQuery.All, new GroupingOptions(TradeDimension.Period));
        Check(pushed.GrandTotal == series.GroupBy(TradeDimension.Period).GrandTotal, $"push-down to PostgreSQL ({pushed.GrandTotal})");
    }
    finally
    {
        await using var drop = db.CreateCommand($"DROP TABLE {table}");
        await drop.ExecuteNonQueryAsync();
    }
}
else
{
    Console.WriteLine("TRADESTATS_POSTGRES is not set: the PostgreSQL package is compiled against, not run.");
}

foreach (var f in failures)
{
    Console.Error.WriteLine($"FAILED: {f}");
}

Console.WriteLine(failures.Count == 0 ? "package consumer: all checks passed" : "package consumer: failures");
return failures.Count == 0 ? 0 : 1;
