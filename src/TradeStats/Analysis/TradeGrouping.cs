using System.Collections.Immutable;

namespace TradeStats.Analysis;

/// <summary>
/// The result of a grouping, by <see cref="TradeSeries.GroupBy(GroupingOptions)"/> or by the columnar engine's
/// <see cref="Columnar.TradeColumns.GroupBy(GroupingOptions, Sources.TradeQuery?, int)"/> (the same groups and sums):
/// the groups in key order and the grand total, with shares, growth and concentration computed on the groups.
/// </summary>
/// <remarks>The groups partition the data: their flow sums add up exactly to <see cref="GrandTotal"/>.</remarks>
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

    /// <summary>The largest <paramref name="count"/> groups by a flow, and what all the other groups add up to.</summary>
    /// <param name="count">How many groups to list, at least one.</param>
    /// <param name="flow">The flow to rank by.</param>
    /// <returns>The ranked shares, largest first (ties in key order), and the rest when there are more groups than <paramref name="count"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is below one.</exception>
    /// <exception cref="ArgumentException">The flow is <see cref="TradeFlow.Balance"/>.</exception>
    /// <exception cref="InvalidOperationException">A group has no value for the flow, so it cannot be ranked.</exception>
    public GroupRanking Top(int count, TradeFlow flow)
    {
        Guard.Against.LessThan(count, 1);
        Shares_RefuseBalance(flow);
        var whole = GrandTotal[flow];
        var values = Groups.Select(g => (g.Key, Value: g.Totals[flow] ?? throw new InvalidOperationException($"Group {g.Key} has no {flow} value, so it cannot be ranked by {flow}."))).ToList();
        var ranked = values.OrderByDescending(v => v.Value.Amount).ThenBy(v => v.Key, Comparer<GroupKey>.Create(GroupKey.Compare)).ToList();
        var top = ranked.Take(count).Select(v => new GroupShare(v.Key, v.Value, Ratio.Of(v.Value, whole, $"{flow} of {v.Key}", $"{flow} of the grand total"))).ToImmutableArray();
        OthersShare? others = null;
        if (ranked.Count > count)
        {
            var rest = ranked.Skip(count).Select(v => v.Value).Aggregate((a, b) => a + b);
            others = new OthersShare(ranked.Count - count, rest, Ratio.Of(rest, whole, $"{flow} of the others", $"{flow} of the grand total"));
        }

        return new GroupRanking(flow, top, others);
    }

    /// <summary>
    /// The share of each group in the total of the groups that differ from it only in <paramref name="across"/>:
    /// across <see cref="TradeDimension.Partner"/> when grouped by partner and year, each partner's share of all
    /// partners in the same year.
    /// </summary>
    /// <param name="across">One or more of the grouped dimensions.</param>
    /// <param name="flow">Exports, imports or total (a share of a balance has no meaning).</param>
    /// <returns>One share per group, in group order; undefined where a value is missing or the whole is zero.</returns>
    /// <exception cref="ArgumentException"><paramref name="across"/> is empty or names a dimension not grouped by, or the flow is <see cref="TradeFlow.Balance"/>.</exception>
    public ImmutableArray<GroupShare> SharesWithin(TradeDimension across, TradeFlow flow)
    {
        Shares_RefuseBalance(flow);
        if (across == TradeDimension.None || (across & ~Options.Dimensions) != 0)
        {
            throw new ArgumentException($"Shares are taken across one or more grouped dimensions ({Options.Dimensions}); got {across}.", nameof(across));
        }

        var wholes = new Dictionary<GroupKey, Money?>();
        var wholeKeys = new GroupKey[Groups.Length];
        for (var i = 0; i < Groups.Length; i++)
        {
            var w = Groups[i].Key.Without(across);
            wholeKeys[i] = w;
            var value = Groups[i].Totals[flow];
            wholes[w] = wholes.TryGetValue(w, out var sum) ? FlowTotals.Plus(sum, value) : value;
        }

        var result = ImmutableArray.CreateBuilder<GroupShare>(Groups.Length);
        for (var i = 0; i < Groups.Length; i++)
        {
            var g = Groups[i];
            result.Add(new GroupShare(g.Key, g.Totals[flow], Ratio.Of(g.Totals[flow], wholes[wholeKeys[i]], $"{flow} of {g.Key}", $"{flow} of {wholeKeys[i]}")));
        }

        return result.MoveToImmutable();
    }

    /// <summary>
    /// Year-on-year growth of a flow for every group: each group against the group whose key differs only in its
    /// period, one year earlier. Growth follows <see cref="Growth.Between(Money?, Money?)"/>: undefined, with the
    /// reason, on a zero or negative base, a balance that changes sign, or a missing value or base group.
    /// </summary>
    /// <param name="flow">The flow, recorded or derived (total and balance from exports and imports).</param>
    /// <returns>One growth per group, in group order.</returns>
    /// <exception cref="InvalidOperationException">The grouping is not by period.</exception>
    public ImmutableArray<GroupGrowth> YearOnYear(TradeFlow flow)
    {
        if (!Options.Dimensions.HasFlag(TradeDimension.Period))
        {
            throw new InvalidOperationException("Year-on-year growth needs a grouping by period (TradeDimension.Period).");
        }

        var byKey = new Dictionary<GroupKey, TradeGroup>(Groups.Length);
        foreach (var g in Groups)
        {
            byKey[g.Key] = g;
        }

        var result = ImmutableArray.CreateBuilder<GroupGrowth>(Groups.Length);
        foreach (var g in Groups)
        {
            var period = g.Key.Period!.Value;
            if (period.StartYear <= Period.MinYear)
            {
                result.Add(new GroupGrowth(g.Key, null, Growth.Undefined(GrowthUndefinedReason.MissingPeriod, $"{period} has no year earlier in the calendar")));
                continue;
            }

            var baseKey = g.Key with { Period = period.YearEarlier() };
            var growth = byKey.TryGetValue(baseKey, out var b)
                ? Growth.Between(g.Totals[flow], b.Totals[flow])
                : Growth.Undefined(GrowthUndefinedReason.MissingPeriod, $"no group {baseKey} a year earlier");
            if (b is not null && (g.Totals[flow] is null || b.Totals[flow] is null))
            {
                growth = Growth.Undefined(GrowthUndefinedReason.MissingPeriod, $"no {flow} value for {(g.Totals[flow] is null ? g.Key : baseKey)}");
            }

            result.Add(new GroupGrowth(g.Key, b?.Key, growth));
        }

        return result.MoveToImmutable();
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
