using TradeStats.Analysis;
using TradeStats.Sample.Cli;
using TradeStats.Verification;

namespace TradeStats.Sample.Charts;

/// <summary>The charts of <c>--plot</c>: the same computations as the commands' tables, drawn.</summary>
public static class CliCharts
{
    private static readonly TradeFlow[] Flows = [TradeFlow.Exports, TradeFlow.Imports, TradeFlow.Total];

    /// <summary>Exports and imports (or the total where only that is known) of each group, side by side.</summary>
    /// <param name="series">The observations to chart, already converted when a currency was asked for.</param>
    /// <param name="by">The dimension names of <c>--by</c>.</param>
    /// <returns>A grouped bar chart, one group per key and one bar per shown flow, in billions or millions of the currency.</returns>
    public static Chart Aggregate(TradeSeries series, IReadOnlyList<string> by)
    {
        ArgumentNullException.ThrowIfNull(series);
        return Aggregate(series.GroupBy, by);
    }

    /// <summary>The chart of <see cref="Aggregate(TradeSeries, IReadOnlyList{string})"/>, with the sums computed by <paramref name="group"/>.</summary>
    /// <param name="group">Computes the grouping for the options asked (in process or pushed down to an engine).</param>
    /// <param name="by">The dimension names of <c>--by</c>.</param>
    /// <returns>A grouped bar chart, one group per key and one bar per shown flow.</returns>
    public static Chart Aggregate(Func<GroupingOptions, TradeGrouping> group, IReadOnlyList<string> by)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(by);
        var keys = by.Where(b => b != "flow").ToList();
        var groups = group(Commands.Options(keys)).Groups;
        var values = groups.SelectMany(g => Shown(g.Totals).Select(f => (Group: g, Flow: f, Money: g.Totals[f]!.Value))).ToList();
        var currencies = values.Select(v => v.Money.Currency.Code).Distinct().ToList();
        var unit = AxisUnit.Amount(values.Count == 0 ? 0m : values.Max(v => Math.Abs(v.Money.Amount)), currencies.Count == 1 ? currencies[0] : "(each group's currency)");
        var bars = values.Select(v => new BarValue(Category(v.Group.Key, keys) + (currencies.Count > 1 ? " " + v.Money.Currency.Code : string.Empty), v.Flow.ToString(), unit.Scale(v.Money.Amount), unit.Format(unit.Scale(v.Money.Amount)))).ToList();
        var title = "Trade by " + (keys.Count == 0 ? "flow" : string.Join(", ", keys));
        return Draw.GroupedBars(title, string.Join(", ", keys), unit.Name, bars, [.. Flows.Select(f => f.ToString())]);
    }

    /// <summary>Growth on a year earlier of each flow, in percent, by group and period.</summary>
    /// <param name="series">The observations to chart, already converted when a currency was asked for.</param>
    /// <param name="by">The dimension names of <c>--by</c>.</param>
    /// <returns>A grouped bar chart of the growth rates in percent.</returns>
    public static Chart Growth(TradeSeries series, IReadOnlyList<string> by)
    {
        ArgumentNullException.ThrowIfNull(series);
        return Growth(series.GroupBy, by);
    }

    /// <summary>The chart of <see cref="Growth(TradeSeries, IReadOnlyList{string})"/>, with the sums computed by <paramref name="group"/>.</summary>
    /// <param name="group">Computes the grouping for the options asked (in process or pushed down to an engine).</param>
    /// <param name="by">The dimension names of <c>--by</c>.</param>
    /// <returns>A grouped bar chart of the growth rates in percent.</returns>
    public static Chart Growth(Func<GroupingOptions, TradeGrouping> group, IReadOnlyList<string> by)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(by);
        var keys = by.Where(b => b is not "flow" and not "period" and not "year" and not "quarter" and not "month").ToList();
        var periodKey = by.FirstOrDefault(b => b is "year" or "quarter" or "month") ?? "period";
        var groups = group(Commands.Options([.. keys, periodKey])).Groups;
        var bars = new List<BarValue>();
        foreach (var cell in groups.GroupBy(g => g.Key with { Period = null, Dimensions = g.Key.Dimensions & ~TradeDimension.Period }))
        {
            var periods = cell.ToDictionary(g => g.Key.Period!.Value, g => g.Totals);
            foreach (var (period, totals) in periods.OrderBy(p => p.Key))
            {
                if (!periods.TryGetValue(period.YearEarlier(), out var previous))
                {
                    continue;
                }

                foreach (var flow in Flows)
                {
                    if (totals[flow] is { } current && previous[flow] is { } before && Analysis.Growth.Between(current, before).Rate is { } rate)
                    {
                        var pct = (double)(rate * 100m);
                        var name = (keys.Count == 0 ? string.Empty : Category(cell.Key, keys) + " ") + period;
                        bars.Add(new BarValue(name, flow.ToString(), pct, AxisUnit.Percent.Format(pct, 1, withSign: true)));
                    }
                }
            }
        }

        var title = "Growth on a year earlier" + (keys.Count == 0 ? string.Empty : " by " + string.Join(", ", keys));
        return Draw.GroupedBars(title, (keys.Count == 0 ? string.Empty : string.Join(", ", keys) + ", ") + periodKey, "percent", bars, [.. Flows.Select(f => f.ToString())]);
    }

    /// <summary>The contradictions (or, when there are none, the explainable gaps) as intervals that do not meet.</summary>
    /// <param name="report">The verifier's report on the input statements.</param>
    /// <returns>An interval chart of the contradictions, else of the explainable gaps, else an empty chart saying none were found.</returns>
    public static Chart Verify(VerificationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Contradictions.Count > 0)
        {
            return Draw.Intervals($"Contradictions: {report.Contradictions.Count} of {report.Findings.Count} relations", report.Contradictions);
        }

        return report.ExplainableGaps.Count > 0
            ? Draw.Intervals($"No contradictions; explainable gaps: {report.ExplainableGaps.Count} of {report.Findings.Count} relations", report.ExplainableGaps)
            : Draw.Intervals($"No contradictions in {report.Findings.Count} relations", []);
    }

    // Exports and imports where known; the total only where neither is.
    private static IEnumerable<TradeFlow> Shown(FlowTotals totals) =>
        totals.Exports is not null || totals.Imports is not null
            ? Flows.Take(2).Where(f => totals[f] is not null)
            : Flows.Skip(2).Where(f => totals[f] is not null);

    private static string Category(GroupKey key, List<string> keys) =>
        keys.Count == 0 ? "all" : string.Join(" ", Commands.KeyCells(key, keys).Select(c => c?.ToString() ?? "-"));
}
