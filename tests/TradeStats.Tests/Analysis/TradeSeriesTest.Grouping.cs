using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TradeStats.Analysis;
using TradeStats.Tests.Infrastructure;

namespace TradeStats.Tests.Analysis;

/// <summary>Filtering, grouping with roll-ups, and the partition properties.</summary>
public partial class TradeSeriesTest
{
    private static TradeSeries Monthly2024() => TradeSeries.From(
        Enumerable.Range(1, 12).SelectMany(m => new[]
        {
            Obs(Xizang, Nepal, Period.Month(2024, m), TradeFlow.Exports, m * 100m) with { Commodity = Commodity.Hs("870380") },
            Obs(Xizang, Nepal, Period.Month(2024, m), TradeFlow.Exports, m * 10m) with { Commodity = Commodity.Hs("870340") },
            Obs(Xizang, Territory.FromCode("KZ"), Period.Month(2024, m), TradeFlow.Imports, m * 1m) with { Commodity = Commodity.Hs("010121") },
        }));

    [Fact]
    public void Months_roll_up_to_quarters_and_HS6_to_HS4()
    {
        var grouping = Monthly2024().GroupBy(new GroupingOptions(TradeDimension.Period | TradeDimension.Commodity) { PeriodRollUp = PeriodKind.Quarter, HsLevel = 4 });

        var q1Cars = grouping.Groups.Single(g => g.Key.Period == Period.Quarter(2024, 1) && g.Key.Commodity == Commodity.Hs("8703"));
        Assert.Equal(Money.Cny(660m), q1Cars.Totals.Exports); // (1 + 2 + 3) x 110
        Assert.Null(q1Cars.Totals.Imports);
        Assert.Equal(8, grouping.Groups.Length);
        Assert.Equal("2024-Q1 HS 0101", grouping.Groups[0].Key.ToString());
    }

    [Fact]
    public void Partners_fold_into_partner_groups()
    {
        var grouping = Monthly2024().GroupBy(new GroupingOptions(TradeDimension.Partner) { PartnerGroups = [Territory.CentralAsia5, Territory.SouthAsia] });

        Assert.Equal(["CA5", "SAARC"], grouping.Groups.Select(g => g.Key.Partner!.Code));
        Assert.Equal(Money.Cny(78m), grouping.Groups[0].Totals.Imports);
    }

    [Fact]
    public void Top_partners_with_others_and_concentration()
    {
        var y = Period.Year(2025);
        var series = TradeSeries.From(new[] { ("NP", 50m), ("AU", 20m), ("DE", 15m), ("IN", 10m), ("US", 5m) }
            .Select(p => Obs(Xizang, Territory.FromCode(p.Item1), y, TradeFlow.Total, p.Item2)));

        var grouping = series.GroupBy(TradeDimension.Partner);
        var top = grouping.Top(3, TradeFlow.Total);

        Assert.Equal(["NP", "AU", "DE"], top.Top.Select(t => t.Key.Partner!.Code));
        Assert.Equal(["50.0%", "20.0%", "15.0%"], top.Top.Select(t => t.Share.ToString()));
        Assert.Equal((2, Money.Cny(15m), "15.0%"), (top.Others!.GroupCount, top.Others.Value, top.Others.Share.ToString()));
        var c = grouping.Concentration(TradeFlow.Total);
        Assert.Equal(0.25m + 0.04m + 0.0225m + 0.01m + 0.0025m, c.Herfindahl);
        Assert.Equal(1m / 0.325m, c.EquivalentNumber);
    }

    [Fact]
    public void Filters_select_each_dimension()
    {
        var s = Monthly2024();

        Assert.Equal(24, s.WherePartner(Nepal).Count);
        Assert.Equal(12, s.WherePartnerIn(Territory.CentralAsia5).Count);
        Assert.Equal(3, s.WherePeriod(Period.Month(2024, 5)).Count);
        Assert.Equal(9, s.WherePeriodWithin(Period.Quarter(2024, 2)).Count);
        Assert.Equal(12, s.WhereFlow(TradeFlow.Imports).Count);
        Assert.Equal(24, s.WhereCommodityWithin(Commodity.Hs("87")).Count);
        Assert.Equal(12, s.WhereCommodity(Commodity.Hs("870340")).Count);
        Assert.Empty(s.WhereCommodity(null));
        Assert.Empty(s.WhereCustomsRegime(CustomsRegime.GeneralTrade));
        Assert.Equal(36, s.WhereEnterpriseType(null).Count);
        Assert.Equal(36, s.WhereTransportMode(null).Count);
        Assert.Equal(36, s.WhereStatus(ObservationStatus.Final).Count);
        Assert.Equal(36, s.WhereReporter(Xizang).Count);
    }

    [Fact]
    public void Rolling_up_a_period_longer_than_the_target_is_refused()
    {
        var series = TradeSeries.From([Obs(Xizang, Nepal, Y2024, TradeFlow.Exports, 1m)]);

        var e = Assert.Throws<InvalidOperationException>(() => series.GroupBy(new GroupingOptions(TradeDimension.Period) { PeriodRollUp = PeriodKind.Quarter }));

        Assert.Contains("CN-XZ NP 2024 Exports", e.Message, StringComparison.Ordinal);
    }

    [Property]
    public Property Property_the_groups_add_up_to_the_grand_total() =>
        Prop.ForAll(AnalysisGenerators.SeriesAndOptions, x =>
        {
            var grouping = TradeSeries.From(x.Observations).GroupBy(x.Options);
            foreach (var flow in new[] { TradeFlow.Exports, TradeFlow.Imports })
            {
                var sum = grouping.Groups.Select(g => g.Totals[flow]).Where(v => v is not null).Aggregate((Money?)null, (a, b) => a is { } l ? l + b!.Value : b);
                Assert.Equal(grouping.GrandTotal[flow], sum);
            }

            Assert.Equal(x.Observations.Count, grouping.Groups.Sum(g => g.Totals.ObservationCount));
        });

    [Property]
    public Property Property_shares_of_a_partition_sum_to_one() =>
        Prop.ForAll(AnalysisGenerators.SeriesAndOptions, x =>
        {
            var series = TradeSeries.From(x.Observations).WhereFlow(TradeFlow.Exports);
            if (series.Count == 0)
            {
                return;
            }

            var shares = series.GroupBy(x.Options).Shares(TradeFlow.Exports);
            Assert.InRange(shares.Sum(s => s.Share.Value!.Value), 1m - 1e-20m, 1m + 1e-20m);
        });

    [Property]
    public Property Property_the_Herfindahl_index_lies_between_one_over_n_and_one() =>
        Prop.ForAll(AnalysisGenerators.ObservationsArbitrary, list =>
        {
            var values = list.Select(o => o.Value).ToList();
            if (values.Count == 0)
            {
                return;
            }

            var c = Concentration.Of(values);
            Assert.InRange(c.Herfindahl, (1m / values.Count) - 1e-20m, 1m + 1e-20m);
            Assert.InRange(c.EquivalentNumber, 1m - 1e-20m, values.Count + 1e-18m);
        });
}
