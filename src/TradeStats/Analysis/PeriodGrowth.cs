namespace TradeStats.Analysis;

/// <summary>One period of a <see cref="GrowthSeries"/> and its growth, which may be undefined with its reason.</summary>
/// <param name="Period">The period the growth is for (the later period of the comparison, or the last period of a window).</param>
/// <param name="Growth">The growth; undefined (with the reason) where a value it depends on is missing or the rate has no meaning.</param>
public readonly record struct PeriodGrowth(Period Period, Growth Growth);
