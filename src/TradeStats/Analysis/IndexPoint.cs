namespace TradeStats.Analysis;

/// <summary>One point of a value index: a period, its value, and the index with the base period at 100.</summary>
/// <param name="Period">The period of the value.</param>
/// <param name="Value">The value in the period, in the currency of all the points.</param>
/// <param name="Index">value / base value x 100.</param>
public sealed record IndexPoint(Period Period, Money Value, decimal Index);
