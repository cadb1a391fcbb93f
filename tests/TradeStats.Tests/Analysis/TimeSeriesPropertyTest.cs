using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TradeStats.Analysis;

namespace TradeStats.Tests.Analysis;

/// <summary>The laws of the time-series measures, and their agreement with <see cref="TradeSeries"/> one period at a time.</summary>
public class TimeSeriesPropertyTest
{
    private static readonly Territory China = Territory.FromCode("CN");

    private static readonly TradeFlow[] Flows = [TradeFlow.Exports, TradeFlow.Imports, TradeFlow.Total, TradeFlow.Balance];

    private static readonly PeriodKind[] Kinds = [PeriodKind.Month, PeriodKind.Quarter, PeriodKind.Half, PeriodKind.Year];

    /// <summary>Monthly amounts from a month of 2017 on, up to eight years of them, about one in eight missing.</summary>
    private static readonly Gen<(int Start, decimal?[] Amounts)> MonthlyAmounts =
        from start in Gen.Choose(0, 11)
        from n in Gen.Choose(0, 96)
        from amounts in Gen.ArrayOf(
            from missing in Gen.Choose(0, 7)
            from a in AnalysisGenerators.PositiveAmount
            select missing == 0 ? (decimal?)null : a,
            n)
        select (start, amounts);

    private static readonly Arbitrary<(int Start, decimal?[] Amounts)> MonthlyArbitrary = Arb.From(
        MonthlyAmounts,
        x => Enumerable.Range(0, x.Amounts.Length).Select(i => (x.Start, x.Amounts.Where((_, j) => j != i).ToArray())));

    private static TradeSeries Exports((int Start, decimal?[] Amounts) x) => TradeSeries.From(
        x.Amounts.Select((a, i) => (a, p: Period.Month(2017, 1).Shift(x.Start + i)))
            .Where(v => v.a is not null)
            .Select(v => new TradeObservation(China, Territory.World, v.p, TradeFlow.Exports, Money.Cny(v.a!.Value))));

    private static PeriodSeries Monthly((int Start, decimal?[] Amounts) x) => PeriodSeries.From(
        PeriodKind.Month,
        x.Amounts.Select((a, i) => new PeriodValue(Period.Month(2017, 1).Shift(x.Start + i), a is { } v ? Money.Cny(v) : null)));

    [Property]
    public Property Property_a_rolling_sum_or_mean_over_one_period_is_the_series() =>
        Prop.ForAll(MonthlyArbitrary, x =>
        {
            var s = Monthly(x);
            Assert.Equal(s.Values.ToArray(), s.RollingSum(1).Values.ToArray());
            Assert.Equal(s.Values.ToArray(), s.RollingMean(1).Values.ToArray());
            Assert.Equal(s.YearOnYear().Values.ToArray(), s.YearOnYear().RollingMean(1).Values.ToArray());
        });

    [Property]
    public Property Property_the_trailing_twelve_month_total_at_December_is_the_calendar_year() =>
        Prop.ForAll(MonthlyArbitrary, x =>
        {
            var series = Exports(x);
            var trailing = series.ValuesOf(TradeFlow.Exports, PeriodKind.Month).TrailingTwelveMonths();
            var annual = series.ValuesOf(TradeFlow.Exports, PeriodKind.Year);
            foreach (var year in annual)
            {
                var december = Period.Month(year.Period.StartYear, 12);
                Assert.Equal(year.Value, trailing.ValueFor(december));
                Assert.Equal(year.Value, series.ValueFor(year.Period, TradeFlow.Exports));
            }
        });

    [Property]
    public Property Property_a_rolling_sum_is_defined_exactly_when_its_window_is_complete() =>
        Prop.ForAll(MonthlyArbitrary, Arb.From(Gen.Choose(1, 14)), (x, n) =>
        {
            var s = Monthly(x);
            var sums = s.RollingSum(n);
            var means = s.RollingMean(n);
            for (var i = 0; i < s.Count; i++)
            {
                var window = i + 1 >= n ? s.Values.Skip(i + 1 - n).Take(n).ToList() : null;
                var complete = window is not null && window.All(v => !v.IsMissing);
                Assert.Equal(complete, sums[i].Value is not null);
                if (complete)
                {
                    var expected = window!.Select(v => v.Value!.Value.Amount).Sum();
                    Assert.Equal(expected, sums[i].Value!.Value.Amount);
                    Assert.Equal(expected / n, means[i].Value!.Value.Amount);
                }
            }
        });

    [Property(MaxTest = 100)]
    public Property Property_growth_for_every_period_equals_TradeSeries_one_period_at_a_time() =>
        Prop.ForAll(AnalysisGenerators.ObservationsArbitrary, list =>
        {
            var series = TradeSeries.From(list);
            foreach (var flow in Flows)
            {
                foreach (var kind in Kinds)
                {
                    var values = series.ValuesOf(flow, kind);
                    var yoy = values.YearOnYear();
                    var pop = values.PeriodOnPeriod();
                    for (var i = 0; i < values.Count; i++)
                    {
                        var p = values[i].Period;
                        Assert.Equal(series.ValueFor(p, flow), values[i].Value);
                        AssertSame(series.YearOnYear(p, flow), yoy[i].Growth);
                        AssertSame(series.PeriodOnPeriod(p, flow), pop[i].Growth);
                    }
                }
            }
        });

    [Property(MaxTest = 100)]
    public Property Property_months_rolled_up_are_the_values_of_the_coarser_kind() =>
        Prop.ForAll(AnalysisGenerators.ObservationsArbitrary, list =>
        {
            var series = TradeSeries.From(list);
            foreach (var flow in Flows)
            {
                var monthly = series.ValuesOf(flow, PeriodKind.Month);
                foreach (var kind in Kinds)
                {
                    Assert.Equal(series.ValuesOf(flow, kind).Values.ToArray(), monthly.RollUp(kind).Values.ToArray());
                }
            }
        });

    [Property(MaxTest = 100)]
    public Property Property_a_grouping_gives_each_key_the_values_of_its_filtered_series() =>
        Prop.ForAll(AnalysisGenerators.ObservationsArbitrary, list =>
        {
            var series = TradeSeries.From(list);
            var grouping = series.GroupBy(new GroupingOptions(TradeDimension.Period | TradeDimension.Commodity | TradeDimension.Reporter) { PeriodRollUp = PeriodKind.Month });
            foreach (var flow in new[] { TradeFlow.Exports, TradeFlow.Total })
            {
                var perKey = grouping.ValuesOf(flow);
                Assert.Equal(grouping.Groups.Select(g => (g.Key.Reporter, g.Key.Commodity)).Distinct().Count(), perKey.Length);
                foreach (var s in perKey)
                {
                    var own = series.WhereReporter(s.Key.Reporter!).WhereCommodity(s.Key.Commodity).ValuesOf(flow, PeriodKind.Month);
                    foreach (var v in s.Values)
                    {
                        Assert.Equal(own.ValueFor(v.Period), v.Value);
                    }
                }
            }
        });

    [Property]
    public Property Property_a_compound_rate_over_whole_years_is_Growth_Compound() =>
        Prop.ForAll(Arb.From(Gen.ArrayOf(AnalysisGenerators.PositiveAmount, 9)), Arb.From(Gen.Choose(1, 8)), (amounts, years) =>
        {
            var annual = PeriodSeries.From(PeriodKind.Year, amounts.Select((a, i) => new PeriodValue(Period.Year(2016 + i), Money.Cny(a))));
            var from = Period.Year(2016);
            var to = Period.Year(2016 + years);
            var classic = Growth.Compound(annual.ValueFor(from), annual.ValueFor(to), years);
            Assert.Equal(classic, annual.Cagr(from, to, YearFraction.WholePeriods));
            Assert.Equal(classic, annual.Cagr(from, to, YearFraction.Months));
        });

    [Property]
    public Property Property_a_compound_rate_over_a_fractional_span_compounds_back_to_the_end_value() =>
        Prop.ForAll(MonthlyArbitrary, Arb.From(from w in Gen.Choose(1, 6) from c in Gen.Elements(YearFraction.ActualDays, YearFraction.Months) select (w, c)), (x, t) =>
        {
            var s = Monthly(x);
            if (s.Count < (2 * t.w) + 12)
            {
                return;
            }

            var from = Period.Range(s.Values[0].Period, s.Values[t.w - 1].Period);
            var to = Period.Range(s.Values[^t.w].Period, s.Values[^1].Period);
            var cagr = s.Cagr(from, to, t.c);
            var (first, last) = (s.Mean(from), s.Mean(to));
            if (first is null || last is null)
            {
                Assert.Equal(GrowthUndefinedReason.MissingPeriod, cagr.Reason);
                return;
            }

            var years = t.c == YearFraction.ActualDays
                ? (to.FirstDay.DayNumber - from.FirstDay.DayNumber) / 365.25m
                : (to.StartIndex - from.StartIndex) / 12m;
            var ratio = last.Value / first.Value;
            if (ratio < 0.1m || ratio > 1e12m)
            {
                return; // outside the range where the documented precision is relative
            }

            // Documented: the fold is within 1e-27 of the exact root relative to its size; raising it back to the
            // power of the years multiplies that by the years (at most 8 here), and the ratio itself is a rounded quotient.
            var back = DecimalPower.Power(1m + cagr.Rate!.Value, years);
            Assert.InRange((back - ratio) / ratio, -1e-24m, 1e-24m);
            var viaDouble = Math.Pow((double)ratio, 1.0 / (double)years) - 1.0;
            // double carries about 16 significant digits: compare relative to the size of the fold.
            Assert.InRange(((double)cagr.Rate!.Value - viaDouble) / (1.0 + Math.Abs(viaDouble)), -1e-12, 1e-12);
        });

    [Property]
    public Property Property_a_rolling_mean_of_growth_is_the_mean_of_the_rates_in_its_window() =>
        Prop.ForAll(MonthlyArbitrary, Arb.From(Gen.Choose(1, 6)), (x, n) =>
        {
            var yoy = Monthly(x).YearOnYear();
            var smoothed = yoy.RollingMean(n);
            for (var i = 0; i < yoy.Count; i++)
            {
                var window = yoy.Values.Skip(Math.Max(0, i + 1 - n)).Take(Math.Min(n, i + 1)).Select(v => v.Growth).ToList();
                if (i + 1 < n || window.Any(g => !g.IsDefined))
                {
                    Assert.False(smoothed[i].Growth.IsDefined);
                    Assert.NotEqual(GrowthUndefinedReason.None, smoothed[i].Growth.Reason);
                }
                else
                {
                    Assert.Equal(Growth.Mean(window), smoothed[i].Growth);
                }
            }
        });

    [Property]
    public Property Property_year_on_year_is_defined_exactly_where_both_months_have_values() =>
        Prop.ForAll(MonthlyArbitrary, x =>
        {
            var s = Monthly(x);
            foreach (var g in s.YearOnYear())
            {
                var current = s.ValueFor(g.Period);
                var before = s.ValueFor(g.Period.YearEarlier());
                Assert.Equal(current is not null && before is not null, g.Growth.IsDefined);
                if (!g.Growth.IsDefined)
                {
                    Assert.Equal(GrowthUndefinedReason.MissingPeriod, g.Growth.Reason);
                }
            }
        });

    private static void AssertSame(Growth expected, Growth actual)
    {
        Assert.Equal(expected.Rate, actual.Rate);
        Assert.Equal(expected.Reason, actual.Reason);
    }
}
