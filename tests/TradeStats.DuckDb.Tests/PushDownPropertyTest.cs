using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TradeStats.Analysis;
using TradeStats.Sources;

namespace TradeStats.DuckDb.Tests;

/// <summary>Every pushed-down aggregation equals the in-process one on the same observations: groups, sums, order and refusals.</summary>
public sealed class PushDownPropertyTest : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Property(MaxTest = 25)]
    public Property Property_a_pushed_down_aggregation_over_Parquet_equals_the_in_process_one() =>
        Prop.ForAll(Generators.Cases, x =>
        {
            var path = _folder.File(Guid.NewGuid().ToString("N") + ".parquet");
            ObservationParquetFile.WriteAsync(path, x.Observations).GetAwaiter().GetResult();
            using var source = DuckDbTradeSource.FromParquet(path, new DuckDbOptions { Threads = 1 });
            foreach (var (filter, grouping) in x.Queries)
            {
                PushDownAssert.Same(x.Observations, filter, grouping, source);
            }

            File.Delete(path);
        });

    [Property(MaxTest = 10)]
    public Property Property_a_pushed_down_aggregation_over_a_database_equals_the_in_process_one() =>
        Prop.ForAll(Generators.Cases, x =>
        {
            var path = _folder.File(Guid.NewGuid().ToString("N") + ".duckdb");
            DuckDbObservationTable.AppendAsync(path, x.Observations).GetAwaiter().GetResult();
            using var source = DuckDbTradeSource.FromDatabase(path, options: new DuckDbOptions { Threads = 1 });
            foreach (var (filter, grouping) in x.Queries)
            {
                PushDownAssert.Same(x.Observations, filter, grouping, source);
            }

            File.Delete(path);
        });
}
