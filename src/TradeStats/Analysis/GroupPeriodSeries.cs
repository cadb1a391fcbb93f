namespace TradeStats.Analysis;

/// <summary>One group's values over consecutive periods, from <see cref="TradeGrouping.ValuesOf"/>.</summary>
/// <param name="Key">The group's key without the period (its <see cref="GroupKey.Dimensions"/> exclude <see cref="TradeDimension.Period"/>).</param>
/// <param name="Values">The group's values of one flow, period by period over the grouping's whole span, missing periods explicit.</param>
public sealed record GroupPeriodSeries(GroupKey Key, PeriodSeries Values);
