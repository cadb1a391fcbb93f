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
