using System.Globalization;

namespace TradeStats.Analysis;

/// <content>Values of whole periods and their year-on-year and period-on-period growth.</content>
public sealed partial class TradeSeries
{
    /// <summary>
    /// The value of a flow for a period, summed over the observations whose periods lie inside it (the months of a
    /// year, or the year itself). Null when no observation covers some month of the period, so a partial year is never
    /// passed off as a whole one.
    /// </summary>
    /// <param name="period">The period to value, such as a year; it must be covered month by month.</param>
    /// <param name="flow">The flow; the total and balance are derived from exports and imports when both are recorded.</param>
    /// <returns>The value, or null when the period is not fully covered.</returns>
    /// <exception cref="OverlappingLevelsException">Two observations of one flow cover the same trade.</exception>
    /// <exception cref="CumulativePeriodException">Two year-to-date figures of one flow overlap.</exception>
    /// <exception cref="MixedCurrenciesException">The currencies differ.</exception>
    public Money? ValueFor(Period period, TradeFlow flow) => ValueAndGap(period, flow).Value;

    /// <summary>Year-on-year growth of a flow: the period against the same span one year earlier.</summary>
    /// <param name="period">The period (a year, a month, a quarter, a year-to-date span).</param>
    /// <param name="flow">The flow, recorded or derived (the total and balance from exports and imports).</param>
    /// <returns>The growth; undefined with <see cref="GrowthUndefinedReason.MissingPeriod"/> when either period is not fully covered.</returns>
    /// <exception cref="OverlappingLevelsException">Two observations of one flow cover the same trade.</exception>
    /// <exception cref="MixedCurrenciesException">The currencies differ.</exception>
    public Growth YearOnYear(Period period, TradeFlow flow) => GrowthAgainst(period, period.YearEarlier(), flow);

    /// <summary>Period-on-period growth of a flow: the period against the adjacent earlier span of the same length (Q1 for Q2).</summary>
    /// <param name="period">A month, quarter, half, year or range that is not a cumulative year-to-date span.</param>
    /// <param name="flow">The flow, recorded or derived (the total and balance from exports and imports).</param>
    /// <returns>The growth; undefined with <see cref="GrowthUndefinedReason.MissingPeriod"/> when either period is not fully covered.</returns>
    /// <exception cref="CumulativePeriodException">The period is a cumulative year-to-date span (January-October), whose
    /// preceding span of equal length is meaningless; compare year on year instead.</exception>
    /// <exception cref="OverlappingLevelsException">Two observations of one flow cover the same trade.</exception>
    public Growth PeriodOnPeriod(Period period, TradeFlow flow)
    {
        if (period.IsYearToDate && period.Kind == PeriodKind.Range)
        {
            throw new CumulativePeriodException(
                period,
                period.Previous(),
                string.Create(CultureInfo.InvariantCulture, $"{period} is a cumulative year-to-date span; comparing it with the preceding span of equal length ({period.Previous()}) treats a cumulative figure as a flow of its own months. Compare year on year ({period.YearEarlier()}), or derive single months with MonthlyFromYearToDate."));
        }

        return GrowthAgainst(period, period.Previous(), flow);
    }

    private Growth GrowthAgainst(Period period, Period basePeriod, TradeFlow flow)
    {
        var (current, currentGap) = ValueAndGap(period, flow);
        var (before, beforeGap) = ValueAndGap(basePeriod, flow);
        if (current is null || before is null)
        {
            return Growth.Undefined(GrowthUndefinedReason.MissingPeriod, current is null ? currentGap! : beforeGap!);
        }

        return Growth.Between(current.Value, before.Value);
    }

    private (Money? Value, string? Gap) ValueAndGap(Period period, TradeFlow flow)
    {
        var within = Observations.Where(o => o.Period.IsWithin(period)).ToList();
        foreach (var byFlow in within.GroupBy(o => o.Flow))
        {
            LevelGuard.Check(byFlow.ToList());
        }

        var totals = FlowTotals.Of(within);
        if (totals[flow] is not { } value)
        {
            return (null, string.Create(CultureInfo.InvariantCulture, $"no {flow} data for {period}"));
        }

        TradeFlow[] sources = flow switch
        {
            TradeFlow.Total or TradeFlow.Balance when totals.IsDerived => [TradeFlow.Exports, TradeFlow.Imports],
            _ => [flow],
        };
        foreach (var f in sources)
        {
            var months = new HashSet<Period>(within.Where(o => o.Flow == f).SelectMany(o => o.Period.Months()));
            var missing = period.Months().Where(m => !months.Contains(m)).ToList();
            if (missing.Count > 0)
            {
                return (null, string.Create(CultureInfo.InvariantCulture, $"{f} data for {period} lack {missing.Count} month(s), first {missing[0]}"));
            }
        }

        return (value, null);
    }
}
