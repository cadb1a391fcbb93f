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
    private static readonly Type[] GuardExceptions = [typeof(OverlappingLevelsException), typeof(MixedCurrenciesException), typeof(CumulativePeriodException), typeof(MixedClassificationsException)];

    [Property(MaxTest = 12)]
    public Property Property_a_pushed_down_aggregation_on_a_sharded_table_equals_the_in_process_one() =>
        Prop.ForAll(Generators.Cases, x =>
        {
            var table = cluster.ShardedTableAsync(x.Observations).GetAwaiter().GetResult();
            using var source = PostgreSqlTradeSource.Create(cluster.Database, table);
            foreach (var (filter, grouping) in x.Queries)
            {
                AssertSame(x.Observations, filter, grouping, source);
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
                AssertSame(x.Observations, filter, grouping, source);
            }

            var read = source.ReadAsync(TradeQuery.All).ToBlockingEnumerable().ToList();
            Assert.Equal(x.Observations.Order(ObservationOrder.Instance), read.Order(ObservationOrder.Instance));
        });

    internal static void AssertSame(List<TradeObservation> observations, TradeQuery filter, GroupingOptions grouping, IAggregatingTradeDataSource source)
    {
        var (expected, expectedError) = Run(() => TradeSeries.From(observations.Where(filter.Matches)).GroupBy(grouping));
        var (actual, actualError) = Run(() => TradeAggregation.AggregateAsync(source, filter, grouping).GetAwaiter().GetResult());
        if (expectedError is not null || actualError is not null)
        {
            Assert.True(expectedError is not null && actualError is not null, $"in process: {expectedError?.Message ?? "no error"}; pushed down: {actualError?.ToString() ?? "no error"}");
            var bothGuards = GuardExceptions.Contains(expectedError!.GetType()) && GuardExceptions.Contains(actualError!.GetType());
            var mixedCurrencies = observations.Select(o => o.Value.Currency).Distinct().Count() > 1;
            if (!(bothGuards && mixedCurrencies))
            {
                Assert.Equal(expectedError.GetType(), actualError!.GetType());
            }

            return;
        }

        Assert.Equal(expected!.Options, actual!.Options);
        Assert.Equal(expected.GrandTotal, actual.GrandTotal);
        Assert.Equal(expected.Groups.Length, actual.Groups.Length);
        for (var i = 0; i < expected.Groups.Length; i++)
        {
            Assert.Equal(expected.Groups[i], actual.Groups[i]);
        }
    }

    private static (TradeGrouping? Result, Exception? Error) Run(Func<TradeGrouping> f)
    {
        try
        {
            return (f(), null);
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            return (null, e);
        }
    }
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
