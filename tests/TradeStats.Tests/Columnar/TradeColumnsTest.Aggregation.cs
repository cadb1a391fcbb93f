using TradeStats.Analysis;
using TradeStats.Columnar;
using TradeStats.Sources;

namespace TradeStats.Tests.Columnar;

/// <summary>Aggregation cases the generated data does not reach: big stores, overflow, refusals.</summary>
public sealed partial class TradeColumnsTest
{
    private static readonly TradeObservation Base =
        new(Territory.FromCode("CN"), Territory.FromCode("NP"), Period.Month(2024, 1), TradeFlow.Exports, Money.Usd(1m));

    [Fact]
    public void SumBy_Parallel_EqualsSingleThreaded()
    {
        var rows = Rows(250_000, seed: 4);
        var store = TradeColumns.FromObservations(rows);
        var options = new GroupingOptions(TradeDimension.Partner | TradeDimension.Period) { PeriodRollUp = PeriodKind.Year };
        var single = store.GroupBy(options);
        var parallel = store.GroupBy(options, degreeOfParallelism: 4);
        AssertSameGrouping(single, parallel);
        Assert.Equal(40 * 5, single.Groups.Length);
        Assert.Equal(rows.Where(o => o.Flow == TradeFlow.Exports).Sum(o => o.Value.Amount), single.Groups.Sum(g => g.Totals.Exports?.Amount ?? 0m));
        AssertSameGrouping(TradeSeries.From(rows).GroupBy(options), single);
    }

    [Fact]
    public void SumBy_ManySparseGroups_EqualsLinq()
    {
        // Every partner, ten years of months and many HS codes: far more possible cells than rows, so the hash path runs.
        var random = new Random(5);
        var partners = Territory.Countries.ToArray();
        var rows = Enumerable.Range(0, 5_000).Select(_ => Base with
        {
            Partner = partners[random.Next(partners.Length)],
            Period = Period.Month(2015 + random.Next(10), random.Next(1, 13)),
            Commodity = Commodity.Hs(random.Next(100, 9999).ToString("D4", System.Globalization.CultureInfo.InvariantCulture)),
            Value = Money.Usd(random.Next(0, 1000) / 10m),
        }).ToArray();
        var options = new GroupingOptions(TradeDimension.Partner | TradeDimension.Period | TradeDimension.Commodity);
        AssertSameGrouping(TradeSeries.From(rows.DistinctBy(r => (r.Partner, r.Period, r.Commodity))).GroupBy(options), TradeColumns.FromObservations(rows.DistinctBy(r => (r.Partner, r.Period, r.Commodity))).GroupBy(options));
    }

    [Fact]
    public void SumBy_GroupSumOverflows_ThrowsNamingTheGroup()
    {
        var big = Money.Usd(5_000_000_000_000_000_000m);
        var rows = new[] { Base with { Value = big }, Base with { Partner = Territory.FromCode("KZ"), Value = big }, Base with { Period = Period.Month(2024, 2), Value = big } };
        var store = TradeColumns.FromObservations(rows);
        var e = Assert.Throws<OverflowException>(() => store.GroupBy(new GroupingOptions(TradeDimension.Partner | TradeDimension.Period) { PeriodRollUp = PeriodKind.Quarter }));
        Assert.Contains("partner NP", e.Message, StringComparison.Ordinal);
        Assert.Contains("period 2024-Q1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SumBy_LargeValuesInSeparateGroups_DoNotOverflow()
    {
        var big = Money.Usd(5_000_000_000_000_000_000m);
        var store = TradeColumns.FromObservations([Base with { Value = big }, Base with { Partner = Territory.FromCode("KZ"), Value = big }]);
        Assert.All(store.GroupBy(TradeDimension.Partner).Groups, g => Assert.Equal(big, g.Totals.Exports));
    }

    [Fact]
    public void GroupBy_TwoCurrenciesInOneFlow_ThrowsMixedCurrenciesNamingBothRows()
    {
        var store = TradeColumns.FromObservations([Base, Base with { Partner = Territory.FromCode("KZ"), Value = Money.Cny(1m) }]);
        var e = Assert.Throws<MixedCurrenciesException>(() => store.GroupBy(TradeDimension.Partner));
        Assert.Contains("KZ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GroupBy_WorldWithItsPartners_IsRefusedAsTheSeriesRefusesIt_AndAFilterChoosesTheLevel()
    {
        var store = TradeColumns.FromObservations([Base, Base with { Partner = Territory.World, Value = Money.Usd(5m) }]);

        var e = Assert.Throws<OverlappingLevelsException>(() => store.GroupBy(TradeDimension.Partner));

        Assert.Equal(TradeDimension.Partner, e.Dimension);
        var world = store.GroupBy(new GroupingOptions(TradeDimension.Period), TradeQuery.All with { Partners = [Territory.World] });
        Assert.Equal(Money.Usd(5m), Assert.Single(world.Groups).Totals.Exports);
    }

    [Fact]
    public void GroupBy_AYearWithItsMonths_IsRefused()
    {
        var march = Base with { Period = Period.Month(2024, 3) };
        var store = TradeColumns.FromObservations([march, march with { Period = Period.Year(2024) }]);
        Assert.Equal(TradeDimension.Period, Assert.Throws<OverlappingLevelsException>(() => store.GroupBy(TradeDimension.None)).Dimension);
    }

    [Fact]
    public void GroupBy_AChapterWithItsHeading_IsRefused()
    {
        var store = TradeColumns.FromObservations([Base with { Commodity = Commodity.Hs("87") }, Base with { Commodity = Commodity.Hs("8703") }]);
        Assert.Equal(TradeDimension.Commodity, Assert.Throws<OverlappingLevelsException>(() => store.GroupBy(TradeDimension.Partner)).Dimension);
    }

    [Fact]
    public void GroupBy_TheSameCellTwice_IsRefusedAsADuplicate()
    {
        var store = TradeColumns.FromObservations([Base, Base with { Partner = Territory.FromCode("KZ") }, Base with { Value = Money.Usd(2m) }]);
        var e = Assert.Throws<OverlappingLevelsException>(() => store.GroupBy(TradeDimension.Partner));
        Assert.Contains("twice", e.Message, StringComparison.Ordinal);
        Assert.Throws<OverlappingLevelsException>(() => store.CheckLevels());
        store.CheckLevels(TradeQuery.All with { Partners = [Territory.FromCode("KZ")] });
    }

    [Fact]
    public void GroupBy_WithoutTheFlowDimension_NeverAddsExportsToImports()
    {
        var store = TradeColumns.FromObservations([Base, Base with { Flow = TradeFlow.Imports, Value = Money.Usd(3m) }]);
        var totals = Assert.Single(store.GroupBy(TradeDimension.Partner).Groups).Totals;
        Assert.Equal(Money.Usd(1m), totals.Exports);
        Assert.Equal(Money.Usd(3m), totals.Imports);
        Assert.Equal(Money.Usd(4m), totals.Total);
        Assert.Equal(Money.Usd(-2m), totals.Balance);
    }

    [Fact]
    public void GroupBy_RowsWithBreakdowns_GroupsThemByBreakdown()
    {
        var store = TradeColumns.FromObservations([
            Base with { EnterpriseType = EnterpriseType.Private },
            Base with { EnterpriseType = EnterpriseType.StateOwned, Value = Money.Usd(2m) },
        ]);
        var groups = store.GroupBy(TradeDimension.EnterpriseType).Groups;
        Assert.Equal([EnterpriseType.StateOwned, EnterpriseType.Private], groups.Select(g => g.Key.EnterpriseType!.Value));
        Assert.Equal([Money.Usd(2m), Money.Usd(1m)], groups.Select(g => g.Totals.Exports!.Value));
        Assert.Throws<OverlappingLevelsException>(() => TradeColumns.FromObservations([Base, Base with { EnterpriseType = EnterpriseType.Private }]).GroupBy(TradeDimension.None));
    }

    [Fact]
    public void GroupBy_HsRollUpOfANamedGroup_KeepsIt_AsTheSeriesDoes()
    {
        var rows = new[] { Base with { Commodity = Commodity.Named("New energy vehicles") }, Base with { Commodity = Commodity.Hs("870380") } };
        var options = new GroupingOptions(TradeDimension.Commodity) { HsLevel = 2 };
        var groups = TradeColumns.FromObservations(rows).GroupBy(options).Groups;
        Assert.Equal(["87", "New energy vehicles"], groups.Select(g => g.Key.Commodity!.Code));
    }

    [Fact]
    public void GroupBy_RollUpOfRangeToYear_Throws()
    {
        var store = TradeColumns.FromObservations([Base with { Period = Period.Range(Period.Month(2023, 11), Period.Month(2024, 2)) }]);
        Assert.Throws<InvalidOperationException>(() => store.GroupBy(new GroupingOptions(TradeDimension.Period) { PeriodRollUp = PeriodKind.Year }));
    }

    [Fact]
    public void GroupBy_BadArguments_Throw()
    {
        var store = TradeColumns.FromObservations([Base]);
        Assert.Throws<ArgumentOutOfRangeException>(() => store.GroupBy(new GroupingOptions(TradeDimension.Partner), degreeOfParallelism: 0));
        Assert.Throws<ArgumentNullException>(() => store.GroupBy(null!));
    }

    [Fact]
    public void YearOnYear_BalanceChangingSign_IsUndefinedWithReason()
    {
        var a = Base with { Flow = TradeFlow.Balance, Period = Period.Year(2023), Value = Money.Usd(-10m) };
        var b = a with { Period = Period.Year(2024), Value = Money.Usd(5m) };
        var growth = TradeColumns.FromObservations([a, b]).GroupBy(TradeDimension.Period).YearOnYear(TradeFlow.Balance)[1];
        Assert.False(growth.Growth.IsDefined);
        Assert.Equal(Period.Year(2024), growth.Key.Period);
        Assert.Equal(Period.Year(2023), growth.BaseKey!.Period);
    }

    [Fact]
    public void YearOnYear_NegativeBase_IsUndefined_AsGrowthSays()
    {
        var a = Base with { Flow = TradeFlow.Balance, Period = Period.Year(2023), Value = Money.Usd(-10m) };
        var b = a with { Period = Period.Year(2024), Value = Money.Usd(-5m) };
        var growth = TradeColumns.FromObservations([a, b]).GroupBy(TradeDimension.Period).YearOnYear(TradeFlow.Balance)[1];
        Assert.Equal(GrowthUndefinedReason.NegativeBase, growth.Growth.Reason);
    }

    [Fact]
    public void YearOnYear_MonthlySeries_ComparesWithTheSameMonthAYearEarlier()
    {
        var a = Base with { Period = Period.Month(2023, 3), Value = Money.Usd(100m) };
        var b = a with { Period = Period.Month(2024, 3), Value = Money.Usd(115.4m) };
        var c = a with { Period = Period.Month(2024, 2), Value = Money.Usd(1m) };
        var growth = TradeColumns.FromObservations([a, b, c]).GroupBy(TradeDimension.Partner | TradeDimension.Period).YearOnYear(TradeFlow.Exports);
        Assert.Equal(Growth.FromRate(0.154m), growth.Single(g => g.Key.Period == Period.Month(2024, 3)).Growth);
        Assert.Equal(GrowthUndefinedReason.MissingPeriod, growth.Single(g => g.Key.Period == Period.Month(2024, 2)).Growth.Reason);
    }

    [Fact]
    public void YearOnYear_WithoutPeriodKey_Throws() =>
        Assert.Throws<InvalidOperationException>(() => TradeColumns.FromObservations([Base]).GroupBy(TradeDimension.Partner).YearOnYear(TradeFlow.Exports));

    [Fact]
    public void SharesWithin_DimensionNotGrouped_Throws()
    {
        var grouping = TradeColumns.FromObservations([Base]).GroupBy(TradeDimension.Partner);
        Assert.Throws<ArgumentException>(() => grouping.SharesWithin(TradeDimension.Period, TradeFlow.Exports));
        Assert.Throws<ArgumentException>(() => grouping.SharesWithin(TradeDimension.None, TradeFlow.Exports));
        Assert.Throws<ArgumentException>(() => grouping.SharesWithin(TradeDimension.Partner, TradeFlow.Balance));
    }

    [Fact]
    public void GroupByWithConversion_MissingRate_ThrowsExchangeRateNotFound()
    {
        var store = TradeColumns.FromObservations([Base with { Period = Period.Month(2030, 1) }]);
        Assert.Throws<ExchangeRateNotFoundException>(() => store.GroupBy(new GroupingOptions(TradeDimension.Partner), Currency.CNY, ColumnarGenerators.Rates));
    }

    [Fact]
    public void GroupByWithConversion_ConvertsEachMonthAtItsRate()
    {
        var jan = Base with { Period = Period.Month(2022, 1), Value = Money.Usd(100m) };
        var feb = Base with { Period = Period.Month(2022, 2), Value = Money.Usd(100m) };
        var options = new GroupingOptions(TradeDimension.Period) { PeriodRollUp = PeriodKind.Year };
        var total = TradeColumns.FromObservations([jan, feb]).GroupBy(options, Currency.CNY, ColumnarGenerators.Rates).Groups.Single();
        Assert.Equal(Money.Cny((100m * 6.3m) + (100m * 6.3271m)), total.Totals.Exports);
        Assert.Equal(Period.Year(2022), total.Key.Period);
        Assert.Equal(2, total.Totals.ObservationCount);
    }
}
