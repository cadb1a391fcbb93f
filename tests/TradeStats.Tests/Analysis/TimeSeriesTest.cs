using System.Globalization;
using TradeStats.Analysis;

namespace TradeStats.Tests.Analysis;

/// <summary>Hand examples of the time-series measures: a product group's monthly exports over 2017-2024.</summary>
public class TimeSeriesTest
{
    private static readonly Territory China = Territory.FromCode("CN");

    private static readonly Commodity Graphite = Commodity.Named("Graphite");

    // Exports in month m of year y: (1000 + 10 m) million yuan x 1.1^(y - 2017), so every year-on-year rate is +10%,
    // except January-March 2024 at +5%, +10% and +15%.
    private static decimal Exports(int year, int month)
    {
        var value = (1000m + (10m * month)) * 1_000_000m;
        for (var y = 2018; y <= year; y++)
        {
            value *= y == 2024 && month <= 3 ? 1m + (0.05m * month) : 1.1m;
        }

        return value;
    }

    private static TradeSeries GraphiteExports(params Period[] leaveOut) => TradeSeries.From(
        from year in Enumerable.Range(2017, 8)
        from month in Enumerable.Range(1, 12)
        let period = Period.Month(year, month)
        where !leaveOut.Contains(period)
        select new TradeObservation(China, Territory.World, period, TradeFlow.Exports, Money.Cny(Exports(year, month))) { Commodity = Graphite });

    [Fact]
    public void Monthly_values_annual_totals_and_the_average_over_months()
    {
        var monthly = GraphiteExports().ValuesOf(TradeFlow.Exports, PeriodKind.Month);
        var annual = GraphiteExports().ValuesOf(TradeFlow.Exports, PeriodKind.Year);

        Assert.Equal(96, monthly.Count);
        Assert.Equal(Period.Month(2017, 1), monthly.First);
        Assert.Empty(monthly.MissingPeriods);
        Assert.Equal(Money.Cny(12_780_000_000m), annual.ValueFor(Period.Year(2017))); // 12 x 1000 + 10 x 78
        Assert.Equal(Money.Cny(1_065_000_000m), monthly.Mean(Period.Year(2017)));
        Assert.Equal(annual.ValueFor(Period.Year(2017)), monthly.Sum(Period.Year(2017)));
        Assert.Equal(Money.Cny(1_025_000_000m), monthly.Mean(Period.Parse("2017-01/2017-04")));
        Assert.Equal("Month 2017-01..2024-12, 96 periods, 0 missing, CNY", monthly.ToString());
    }

    [Fact]
    public void A_three_month_rolling_mean_of_year_on_year_growth()
    {
        var yoy = GraphiteExports().ValuesOf(TradeFlow.Exports, PeriodKind.Month).YearOnYear();
        var smoothed = yoy.RollingMean(3);

        Assert.Equal(GrowthUndefinedReason.MissingPeriod, yoy.GrowthFor(Period.Month(2017, 12)).Reason);
        Assert.Equal(0.1m, yoy.GrowthFor(Period.Month(2018, 1)).Rate);
        Assert.Equal(0.15m, yoy.GrowthFor(Period.Month(2024, 3)).Rate);

        // The windows ending in January and February 2018 reach back into 2017, which has no year-on-year rate.
        Assert.Equal(GrowthUndefinedReason.MissingPeriod, smoothed.GrowthFor(Period.Month(2018, 2)).Reason);
        Assert.Contains("2017-12", smoothed.GrowthFor(Period.Month(2018, 2)).Explanation, StringComparison.Ordinal);
        Assert.Equal(0.1m, smoothed.GrowthFor(Period.Month(2018, 3)).Rate);
        Assert.Equal(0.1m, smoothed.GrowthFor(Period.Month(2024, 3)).Rate);                    // (5 + 10 + 15) / 3
        Assert.Equal(0.35m / 3m, smoothed.GrowthFor(Period.Month(2024, 4)).Rate);                // (15 + 10 + 10) / 3
        Assert.Equal((0.05m + 0.1m + 0.15m + (9 * 0.1m)) / 12m, yoy.Mean(Period.Year(2024)).Rate);
    }

    [Fact]
    public void The_growth_of_a_rolling_mean_is_another_number_and_its_own_call()
    {
        var monthly = GraphiteExports().ValuesOf(TradeFlow.Exports, PeriodKind.Month);

        var meanOfRates = monthly.YearOnYear().RollingMean(3).GrowthFor(Period.Month(2024, 3)).Rate!.Value;
        var rateOfMeans = monthly.RollingMean(3).YearOnYear().GrowthFor(Period.Month(2024, 3)).Rate!.Value;

        // January-March 2023: 1010, 1020, 1030 x 1.1^6; 2024: x 1.05, 1.10, 1.15. The mean's growth weights March more.
        var expected = ((1010m * 1.05m) + (1020m * 1.1m) + (1030m * 1.15m)) / (1010m + 1020m + 1030m) - 1m;
        Assert.Equal(0.1m, meanOfRates);
        Assert.InRange(rateOfMeans - expected, -1e-26m, 1e-26m);
        Assert.NotEqual(meanOfRates, rateOfMeans);
    }

    [Fact]
    public void The_papers_compound_annual_growth_over_a_fractional_span()
    {
        var monthly = GraphiteExports().ValuesOf(TradeFlow.Exports, PeriodKind.Month);
        var first = Period.Parse("2017-01/2017-03");
        var last = Period.Parse("2024-10/2024-12");

        var days = monthly.Cagr(first, last, YearFraction.ActualDays);      // 2,830 days / 365.25 = 7.748 years
        var months = monthly.Cagr(first, last, YearFraction.Months);        // 93 months / 12 = 7.75 years

        // Computed with 60-digit arithmetic: (2163.075981 / 1020)^(365.25 / 2830) - 1 and ^(12 / 93) - 1.
        Assert.InRange(days.Rate!.Value - 0.1018833019744715897128385632m, -1e-25m, 1e-25m);
        Assert.InRange(months.Rate!.Value - 0.1018573377024803802110090436m, -1e-25m, 1e-25m);
        Assert.Equal("+10.2%", days.ToString());
        Assert.Equal(days, Growth.Compound(monthly.Mean(first), monthly.Mean(last), 2830 / 365.25m));
        Assert.Equal(days, Growth.Compound(monthly.Mean(first)!.Value, new DateOnly(2017, 1, 1), monthly.Mean(last)!.Value, new DateOnly(2024, 10, 1)));
    }

    [Fact]
    public void Whole_years_give_exactly_the_classic_compound_rate()
    {
        var annual = GraphiteExports().ValuesOf(TradeFlow.Exports, PeriodKind.Year);
        var classic = Growth.Compound(annual.ValueFor(Period.Year(2018)), annual.ValueFor(Period.Year(2023)), 5);

        Assert.Equal(classic, annual.Cagr(Period.Year(2018), Period.Year(2023), YearFraction.WholePeriods));
        Assert.Equal(classic, annual.Cagr(Period.Year(2018), Period.Year(2023), YearFraction.Months));
        Assert.Equal(0.1m, Math.Round(classic.Rate!.Value, 26));
    }

    [Fact]
    public void Trailing_twelve_months_at_December_is_the_calendar_year()
    {
        var series = GraphiteExports();
        var trailing = series.ValuesOf(TradeFlow.Exports, PeriodKind.Month).TrailingTwelveMonths();

        Assert.Null(trailing.ValueFor(Period.Month(2017, 11)));
        Assert.Equal(series.ValueFor(Period.Year(2020), TradeFlow.Exports), trailing.ValueFor(Period.Month(2020, 12)));
        Assert.Equal(series.ValueFor(Period.Parse("2020-04/2021-03"), TradeFlow.Exports), trailing.ValueFor(Period.Month(2021, 3)));
    }

    [Fact]
    public void A_missing_month_is_a_gap_that_every_dependent_result_reports()
    {
        var march = Period.Month(2020, 3);
        var series = GraphiteExports(march);
        var monthly = series.ValuesOf(TradeFlow.Exports, PeriodKind.Month);
        var annual = series.ValuesOf(TradeFlow.Exports, PeriodKind.Year);

        Assert.Equal([march], monthly.MissingPeriods.ToArray());
        Assert.Null(monthly.ValueFor(march));
        Assert.Null(annual.ValueFor(Period.Year(2020)));                                    // never an 11-month sum
        Assert.Null(monthly.TrailingTwelveMonths().ValueFor(Period.Month(2021, 2)));
        Assert.NotNull(monthly.TrailingTwelveMonths().ValueFor(Period.Month(2021, 3)));
        Assert.Null(monthly.RollingMean(3).ValueFor(Period.Month(2020, 5)));
        Assert.Null(monthly.Mean(Period.Year(2020)));
        Assert.Null(monthly.Mean());

        var yoy = monthly.YearOnYear();
        Assert.Equal(GrowthUndefinedReason.MissingPeriod, yoy.GrowthFor(march).Reason);
        Assert.Equal("no value for 2020-03, the base of 2021-03", yoy.GrowthFor(Period.Month(2021, 3)).Explanation);
        Assert.Equal(GrowthUndefinedReason.MissingPeriod, yoy.RollingMean(3).GrowthFor(Period.Month(2021, 5)).Reason);
        Assert.Equal(GrowthUndefinedReason.MissingPeriod, annual.YearOnYear().GrowthFor(Period.Year(2021)).Reason);
        Assert.Equal(GrowthUndefinedReason.MissingPeriod, monthly.PeriodOnPeriod().GrowthFor(Period.Month(2020, 4)).Reason);

        var cagr = monthly.Cagr(Period.Parse("2020-01/2020-03"), Period.Parse("2024-01/2024-03"), YearFraction.Months);
        Assert.Equal(GrowthUndefinedReason.MissingPeriod, cagr.Reason);
        Assert.Equal("no value for 2020-03 in the starting span 2020-Q1", cagr.Explanation);
        Assert.Equal(GrowthUndefinedReason.MissingPeriod, monthly.Cagr(Period.Month(2016, 1), Period.Month(2024, 1), YearFraction.Months).Reason);
    }

    [Fact]
    public void Growth_on_a_zero_or_negative_base_keeps_its_reason_through_the_measures()
    {
        var balance = PeriodSeries.From(PeriodKind.Year, [
            new PeriodValue(Period.Year(2021), Money.Cny(-5m)),
            new PeriodValue(Period.Year(2022), Money.Cny(0m)),
            new PeriodValue(Period.Year(2023), Money.Cny(10m)),
            new PeriodValue(Period.Year(2024), Money.Cny(12m)),
        ]);

        var yoy = balance.YearOnYear();
        Assert.Equal([GrowthUndefinedReason.MissingPeriod, GrowthUndefinedReason.NegativeBase, GrowthUndefinedReason.ZeroBase, GrowthUndefinedReason.None], yoy.Select(g => g.Growth.Reason));
        Assert.Equal(GrowthUndefinedReason.ZeroBase, yoy.RollingMean(2).GrowthFor(Period.Year(2024)).Reason);
        Assert.Equal(GrowthUndefinedReason.SignChange, balance.Cagr(Period.Year(2021), Period.Year(2024), YearFraction.ActualDays).Reason);
        Assert.Equal(0.2m, yoy.RollingMean(1).GrowthFor(Period.Year(2024)).Rate);
    }

    [Fact]
    public void Quarters_and_halves_roll_up_only_when_complete()
    {
        var monthly = GraphiteExports(Period.Month(2024, 12)).ValuesOf(TradeFlow.Exports, PeriodKind.Month);

        var quarters = monthly.RollUp(PeriodKind.Quarter);
        Assert.Equal(32, quarters.Count);
        Assert.Equal(Money.Cny(3_060_000_000m), quarters.ValueFor(Period.Quarter(2017, 1)));
        Assert.Null(quarters.ValueFor(Period.Quarter(2024, 4)));
        Assert.Equal(quarters.RollUp(PeriodKind.Year).Values.ToArray(), monthly.RollUp(PeriodKind.Year).Values.ToArray());
        Assert.Equal(4, quarters.TrailingTwelveMonths().Values.Count(v => v.IsMissing)); // 3 leading, and 2024-Q4
        Assert.Throws<ArgumentException>(() => quarters.RollUp(PeriodKind.Month));
    }

    [Fact]
    public void Totals_and_balances_come_from_exports_and_imports_month_by_month()
    {
        var months = Enumerable.Range(1, 12).Select(m => Period.Month(2024, m)).ToList();
        var series = TradeSeries.From(months.SelectMany(p => new[]
        {
            new TradeObservation(China, Territory.World, p, TradeFlow.Exports, Money.Cny(100m)),
            new TradeObservation(China, Territory.World, p, TradeFlow.Imports, Money.Cny(40m)),
        }).Where(o => !(o.Flow == TradeFlow.Imports && o.Period == months[5])));

        var total = series.ValuesOf(TradeFlow.Total, PeriodKind.Quarter);
        Assert.Equal(Money.Cny(420m), total.ValueFor(Period.Quarter(2024, 1)));
        Assert.Null(total.ValueFor(Period.Quarter(2024, 2)));                 // June's imports are missing
        Assert.Equal(Money.Cny(180m), series.ValuesOf(TradeFlow.Balance, PeriodKind.Quarter).ValueFor(Period.Quarter(2024, 3)));
        Assert.Null(series.ValuesOf(TradeFlow.Total, PeriodKind.Year).ValueFor(Period.Year(2024)));
        Assert.Empty(series.ValuesOf(TradeFlow.ReExports, PeriodKind.Month));
    }

    [Fact]
    public void A_grouping_by_period_gives_one_series_per_product()
    {
        var cars = Commodity.Hs("870380");
        var series = GraphiteExports().Concat(TradeSeries.From(
            Enumerable.Range(1, 6).Select(m => new TradeObservation(China, Territory.World, Period.Month(2024, m), TradeFlow.Exports, Money.Cny(m)) { Commodity = cars })));

        var byProduct = series.GroupBy(TradeDimension.Period | TradeDimension.Commodity).ValuesOf(TradeFlow.Exports);

        Assert.Equal([cars, Graphite], byProduct.Select(s => s.Key.Commodity));
        Assert.Equal(TradeDimension.Commodity, byProduct[0].Key.Dimensions);
        Assert.Equal(96, byProduct[0].Values.Count);                                         // the grouping's whole span
        Assert.Equal(90, byProduct[0].Values.MissingPeriods.Length);
        Assert.Equal(Money.Cny(21m), byProduct[0].Values.Sum(Period.Parse("2024-01/2024-06")));
        Assert.Null(byProduct[0].Values.RollUp(PeriodKind.Year).ValueFor(Period.Year(2024)));                // six months only
        Assert.Equal(series.WhereCommodity(Graphite).ValuesOf(TradeFlow.Exports, PeriodKind.Month).Values.ToArray(), byProduct[1].Values.Values.ToArray());
    }

    [Fact]
    public void A_grouping_that_cannot_tell_whole_periods_is_refused_with_the_way_out()
    {
        var series = GraphiteExports();

        var rolled = Assert.Throws<InvalidOperationException>(() => series.GroupBy(new GroupingOptions(TradeDimension.Period) { PeriodRollUp = PeriodKind.Year }).ValuesOf(TradeFlow.Exports));
        Assert.Contains("PeriodSeries.RollUp(Year)", rolled.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => series.GroupBy(TradeDimension.Commodity).ValuesOf(TradeFlow.Exports));
        var mixed = series.Concat(TradeSeries.From([new TradeObservation(China, Territory.World, Period.Year(2016), TradeFlow.Exports, Money.Cny(1m)) { Commodity = Graphite }]));
        Assert.Throws<InvalidOperationException>(() => mixed.GroupBy(TradeDimension.Period).ValuesOf(TradeFlow.Exports));
        Assert.Equal(Money.Cny(1m), mixed.ValuesOf(TradeFlow.Exports, PeriodKind.Year).ValueFor(Period.Year(2016)));
        Assert.Throws<InvalidOperationException>(() => mixed.ValuesOf(TradeFlow.Exports, PeriodKind.Month));
    }

    [Fact]
    public void Series_are_built_from_periods_of_one_kind_in_one_currency()
    {
        var s = PeriodSeries.From(PeriodKind.Quarter, [new PeriodValue(Period.Quarter(2024, 4), Money.Cny(3m)), new PeriodValue(Period.Quarter(2024, 1), Money.Cny(1m))]);
        Assert.Equal([Money.Cny(1m), null, null, Money.Cny(3m)], s.Select(v => v.Value));
        Assert.Equal(Currency.CNY, s.Currency);

        Assert.Throws<ArgumentException>(() => PeriodSeries.From(PeriodKind.Quarter, [new PeriodValue(Period.Month(2024, 1), Money.Cny(1m))]));
        Assert.Throws<ArgumentException>(() => PeriodSeries.From(PeriodKind.Range, []));
        Assert.Throws<ArgumentException>(() => PeriodSeries.From(PeriodKind.Year, [new PeriodValue(Period.Year(2024), Money.Cny(1m)), new PeriodValue(Period.Year(2024), null)]));
        Assert.Throws<CurrencyMismatchException>(() => PeriodSeries.From(PeriodKind.Year, [new PeriodValue(Period.Year(2023), Money.Cny(1m)), new PeriodValue(Period.Year(2024), Money.Usd(1m))]));
        Assert.Throws<ArgumentException>(() => s.ValueFor(Period.Year(2024)));
        Assert.Throws<ArgumentException>(() => s.Sum(Period.Month(2024, 1)));
        Assert.Throws<ArgumentException>(() => s.Cagr(Period.Quarter(2024, 4), Period.Quarter(2024, 1), YearFraction.Months));
        Assert.Throws<ArgumentOutOfRangeException>(() => s.RollingSum(0));

        var empty = PeriodSeries.From(PeriodKind.Month, []);
        Assert.Null(empty.Currency);
        Assert.Null(empty.Mean());
        Assert.Equal(GrowthUndefinedReason.MissingPeriod, empty.Cagr(Period.Month(2020, 1), Period.Month(2021, 1), YearFraction.Months).Reason);
        Assert.Equal("Month, empty", empty.ToString());
    }

    [Fact]
    public void Compound_takes_the_nullable_values_that_ValueFor_returns()
    {
        var series = GraphiteExports();
        Growth sevenYears = Growth.Compound(series.ValueFor(Period.Year(2017), TradeFlow.Exports), series.ValueFor(Period.Year(2024), TradeFlow.Exports), 7);
        Growth missing = Growth.Compound(series.ValueFor(Period.Year(2016), TradeFlow.Exports), series.ValueFor(Period.Year(2024), TradeFlow.Exports), 8);

        Assert.True(sevenYears.IsDefined);
        Assert.Equal(GrowthUndefinedReason.MissingPeriod, missing.Reason);
        Assert.Equal("the first value is missing", missing.Explanation);
        Assert.Equal(GrowthUndefinedReason.MissingPeriod, Growth.Compound(Money.Cny(1m), null, 2.5m).Reason);
        Assert.Throws<ArgumentOutOfRangeException>(() => Growth.Compound(null, null, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Growth.Compound(Money.Cny(1m), Money.Cny(2m), 0m));
    }

    [Fact]
    public void Fractional_compounding_outside_decimal_is_undefined_not_an_exception()
    {
        var g = Growth.Compound(Money.Cny(1e-20m), Money.Cny(7.9e28m), 0.5m);
        Assert.Equal(GrowthUndefinedReason.OutOfRange, g.Reason);
        Assert.Equal(GrowthUndefinedReason.UndefinedInput, Growth.Compound(Money.Cny(5m), Money.Cny(0m), 2.5m).Reason);
        Assert.Equal(GrowthUndefinedReason.OutOfRange, Growth.Mean([Growth.FromRate(decimal.MaxValue), Growth.FromRate(decimal.MaxValue)]).Reason);
        Assert.Equal(GrowthUndefinedReason.ZeroBase, Growth.Mean([Growth.FromRate(0.1m), Growth.Between(Money.Cny(1m), Money.Cny(0m))]).Reason);
        Assert.Throws<ArgumentException>(() => Growth.Mean([]));
        Assert.Equal(0.25m, Growth.Compound(Money.Cny(100m), Money.Cny(125m), 1m).Rate);
        Assert.Equal(
            string.Create(CultureInfo.InvariantCulture, $"{Growth.Compound(Money.Cny(100m), Money.Cny(150m), 1.5m).Rate:F20}"),
            string.Create(CultureInfo.InvariantCulture, $"{DecimalPower.Root(1.5m, 1.5m) - 1m:F20}"));
    }
}
