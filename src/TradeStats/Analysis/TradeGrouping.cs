using System.Collections.Immutable;

namespace TradeStats.Analysis;

/// <summary>The result of <see cref="TradeSeries.GroupBy(GroupingOptions)"/>: the groups in key order and the grand total.</summary>
/// <remarks>The groups partition the series: their flow sums add up exactly to <see cref="GrandTotal"/>.</remarks>
/// <param name="Options">The grouping that produced this result.</param>
/// <param name="Groups">The groups, ordered by reporter, partner, period, commodity and the other breakdowns.</param>
/// <param name="GrandTotal">The totals of the whole series.</param>
public sealed partial record TradeGrouping(GroupingOptions Options, ImmutableArray<TradeGroup> Groups, FlowTotals GrandTotal)
{
    /// <summary>Each group's share of the grand total of a flow, in group order.</summary>
    /// <param name="flow">The flow; exports, imports or total (a share of a balance has no meaning).</param>
    /// <returns>One share per group; undefined (with the reason) where a value is missing or the grand total is zero.</returns>
    /// <exception cref="ArgumentException">The flow is <see cref="TradeFlow.Balance"/>.</exception>
    public ImmutableArray<GroupShare> Shares(TradeFlow flow)
    {
        Shares_RefuseBalance(flow);
        var whole = GrandTotal[flow];
        return [.. Groups.Select(g => new GroupShare(g.Key, g.Totals[flow], Ratio.Of(g.Totals[flow], whole, $"{flow} of {g.Key}", $"{flow} of the grand total")))];
    }

    /// <summary>The largest <paramref name="count"/> groups by a flow, followed by one "others" row for the rest.</summary>
    /// <param name="count">How many groups to list, at least one.</param>
    /// <param name="flow">The flow to rank by.</param>
    /// <returns>The ranked shares; the last row has a null key and stands for all other groups, when there are any.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is below one.</exception>
    /// <exception cref="ArgumentException">The flow is <see cref="TradeFlow.Balance"/>.</exception>
    /// <exception cref="InvalidOperationException">A group has no value for the flow, so it cannot be ranked.</exception>
    public ImmutableArray<GroupShare> Top(int count, TradeFlow flow)
    {
        Guard.Against.LessThan(count, 1);
        Shares_RefuseBalance(flow);
        var whole = GrandTotal[flow];
        var values = Groups.Select(g => (g.Key, Value: g.Totals[flow] ?? throw new InvalidOperationException($"Group {g.Key} has no {flow} value, so it cannot be ranked by {flow}."))).ToList();
        var ranked = values.OrderByDescending(v => v.Value.Amount).ThenBy(v => v.Key, Comparer<GroupKey>.Create(GroupKey.Compare)).ToList();
        var result = ImmutableArray.CreateBuilder<GroupShare>();
        foreach (var (key, value) in ranked.Take(count))
        {
            result.Add(new GroupShare(key, value, Ratio.Of(value, whole, $"{flow} of {key}", $"{flow} of the grand total")));
        }

        if (ranked.Count > count)
        {
            var rest = ranked.Skip(count).Select(v => v.Value).Aggregate((a, b) => a + b);
            result.Add(new GroupShare(null, rest, Ratio.Of(rest, whole, $"{flow} of the others", $"{flow} of the grand total")));
        }

        return result.ToImmutable();
    }

    /// <summary>The concentration of a flow over the groups (for instance partners): Herfindahl-Hirschman index and equivalent number.</summary>
    /// <param name="flow">The flow whose values are compared across the groups, such as exports.</param>
    /// <returns>The Herfindahl-Hirschman index of the groups' shares, with the equivalent number of equal groups.</returns>
    /// <exception cref="InvalidOperationException">A group has no value for the flow.</exception>
    /// <exception cref="ArgumentException">A value is negative or all are zero.</exception>
    public Concentration Concentration(TradeFlow flow) =>
        Analysis.Concentration.Of(Groups.Select(g => g.Totals[flow] ?? throw new InvalidOperationException($"Group {g.Key} has no {flow} value.")));

    private static void Shares_RefuseBalance(TradeFlow flow)
    {
        if (flow == TradeFlow.Balance)
        {
            throw new ArgumentException("A share of a balance has no meaning: balances of parts can have opposite signs.", nameof(flow));
        }
    }
}
