using System.Collections.Immutable;

namespace TradeStats.Analysis;

/// <summary>Year-on-year growth in the source currency and in another currency, side by side.</summary>
/// <param name="Period">The period compared.</param>
/// <param name="Flow">The flow compared, recorded or derived from exports and imports.</param>
/// <param name="Order">Whether observations were converted before or after being added up.</param>
/// <param name="Current">The period's value in the source currency.</param>
/// <param name="Previous">The previous year's value in the source currency.</param>
/// <param name="Growth">(<paramref name="Current"/> - <paramref name="Previous"/>) / <paramref name="Previous"/> in the source currency; undefined when a value is missing.</param>
/// <param name="CurrentConverted">The period's value in the other currency.</param>
/// <param name="PreviousConverted">The previous year's value in the other currency.</param>
/// <param name="GrowthConverted">The same growth computed on the converted values; it differs when the rate moved between the two periods.</param>
/// <param name="Rates">The rates the conversion used, one per currency pair and period converted.</param>
public sealed record CurrencyGrowthComparison(
    Period Period,
    TradeFlow Flow,
    ConversionOrder Order,
    Money? Current,
    Money? Previous,
    Growth Growth,
    Money? CurrentConverted,
    Money? PreviousConverted,
    Growth GrowthConverted,
    ImmutableArray<ExchangeRate> Rates);
