using System.Collections.Immutable;

namespace TradeStats.Analysis;

/// <summary>The growth of a whole and the contribution of each of its parts.</summary>
/// <typeparam name="TKey">What identifies a part.</typeparam>
/// <param name="Whole">The growth of the sum of the parts, from <paramref name="Previous"/> to <paramref name="Current"/>.</param>
/// <param name="Current">The sum of the parts' current values.</param>
/// <param name="Previous">The sum of the parts' previous values.</param>
/// <param name="Parts">The contributions, which add up to <paramref name="Whole"/> in percent (to decimal precision).</param>
public sealed record GrowthDecomposition<TKey>(Growth Whole, Money Current, Money Previous, ImmutableArray<GrowthContribution<TKey>> Parts);
