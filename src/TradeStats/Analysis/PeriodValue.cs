namespace TradeStats.Analysis;

/// <summary>One period of a <see cref="PeriodSeries"/> and its value; a missing value is null, never zero.</summary>
/// <param name="Period">The period, of the series' kind (a month, quarter, half or year).</param>
/// <param name="Value">The value in the period; null when the data does not give it (no data, or only part of the period's months).</param>
public readonly record struct PeriodValue(Period Period, Money? Value)
{
    /// <summary>Whether the value is missing (null).</summary>
    public bool IsMissing => Value is null;
}
