namespace TradeStats.Analysis;

/// <summary>
/// How the time between two periods is counted in years for a compound growth rate
/// (<see cref="PeriodSeries.Cagr"/>). Each period is placed at its first day.
/// </summary>
public enum YearFraction
{
    /// <summary>
    /// The actual number of days between the first days of the two periods over 365.25: January 2017 to October 2024 is
    /// 2,830 days, 7.748 years. The convention of papers that divide the span in days by the mean Julian year.
    /// </summary>
    ActualDays = 0,

    /// <summary>The number of months between the first months of the two periods over 12: January 2017 to October 2024 is 93 months, 7.75 years.</summary>
    Months = 1,

    /// <summary>
    /// The number of whole periods of the series' kind between the two: the rate is per period, so per year for a yearly
    /// series (exactly <see cref="Growth.Compound(Money, Money, int)"/>), per quarter for a quarterly one and per month
    /// for a monthly one.
    /// </summary>
    WholePeriods = 2,
}
