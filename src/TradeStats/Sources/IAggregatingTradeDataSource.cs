using TradeStats.Analysis;

namespace TradeStats.Sources;

/// <summary>
/// A source that can add observations up where they lie (a database, an engine over Parquet files), so that only
/// the group totals cross into this process. The results equal those of streaming the same observations into a
/// <see cref="TradeSeries"/> and calling <see cref="TradeSeries.GroupBy(GroupingOptions)"/>: the same groups in the
/// same order, the same exact sums, and the same refusals (double counting, mixed currencies, impossible roll-ups).
/// </summary>
/// <remarks>
/// Call it through <see cref="TradeAggregation.AggregateAsync"/>, which pushes the sum down to a source that
/// implements this interface and groups in process for any other source.
/// </remarks>
public interface IAggregatingTradeDataSource : ITradeDataSource
{
    /// <summary>Groups and sums the observations that match a filter, where the data lies.</summary>
    /// <param name="filter">The filters; <see cref="TradeQuery.All"/> for everything.</param>
    /// <param name="grouping">The dimensions to group by and their roll-ups.</param>
    /// <param name="cancellationToken">Stops the query.</param>
    /// <returns>The groups in key order and the grand total, as <see cref="TradeSeries.GroupBy(GroupingOptions)"/> gives them.</returns>
    /// <exception cref="OverlappingLevelsException">Two matching observations of one flow cover the same trade.</exception>
    /// <exception cref="CumulativePeriodException">Two year-to-date figures of one flow overlap.</exception>
    /// <exception cref="MixedClassificationsException">Codes of two classifications cover the same cell.</exception>
    /// <exception cref="MixedCurrenciesException">Two matching observations of one flow are in different currencies.</exception>
    /// <exception cref="InvalidOperationException">A period is longer than the roll-up, or a code has no HS level.</exception>
    /// <exception cref="ArgumentException">A partner belongs to two of the partner groups.</exception>
    /// <exception cref="OverflowException">A group's sum exceeds decimal's range.</exception>
    /// <exception cref="TradeDataFormatException">The source holds data it cannot read faithfully.</exception>
    Task<TradeGrouping> AggregateAsync(TradeQuery filter, GroupingOptions grouping, CancellationToken cancellationToken = default);
}
