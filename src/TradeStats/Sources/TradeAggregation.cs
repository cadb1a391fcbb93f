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
        var groups = new Dictionary<GroupKey, Accumulator>();
        var grand = new Accumulator("the grand total");
        foreach (var cell in cells)
        {
            Guard.Against.Null(cell, nameof(cells));
            Guard.Against.NegativeOrZero(cell.Count, nameof(cells));
            var key = GroupKey.ForCell(cell.Cell, grouping);
            if (!groups.TryGetValue(key, out var accumulator))
            {
                accumulator = new Accumulator(key.ToString());
                groups.Add(key, accumulator);
            }

            accumulator.Add(cell);
            grand.Add(cell);
        }

        var result = groups
            .Select(g => new TradeGroup(g.Key, g.Value.Totals()))
            .OrderBy(g => g.Key, Comparer<GroupKey>.Create(GroupKey.Compare))
            .ToImmutableArray();
        return new TradeGrouping(grouping, result, grand.Totals());
    }

    private sealed class Accumulator(string name)
    {
        private readonly Money?[] _sums = new Money?[6];
        private Currency? _currency;
        private long _count;

        public void Add(CellSum cell)
        {
            _currency ??= cell.Sum.Currency;
            _count += cell.Count;
            var i = cell.Flow switch
            {
                TradeFlow.Exports => 0,
                TradeFlow.Imports => 1,
                TradeFlow.Total => 2,
                TradeFlow.Balance => 3,
                TradeFlow.ReExports => 4,
                TradeFlow.ReImports => 5,
                _ => throw new ArgumentOutOfRangeException(nameof(cell), cell.Flow, "Unknown trade flow."),
            };
            try
            {
                _sums[i] = _sums[i] is { } s ? s + cell.Sum : cell.Sum;
            }
            catch (OverflowException e)
            {
                throw new OverflowException(string.Create(CultureInfo.InvariantCulture, $"The sum of group {name} ({_count} observations) exceeds decimal's range: {e.Message}"), e);
            }
        }

        public FlowTotals Totals() => _count > int.MaxValue
            ? throw new OverflowException(string.Create(CultureInfo.InvariantCulture, $"Group {name} counts {_count} observations, more than FlowTotals.ObservationCount holds."))
            : new FlowTotals(_currency, _sums[0], _sums[1], _sums[2], _sums[3], _sums[4], _sums[5], (int)_count);
    }
}
