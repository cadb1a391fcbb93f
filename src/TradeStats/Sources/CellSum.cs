namespace TradeStats.Sources;

/// <summary>
/// The sum of one flow over the observations that share one cell, computed where the data lies (in SQL), before
/// roll-ups: <see cref="TradeAggregation.Combine"/> rolls cells up to groups as
/// <see cref="Analysis.TradeSeries.GroupBy(Analysis.GroupingOptions)"/> rolls observations up.
/// </summary>
/// <param name="Cell">
/// The raw values of the grouped dimensions (periods and HS codes as stored, partners not yet folded into groups),
/// plus the period when partners are folded into groups, since membership depends on it.
/// </param>
/// <param name="Flow">The recorded flow summed.</param>
/// <param name="Sum">The exact sum of the values.</param>
/// <param name="Count">How many observations were added up; at least one.</param>
public sealed record CellSum(Analysis.GroupKey Cell, TradeFlow Flow, Money Sum, long Count);
