namespace TradeStats.Analysis;

/// <summary>Which of conversion and aggregation a <see cref="SeriesConversion"/> did first.</summary>
public enum ConversionOrder
{
    /// <summary>Each observation was converted at the rate for its own period; nothing was aggregated.</summary>
    ConvertOnly = 0,

    /// <summary>Each observation was converted at the rate for its own (finest) period, then the results were added up.</summary>
    ConvertThenAggregate = 1,

    /// <summary>Observations were added up to the coarser periods first, then each sum was converted at that period's rate.</summary>
    AggregateThenConvert = 2,
}
