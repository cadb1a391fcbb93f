namespace TradeStats.Analysis;

/// <summary>One part's contribution to the growth of a whole.</summary>
/// <typeparam name="TKey">What identifies the part.</typeparam>
/// <param name="Part">The key of the part, such as a partner.</param>
/// <param name="Current">The part's current value.</param>
/// <param name="Previous">The part's previous value.</param>
/// <param name="PercentagePoints">The contribution in percentage points; null when the whole's previous value is zero.</param>
public sealed record GrowthContribution<TKey>(TKey Part, Money Current, Money Previous, decimal? PercentagePoints);
