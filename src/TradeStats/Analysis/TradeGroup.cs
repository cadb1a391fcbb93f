namespace TradeStats.Analysis;

/// <summary>One group of a <see cref="TradeGrouping"/>: its key and its flow totals.</summary>
/// <param name="Key">The group's key.</param>
/// <param name="Totals">The group's exports, imports, total and balance.</param>
public sealed record TradeGroup(GroupKey Key, FlowTotals Totals);
