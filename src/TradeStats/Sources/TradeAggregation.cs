using System.Collections.Immutable;
using System.Globalization;
using TradeStats.Analysis;

namespace TradeStats.Sources;

/// <summary>
/// Grouped sums from any source: pushed down to a source that can compute them where the data lies
/// (<see cref="IAggregatingTradeDataSource"/>), otherwise streamed and grouped in process. Either way the result is
/// the one <see cref="TradeSeries.GroupBy(GroupingOptions)"/> gives on the same observations.
/// </summary>
/// <example>
/// <code>
/// var grouping = await TradeAggregation.AggregateAsync(
///     source,
///     TradeQuery.All with { Flows = [TradeFlow.Exports, TradeFlow.Imports] },
///     new GroupingOptions(TradeDimension.Partner | TradeDimension.Period) { PeriodRollUp = PeriodKind.Year });
/// var shares = grouping.Shares(TradeFlow.Exports);
/// </code>
/// </example>
public static class TradeAggregation
{
    /// <summary>Groups and sums the observations of a source that match a filter.</summary>
    /// <param name="source">The source; one that implements <see cref="IAggregatingTradeDataSource"/> computes the sums itself.</param>
    /// <param name="filter">The filters; <see cref="TradeQuery.All"/> for everything.</param>
    /// <param name="grouping">The dimensions to group by and their roll-ups.</param>
    /// <param name="cancellationToken">Stops the read or the query.</param>
    /// <returns>The groups in key order and the grand total.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OverlappingLevelsException">Two matching observations of one flow cover the same trade.</exception>
    /// <exception cref="MixedCurrenciesException">Two matching observations of one flow are in different currencies.</exception>
    /// <exception cref="InvalidOperationException">A period is longer than the roll-up, or a code has no HS level.</exception>
    public static async Task<TradeGrouping> AggregateAsync(ITradeDataSource source, TradeQuery filter, GroupingOptions grouping, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(source);
        Guard.Against.Null(filter);
        Guard.Against.Null(grouping);
        if (source is IAggregatingTradeDataSource aggregating)
        {
            return await aggregating.AggregateAsync(filter, grouping, cancellationToken).ConfigureAwait(false);
        }

        var observations = new List<TradeObservation>();
        await foreach (var o in source.ReadAsync(filter, cancellationToken).ConfigureAwait(false))
        {
            observations.Add(o);
        }

        return TradeSeries.From(observations).GroupBy(grouping);
    }

    /// <summary>
    /// Rolls cell sums computed elsewhere up to groups: for a source that sums in SQL by the raw values of the grouped
    /// dimensions and leaves the roll-ups (months to years, HS6 to HS2, partners to groups) to the library, so that
    /// they follow exactly the library's rules. The caller has already checked the levels
    /// (<see cref="LevelCheck.Check"/>): this adds up, it does not guard.
    /// </summary>
    /// <param name="grouping">The grouping the cells were summed for.</param>
    /// <param name="cells">The cell sums, one per cell and flow (several are added up).</param>
    /// <returns>The groups in key order and the grand total; a group's currency is that of its first cell.</returns>
    /// <exception cref="ArgumentNullException">An argument or a cell is null.</exception>
    /// <exception cref="ArgumentException">A cell lacks a value the grouping needs, or a partner belongs to two of the partner groups.</exception>
    /// <exception cref="InvalidOperationException">A cell's period is longer than the roll-up, or its code has no HS level.</exception>
    /// <exception cref="OverflowException">A group's sum exceeds decimal's range, or it counts more observations than an <see cref="int"/> holds; the message names the group.</exception>
    public static TradeGrouping Combine(GroupingOptions grouping, IEnumerable<CellSum> cells)
    {
        Guard.Against.Null(grouping);
        Guard.Against.Null(cells);
        var d = grouping.Dimensions;
        var list = new List<(TradeObservation, int)>();
        long total = 0;
        foreach (var cell in cells)
        {
            Guard.Against.Null(cell, nameof(cells));
            Guard.Against.NegativeOrZero(cell.Count, nameof(cells));
            total += cell.Count;
            if (cell.Count > int.MaxValue || total > int.MaxValue)
            {
                throw new OverflowException(string.Create(CultureInfo.InvariantCulture, $"The cells count {total} observations, more than FlowTotals.ObservationCount holds."));
            }

            var c = cell.Cell;
            if (d.HasFlag(TradeDimension.Partner) && grouping.PartnerGroups is { Count: > 0 } && c.Period is null)
            {
                throw new ArgumentException($"Cell {c} lacks the period that folding partners into groups needs.", nameof(cells));
            }

            // A stand-in observation per cell, so that the one grouping code of the library (the one TradeSeries and
            // the columnar engine run) rolls it up.
            var lacking = d.HasFlag(TradeDimension.Reporter) && c.Reporter is null ? "reporter"
                : d.HasFlag(TradeDimension.Partner) && c.Partner is null ? "partner"
                : d.HasFlag(TradeDimension.Period) && c.Period is null ? "period"
                : null;
            if (lacking is not null)
            {
                throw Lacks(c, lacking);
            }

            var observation = GroupingEngine.StandIn(c, cell.Flow, cell.Sum);
            list.Add((observation, (int)cell.Count));
        }

        return GroupingEngine.Build(grouping, list);
    }

    private static ArgumentException Lacks(GroupKey cells, string what) => new($"Cell {cells} lacks its {what}.", nameof(cells));
}
