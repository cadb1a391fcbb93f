using System.Collections.Immutable;

namespace TradeStats.Analysis;

/// <summary>A series converted to another currency, with a record of how and with which rates.</summary>
/// <param name="Series">The converted series (exact, not rounded).</param>
/// <param name="Target">The currency converted to.</param>
/// <param name="Order">Whether conversion or aggregation came first.</param>
/// <param name="AggregatedTo">The period kind aggregated to; null when nothing was aggregated.</param>
/// <param name="Rates">The rates used, ordered by period and pair.</param>
public sealed record SeriesConversion(TradeSeries Series, Currency Target, ConversionOrder Order, PeriodKind? AggregatedTo, ImmutableArray<ExchangeRate> Rates);
