using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TradeStats.Analysis;
using TradeStats.DuckDb.Tests;
using TradeStats.Sources;

namespace TradeStats.PostgreSql.Tests;

/// <summary>
/// Every pushed-down aggregation equals the in-process one on the same observations (groups, sums, order, and the
/// same refusals), on a plain table and on a table sharded over two servers.
/// </summary>
[Collection(ClusterTests.Name)]
public sealed class PushDownPropertyTest(Cluster cluster)
{
    [Property(MaxTest = 12)]
    public Property Property_a_pushed_down_aggregation_on_a_sharded_table_equals_the_in_process_one() =>
        Prop.ForAll(Generators.Cases, x =>
        {
            var table = cluster.ShardedTableAsync(x.Observations).GetAwaiter().GetResult();
            using var source = PostgreSqlTradeSource.Create(cluster.Database, table);
            foreach (var (filter, grouping) in x.Queries)
            {
                PushDownAssert.Same(x.Observations, filter, grouping, source);
            }
        });

    [Property(MaxTest = 8)]
    public Property Property_a_pushed_down_aggregation_on_a_plain_table_equals_the_in_process_one() =>
        Prop.ForAll(Generators.Cases, x =>
        {
            var table = cluster.PlainTableAsync(x.Observations).GetAwaiter().GetResult();
            using var source = PostgreSqlTradeSource.Create(cluster.Database, table);
            foreach (var (filter, grouping) in x.Queries)
            {
                PushDownAssert.Same(x.Observations, filter, grouping, source);
            }

            var read = source.ReadAsync(TradeQuery.All).ToBlockingEnumerable().ToList();
            Assert.Equal(x.Observations.Order(ObservationOrder.Instance), read.Order(ObservationOrder.Instance));
        });
}

/// <summary>A total order on observations by their text form, to compare two reads as multisets.</summary>
internal sealed class ObservationOrder : IComparer<TradeObservation>
{
    public static ObservationOrder Instance { get; } = new();

    public int Compare(TradeObservation? x, TradeObservation? y) =>
        string.CompareOrdinal(Text(x), Text(y));

    private static string Text(TradeObservation? o) =>
        o is null ? string.Empty : string.Join('|', o.ToString(), o.Commodity?.ToString(), o.EnterpriseType, o.Status, o.Value.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture), o.Source?.ToString(), o.Quantity?.ToString());
}
