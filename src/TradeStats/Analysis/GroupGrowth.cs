namespace TradeStats.Analysis;

/// <summary>The year-on-year growth of one group of a <see cref="TradeGrouping"/>.</summary>
/// <param name="Key">The group.</param>
/// <param name="BaseKey">The group one year earlier that it was compared with; null when the grouping has none.</param>
/// <param name="Growth">The growth of the flow asked for, or undefined with the reason (a missing base, a zero or negative base, a balance that changed sign).</param>
public sealed record GroupGrowth(GroupKey Key, GroupKey? BaseKey, Growth Growth);
