using System.Collections.Immutable;

namespace TradeStats.Analysis;

/// <summary>
/// The one implementation of grouping that <see cref="TradeSeries"/> and the columnar engine share: keys, roll-ups,
/// partner groups, flow totals and key order. The series passes its observations one by one; the columnar engine
/// passes one partial sum per cell of its columns, with the number of rows each stands for. Callers run the
/// double-count guard first.
/// </summary>
internal static class GroupingEngine
{
    public static TradeGrouping Build(GroupingOptions options, IEnumerable<(TradeObservation Cell, int Rows)> cells)
    {
        var groups = new Dictionary<GroupKey, List<(TradeObservation, int)>>();
        var all = new List<(TradeObservation, int)>();
        foreach (var cell in cells)
        {
            var key = GroupKey.For(cell.Cell, options);
            if (!groups.TryGetValue(key, out var list))
            {
                list = [];
                groups.Add(key, list);
            }

            list.Add(cell);
            all.Add(cell);
        }

        var result = groups
            .Select(g => new TradeGroup(g.Key, SumGroup(g.Value, g.Key.ToString())))
            .OrderBy(g => g.Key, Comparer<GroupKey>.Create(GroupKey.Compare))
            .ToImmutableArray();
        return new TradeGrouping(options, result, SumGroup(all, "the grand total"));
    }

    /// <summary>
    /// A stand-in observation for a partial sum computed elsewhere (by the columnar engine, or by a database), so that
    /// <see cref="Build"/> rolls it up as it rolls up an observation. A dimension the cell does not carry takes a
    /// placeholder (the world, January 2000) that the grouping never reads, since it is not grouped by.
    /// </summary>
    public static TradeObservation StandIn(GroupKey cell, TradeFlow flow, Money value) =>
        new(cell.Reporter ?? Territory.World, cell.Partner ?? Territory.World, cell.Period ?? Period.Month(2000, 1), flow, value)
        {
            Commodity = cell.Commodity,
            CustomsRegime = cell.CustomsRegime,
            EnterpriseType = cell.EnterpriseType,
            TransportMode = cell.TransportMode,
            SecondPartner = cell.SecondPartner,
            Status = cell.Status ?? ObservationStatus.Final,
        };

    private static FlowTotals SumGroup(List<(TradeObservation Cell, int Rows)> cells, string group)
    {
        try
        {
            return FlowTotals.Of(cells);
        }
        catch (OverflowException e)
        {
            throw new OverflowException($"The sum of group {group} ({cells.Sum(c => c.Rows)} observations) exceeds decimal's range: {e.Message}", e);
        }
    }
}
