using System.Globalization;

namespace TradeStats.Analysis;

/// <content>One flow's values period by period, for the time-series measures of <see cref="PeriodSeries"/>.</content>
public sealed partial class TradeSeries
{
    /// <summary>
    /// The values of a flow period by period: the series summed per month, quarter, half or year with the guards of
    /// <see cref="GroupBy(GroupingOptions)"/> (observations rolled up to the kind), every period from the first to the
    /// last that has data, and a period missing (null) unless the data covers each of its months, as
    /// <see cref="ValueFor"/> requires. Filter the series first (reporter, partner, commodity, breakdowns) to choose
    /// what is summed.
    /// </summary>
    /// <param name="flow">The flow; the total and balance are derived from exports and imports where both are recorded (a period where both are recorded needs both to cover it), otherwise taken as stated.</param>
    /// <param name="kind">Month, Quarter, Half or Year.</param>
    /// <returns>The series; empty when no observation gives the flow.</returns>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is <see cref="PeriodKind.Range"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="flow"/> or <paramref name="kind"/> is not a defined value.</exception>
    /// <exception cref="OverlappingLevelsException">Two observations of one flow cover the same trade.</exception>
    /// <exception cref="CumulativePeriodException">Two year-to-date figures of one flow overlap.</exception>
    /// <exception cref="MixedCurrenciesException">The currencies differ.</exception>
    /// <exception cref="InvalidOperationException">An observation's period is longer than a period of <paramref name="kind"/> (a year asked for by month).</exception>
    /// <exception cref="OverflowException">A period's sum exceeds decimal's range.</exception>
    public PeriodSeries ValuesOf(TradeFlow flow, PeriodKind kind)
    {
        Guard.Against.UndefinedEnum(flow, "Unknown trade flow.");
        Guard.Against.UndefinedEnum(kind, "Unknown period kind.");
        if (kind == PeriodKind.Range)
        {
            throw new ArgumentException("A series holds months, quarters, halves or years, not ranges.", nameof(kind));
        }

        var grouping = GroupBy(new GroupingOptions(TradeDimension.Period) { PeriodRollUp = kind });
        TradeFlow[] relevant = flow is TradeFlow.Total or TradeFlow.Balance ? [flow, TradeFlow.Exports, TradeFlow.Imports] : [flow];

        // The months each flow covers in each period of the kind.
        var covered = new Dictionary<(TradeFlow Flow, Period Period), HashSet<Period>>();
        foreach (var o in Observations)
        {
            if (Array.IndexOf(relevant, o.Flow) < 0)
            {
                continue;
            }

            var key = (o.Flow, o.Period.RollUp(kind));
            if (!covered.TryGetValue(key, out var months))
            {
                months = [];
                covered.Add(key, months);
            }

            months.UnionWith(o.Period.Months());
        }

        var values = new List<PeriodValue>();
        foreach (var g in grouping.Groups)
        {
            var period = g.Key.Period!.Value;
            if (!relevant.Any(f => covered.ContainsKey((f, period))))
            {
                continue;
            }

            TradeFlow[] sources = flow is TradeFlow.Total or TradeFlow.Balance && g.Totals.IsDerived ? [TradeFlow.Exports, TradeFlow.Imports] : [flow];
            var complete = sources.All(f => covered.TryGetValue((f, period), out var months) && months.Count == period.LengthInMonths);
            values.Add(new PeriodValue(period, complete ? g.Totals[flow] : null));
        }

        return PeriodSeries.From(kind, values);
    }
}
