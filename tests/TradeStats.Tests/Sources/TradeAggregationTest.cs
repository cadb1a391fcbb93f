using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TradeStats.Analysis;
using TradeStats.Sources;
using TradeStats.Tests.Analysis;

namespace TradeStats.Tests.Sources;

public class TradeAggregationTest
{
    [Property(MaxTest = 100)]
    public Property Property_a_source_without_push_down_is_grouped_in_process() =>
        Prop.ForAll(AnalysisGenerators.SeriesAndOptions, x =>
        {
            var expected = Outcome(() => TradeSeries.From(x.Observations).GroupBy(x.Options));
            var actual = Outcome(() => TradeAggregation.AggregateAsync(new InMemoryTradeDataSource(x.Observations), TradeQuery.All, x.Options).GetAwaiter().GetResult());
            Assert.Equal(expected, actual);
        });

    [Property(MaxTest = 100)]
    public Property Property_cell_sums_roll_up_as_observations_do() =>
        Prop.ForAll(AnalysisGenerators.SeriesAndOptions, x =>
        {
            // One cell per observation, carrying every dimension: Combine must roll them up exactly as GroupBy does.
            const TradeDimension all = (TradeDimension)511;
            var cells = x.Observations.Select(o => new CellSum(
                new GroupKey(all, o.Reporter, o.Partner, o.Period, o.Commodity, o.CustomsRegime, o.EnterpriseType, o.TransportMode, o.Status, o.SecondPartner),
                o.Flow,
                o.Value,
                1));
            var expected = Outcome(() => TradeSeries.From(x.Observations).GroupBy(x.Options));
            var actual = Outcome(() => TradeAggregation.Combine(x.Options, cells));
            Assert.Equal(expected, actual);
        });

    [Fact]
    public void A_cell_without_the_period_that_partner_groups_need_is_refused()
    {
        var cell = new CellSum(new GroupKey(TradeDimension.Partner, Partner: Territory.FromCode("KZ")), TradeFlow.Exports, Money.Cny(1m), 1);
        var e = Assert.Throws<ArgumentException>(() => TradeAggregation.Combine(new GroupingOptions(TradeDimension.Partner) { PartnerGroups = [Territory.CentralAsia5] }, [cell]));
        Assert.Contains("period", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sum_beyond_decimal_names_the_group()
    {
        var cell = new CellSum(new GroupKey(TradeDimension.Partner, Partner: Territory.FromCode("KZ")), TradeFlow.Exports, Money.Cny(decimal.MaxValue), 1);
        var e = Assert.Throws<OverflowException>(() => TradeAggregation.Combine(new GroupingOptions(TradeDimension.Partner), [cell, cell]));
        Assert.Contains("KZ", e.Message, StringComparison.Ordinal);
    }

    // The groups as text (records holding arrays compare by reference), or the exception's type.
    private static string Outcome(Func<TradeGrouping> f)
    {
        try
        {
            var g = f();
            return string.Join("\n", g.Groups.Select(x => x.Key + " | " + x.Totals + " | " + x.Totals.ObservationCount)) + "\n= " + g.GrandTotal + " | " + g.GrandTotal.ObservationCount;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or OverflowException)
        {
            return e.GetType().Name;
        }
    }
}
