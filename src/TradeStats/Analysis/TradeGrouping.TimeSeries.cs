using System.Collections.Immutable;
using System.Globalization;

namespace TradeStats.Analysis;

/// <content>Each group's values period by period, for the time-series measures of <see cref="PeriodSeries"/>.</content>
public sealed partial record TradeGrouping
{
    /// <summary>
    /// The values of a flow period by period for each group of a grouping by period: one series per key without the
    /// period (per product, partner or any other dimension grouped by), over the whole span of periods of the
    /// grouping, missing where a group has no value.
    /// </summary>
    /// <remarks>
    /// A grouping does not record which months of a rolled-up period the data covered, so a quarter or year with some
    /// months missing would pass for a whole one. Only groupings of periods as recorded or rolled up to months are
    /// taken; roll the series up with <see cref="PeriodSeries.RollUp"/>, which marks incomplete periods as missing, or
    /// use <see cref="TradeSeries.ValuesOf"/>, which checks the months.
    /// </remarks>
    /// <param name="flow">The flow; the total and balance are the groups' derived (or stated) values as in <see cref="FlowTotals"/>.</param>
    /// <returns>One series per key without the period, in key order; empty when the grouping has no group.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="flow"/> is not a defined value.</exception>
    /// <exception cref="InvalidOperationException">The grouping is not by period, rolls periods up to quarters, halves or years, or holds periods of different kinds or ranges.</exception>
    public ImmutableArray<GroupPeriodSeries> ValuesOf(TradeFlow flow)
    {
        Guard.Against.UndefinedEnum(flow, "Unknown trade flow.");
        if (!Options.Dimensions.HasFlag(TradeDimension.Period))
        {
            throw new InvalidOperationException("The grouping is not by period, so its groups have no series over time; group with TradeDimension.Period.");
        }

        if (Options.PeriodRollUp is { } rollUp && rollUp != PeriodKind.Month)
        {
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture,
                $"The grouping rolls periods up to {rollUp}s and does not record whether the data covered each of their months, so an incomplete {rollUp.ToString().ToLowerInvariant()} would pass for a whole one. Group by the periods as recorded and call PeriodSeries.RollUp({rollUp}), or use TradeSeries.ValuesOf(flow, PeriodKind.{rollUp})."));
        }

        if (Groups.IsEmpty)
        {
            return [];
        }

        var kinds = Groups.Select(g => g.Key.Period!.Value.Kind).Distinct().ToList();
        if (kinds.Count > 1 || kinds[0] == PeriodKind.Range)
        {
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture,
                $"The grouping holds periods of kinds {string.Join(", ", kinds)}; a series holds months, quarters, halves or years of one kind. Filter or roll up the series first."));
        }

        var kind = kinds[0];
        var step = (int)kind;
        var withValue = Groups.Where(g => g.Totals[flow] is not null).Select(g => g.Key.Period!.Value.StartIndex).ToList();
        var first = withValue.Count == 0 ? 0 : withValue.Min();
        var count = withValue.Count == 0 ? 0 : ((withValue.Max() - first) / step) + 1;

        var byKey = new Dictionary<GroupKey, Dictionary<int, Money>>();
        var order = new List<GroupKey>();
        foreach (var g in Groups)
        {
            var key = g.Key with { Dimensions = g.Key.Dimensions & ~TradeDimension.Period, Period = null };
            if (!byKey.TryGetValue(key, out var values))
            {
                values = [];
                byKey.Add(key, values);
                order.Add(key);
            }

            if (g.Totals[flow] is { } v)
            {
                values.Add(g.Key.Period!.Value.StartIndex, v);
            }
        }

        var result = ImmutableArray.CreateBuilder<GroupPeriodSeries>(order.Count);
        foreach (var key in order.OrderBy(k => k, Comparer<GroupKey>.Create(GroupKey.Compare)))
        {
            var values = byKey[key];
            var points = ImmutableArray.CreateBuilder<PeriodValue>(count);
            for (var i = 0; i < count; i++)
            {
                var start = first + (i * step);
                points.Add(new PeriodValue(Period.FromIndex(start, step), values.TryGetValue(start, out var v) ? v : null));
            }

            var currency = values.Count == 0 ? null : GrandTotal.Currency;
            result.Add(new GroupPeriodSeries(key, PeriodSeries.Dense(kind, currency, points.MoveToImmutable())));
        }

        return result.MoveToImmutable();
    }
}
