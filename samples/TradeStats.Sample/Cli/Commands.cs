using TradeStats.Analysis;
using TradeStats.Verification;

namespace TradeStats.Sample.Cli;

/// <summary>The computations behind the commands, each returning a table.</summary>
public static class Commands
{
    private static readonly TradeFlow[] Flows = [TradeFlow.Exports, TradeFlow.Imports, TradeFlow.Total, TradeFlow.Balance];

    /// <summary>What a series holds: counts and values of each dimension.</summary>
    /// <param name="series">The observations read from the input files.</param>
    /// <returns>A "Summary" table: the observation count, the distinct values of each dimension (the first twelve) and the range of values per flow and currency.</returns>
    public static OutputTable Summarize(TradeSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var rows = new List<object?[]> { Counted("observations", series.Count, []) };
        rows.Add(Row("reporters", series.Select(o => o.Reporter.Code)));
        rows.Add(Row("partners", series.Select(o => o.Partner.Code)));
        rows.Add(Row("periods", series.Select(o => o.Period).Order().Select(p => p.ToString())));
        rows.Add(Row("flows", series.Select(o => o.Flow.ToString())));
        rows.Add(Row("currencies", series.Select(o => o.Value.Currency.Code)));
        rows.Add(Row("commodities", series.Select(o => o.Commodity?.ToString() ?? "all goods")));
        rows.Add(Row("statuses", series.Select(o => o.Status.ToString())));
        rows.Add(Row("sources", series.Select(o => o.Source?.Publisher ?? "unsourced")));
        foreach (var g in series.GroupBy(o => (o.Value.Currency, o.Flow)).OrderBy(g => g.Key.Currency.Code, StringComparer.Ordinal).ThenBy(g => g.Key.Flow))
        {
            rows.Add(["values " + g.Key.Flow + " " + g.Key.Currency.Code, g.Count(), "min " + g.Min(o => o.Value.Amount).ToString(System.Globalization.CultureInfo.InvariantCulture) + ", max " + g.Max(o => o.Value.Amount).ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        }

        return new OutputTable("Summary", ["item", "count", "values"], rows);

        static object?[] Row(string item, IEnumerable<string> values) => Counted(item, values.Distinct().Count(), values.Distinct());

        static object?[] Counted(string item, int count, IEnumerable<string> values)
        {
            var list = values.ToList();
            return [item, count, string.Join(" ", list.Take(12)) + (list.Count > 12 ? " ..." : string.Empty)];
        }
    }

    /// <summary>Sums by dimensions; with "flow" in <paramref name="by"/>, one row per flow, otherwise the flows side by side.</summary>
    /// <param name="series">The observations read from the input files, already converted when a currency was asked for.</param>
    /// <param name="by">Dimension names (see <see cref="CommandLine.Dimensions"/>).</param>
    /// <returns>An "Aggregate" table with the keys, then a flow, value and currency per row, or the four flows side by side; amounts rounded to the currency's minor unit.</returns>
    public static OutputTable Aggregate(TradeSeries series, IReadOnlyList<string> by)
    {
        ArgumentNullException.ThrowIfNull(series);
        return Aggregate(series.GroupBy, by);
    }

    /// <summary>Sums by dimensions, with the sums computed by <paramref name="group"/> (in process or pushed down to an engine).</summary>
    /// <param name="group">Computes the grouping for the options asked, such as <see cref="TradeSeries.GroupBy(GroupingOptions)"/>.</param>
    /// <param name="by">Dimension names (see <see cref="CommandLine.Dimensions"/>).</param>
    /// <returns>The "Aggregate" table, as <see cref="Aggregate(TradeSeries, IReadOnlyList{string})"/> gives it.</returns>
    public static OutputTable Aggregate(Func<GroupingOptions, TradeGrouping> group, IReadOnlyList<string> by)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(by);
        var keys = by.Where(b => b != "flow").ToList();
        var grouping = group(Options(keys));
        var rows = new List<object?[]>();
        if (by.Contains("flow"))
        {
            foreach (var g in grouping.Groups)
            {
                foreach (var flow in Flows)
                {
                    if (g.Totals[flow] is { } value)
                    {
                        rows.Add([.. KeyCells(g.Key, keys), FlowName(flow, g.Totals), Out(value), value.Currency.Code]);
                    }
                }
            }

            return new OutputTable("Aggregate", [.. keys, "flow", "value", "currency"], rows);
        }

        foreach (var g in grouping.Groups)
        {
            var t = g.Totals;
            rows.Add([.. KeyCells(g.Key, keys), Out(t.Exports), Out(t.Imports), Out(t.Total), Out(t.Balance), t.Currency?.Code]);
        }

        return new OutputTable("Aggregate", [.. keys, "exports", "imports", "total", "balance", "currency"], rows);
    }

    /// <summary>Year-on-year growth of each flow, by dimensions besides the period.</summary>
    /// <param name="series">The observations read from the input files, already converted when a currency was asked for.</param>
    /// <param name="by">Dimension names; year, quarter or month roll the periods up, and the period is always a key.</param>
    /// <returns>A "Growth on a year earlier" table: the keys, period, flow, value, previous value, currency and growth as a fraction and as text.</returns>
    public static OutputTable Growth(TradeSeries series, IReadOnlyList<string> by)
    {
        ArgumentNullException.ThrowIfNull(series);
        return Growth(series.GroupBy, by);
    }

    /// <summary>Year-on-year growth of each flow, with the sums computed by <paramref name="group"/> (in process or pushed down to an engine).</summary>
    /// <param name="group">Computes the grouping for the options asked, such as <see cref="TradeSeries.GroupBy(GroupingOptions)"/>.</param>
    /// <param name="by">Dimension names; year, quarter or month roll the periods up, and the period is always a key.</param>
    /// <returns>The "Growth on a year earlier" table, as <see cref="Growth(TradeSeries, IReadOnlyList{string})"/> gives it.</returns>
    public static OutputTable Growth(Func<GroupingOptions, TradeGrouping> group, IReadOnlyList<string> by)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(by);
        var keys = by.Where(b => b is not "flow" and not "period" and not "year" and not "quarter" and not "month").ToList();
        var periodKey = by.FirstOrDefault(b => b is "year" or "quarter" or "month") ?? "period";
        var grouping = group(Options([.. keys, periodKey]));
        var byCell = grouping.Groups.GroupBy(g => g.Key with { Period = null, Dimensions = g.Key.Dimensions & ~TradeDimension.Period });
        var rows = new List<object?[]>();
        foreach (var cell in byCell)
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
                    if (totals[flow] is not { } current || previous[flow] is not { } before)
                    {
                        continue;
                    }

                    var g = Analysis.Growth.Between(current, before);
                    rows.Add([.. KeyCells(cell.Key, keys), period.ToString(), FlowName(flow, totals), Out(current), Out(before), current.Currency.Code,
                        g.Rate is { } rate ? Math.Round(rate, 6) : null, g.IsDefined ? g.ToString() : g.Explanation]);
                }
            }
        }

        return new OutputTable("Growth on a year earlier", [.. keys, "period", "flow", "value", "previous", "currency", "growth", "growth_text"], rows);
    }

    /// <summary>The verifier's findings, contradictions first.</summary>
    /// <param name="report">The verifier's report on the input statements.</param>
    /// <returns>A "Verification findings" table, contradictions first, then explainable gaps, then consistent findings.</returns>
    public static OutputTable Findings(VerificationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var rows = report.Contradictions.Concat(report.ExplainableGaps).Concat(report.Consistent)
            .Select(f => new object?[] { f.Classification.ToString(), f.Kind.ToString(), string.Join(" ", f.Statements.Select(s => s.Id)), f.Gap, f.GapUnit, f.Message, f.Arithmetic })
            .ToList();
        return new OutputTable("Verification findings", ["classification", "kind", "statements", "gap", "gap_unit", "message", "arithmetic"], rows);
    }

    // Sums stay exact; only the output is rounded to the currency's minor unit (converted amounts have many decimals).
    private static decimal? Out(Money? money) => money?.Round().Amount;

    internal static string FlowName(TradeFlow flow, FlowTotals totals) =>
        flow switch
        {
            TradeFlow.Total when totals.IsDerived => "Total (exports + imports)",
            TradeFlow.Balance when totals.IsDerived => "Balance (exports - imports)",
            _ => flow.ToString(),
        };

    internal static GroupingOptions Options(IReadOnlyList<string> keys)
    {
        var dims = TradeDimension.None;
        PeriodKind? rollUp = null;
        foreach (var k in keys)
        {
            dims |= k switch
            {
                "reporter" => TradeDimension.Reporter,
                "partner" => TradeDimension.Partner,
                "period" or "year" or "quarter" or "month" => TradeDimension.Period,
                "commodity" => TradeDimension.Commodity,
                "customs_regime" => TradeDimension.CustomsRegime,
                "enterprise_type" => TradeDimension.EnterpriseType,
                "transport_mode" => TradeDimension.TransportMode,
                "status" => TradeDimension.Status,
                _ => throw new ArgumentException($"--by: unknown dimension '{k}'."),
            };
            rollUp = k switch
            {
                "year" => PeriodKind.Year,
                "quarter" => PeriodKind.Quarter,
                "month" => PeriodKind.Month,
                _ => rollUp,
            };
        }

        return new GroupingOptions(dims) { PeriodRollUp = rollUp };
    }

    internal static IEnumerable<object?> KeyCells(GroupKey key, IReadOnlyList<string> keys) =>
        keys.Select(k => (object?)(k switch
        {
            "reporter" => key.Reporter?.Code,
            "partner" => key.Partner?.Code,
            "period" or "year" or "quarter" or "month" => key.Period?.ToString(),
            "commodity" => key.Commodity?.ToString() ?? "all goods",
            "customs_regime" => key.CustomsRegime?.ToString() ?? "all regimes",
            "enterprise_type" => key.EnterpriseType?.ToString() ?? "all enterprises",
            "transport_mode" => key.TransportMode?.ToString() ?? "all modes",
            "status" => key.Status?.ToString(),
            _ => null,
        }));
}
