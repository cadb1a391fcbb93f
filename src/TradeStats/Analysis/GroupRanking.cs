using System.Collections.Immutable;

namespace TradeStats.Analysis;

/// <summary>The result of <see cref="TradeGrouping.Top(int, TradeFlow)"/>: the largest groups by a flow, and the rest.</summary>
/// <param name="Flow">The flow ranked by.</param>
/// <param name="Top">The largest groups with their shares of the grand total, largest first.</param>
/// <param name="Others">What all the other groups add up to; null when every group is listed in <paramref name="Top"/>.</param>
public sealed record GroupRanking(TradeFlow Flow, ImmutableArray<GroupShare> Top, OthersShare? Others);
