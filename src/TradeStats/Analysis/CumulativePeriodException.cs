namespace TradeStats.Analysis;

/// <summary>
/// Thrown when cumulative year-to-date figures are added or differenced as if they were figures of single months
/// or of disjoint spans: January-September plus January-October counts nine months twice, and the change from
/// January-September to January-October is October's trade, not a growth.
/// </summary>
public sealed class CumulativePeriodException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="period">The cumulative period involved.</param>
    /// <param name="otherPeriod">The other period involved, when there is one.</param>
    /// <param name="message">The explanation.</param>
    public CumulativePeriodException(Period period, Period? otherPeriod, string message)
        : base(message)
    {
        Period = period;
        OtherPeriod = otherPeriod;
    }

    /// <summary>The cumulative period involved.</summary>
    public Period Period { get; }

    /// <summary>The other period involved, when there is one.</summary>
    public Period? OtherPeriod { get; }
}
