using TradeStats.Analysis;
using TradeStats.Sources;

namespace TradeStats.DuckDb.Tests;

/// <summary>
/// A pushed-down aggregation against the in-process one on the same observations: groups, sums, order, and the same
/// refusals. Shared by the tests of every source that pushes sums down.
/// </summary>
public static class PushDownAssert
{
    private static readonly Type[] GuardExceptions = [typeof(OverlappingLevelsException), typeof(MixedCurrenciesException), typeof(CumulativePeriodException), typeof(MixedClassificationsException)];

    public static void Same(List<TradeObservation> observations, TradeQuery filter, GroupingOptions grouping, IAggregatingTradeDataSource source)
    {
        var (expected, expectedError) = Run(() => TradeSeries.From(observations.Where(filter.Matches)).GroupBy(grouping));
        var (actual, actualError) = Run(() => TradeAggregation.AggregateAsync(source, filter, grouping).GetAwaiter().GetResult());
        if (expectedError is not null || actualError is not null)
        {
            Assert.True(expectedError is not null && actualError is not null, $"in process: {expectedError?.Message ?? "no error"}; pushed down: {actualError?.ToString() ?? "no error"}");
            var bothGuards = GuardExceptions.Contains(expectedError!.GetType()) && GuardExceptions.Contains(actualError!.GetType());

            // When the rows hold several overlaps (a stray USD figure in one flow and a double count in another, or a
            // year beside its January and World beside a country), the guard reports the first pair it meets, and
            // which that is depends on the order the rows arrive in; a table or a set of files has no row order, so
            // any guard's refusal is a refusal of the same sum. Anything else must be the same exception.
            if (!bothGuards)
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
