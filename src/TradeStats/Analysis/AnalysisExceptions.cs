using System.Globalization;

namespace TradeStats.Analysis;

/// <summary>
/// Thrown when a sum would count the same trade twice because two observations cover overlapping trade: a total
/// together with its own parts (World with single partners, all enterprises with private enterprises, all goods
/// with one HS heading, a country with its own province), or the same figure twice (a duplicate, or a
/// preliminary and a revised version of one figure).
/// </summary>
/// <remarks>Choose one level explicitly with the filters of <see cref="TradeSeries"/> before aggregating.</remarks>
public sealed class OverlappingLevelsException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="first">The first of the two overlapping observations.</param>
    /// <param name="second">The second of the two overlapping observations.</param>
    /// <param name="dimension">The dimension on which one covers the other, or <see cref="TradeDimension.None"/> when they cover the same cell.</param>
    /// <param name="message">The explanation.</param>
    public OverlappingLevelsException(TradeObservation first, TradeObservation second, TradeDimension dimension, string message)
        : base(message)
    {
        Guard.Against.Null(first);
        Guard.Against.Null(second);
        First = first;
        Second = second;
        Dimension = dimension;
    }

    /// <summary>The first of the two overlapping observations.</summary>
    public TradeObservation First { get; }

    /// <summary>The second of the two overlapping observations.</summary>
    public TradeObservation Second { get; }

    /// <summary>The dimension on which one observation is a total of (or overlaps) the other; <see cref="TradeDimension.None"/> for the same cell twice.</summary>
    public TradeDimension Dimension { get; }
}

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

/// <summary>Thrown when a sum over a series meets observations in different currencies.</summary>
/// <remarks>Convert the series first with <see cref="TradeSeries.ConvertTo(Currency, IExchangeRateProvider, ExchangeRateKind)"/> and an explicit exchange-rate table.</remarks>
public sealed class MixedCurrenciesException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="first">An observation in the first currency met.</param>
    /// <param name="second">An observation in another currency.</param>
    public MixedCurrenciesException(TradeObservation first, TradeObservation second)
        : base(string.Create(
            CultureInfo.InvariantCulture,
            $"Cannot add amounts in different currencies: '{first}' is in {first?.Value.Currency} and '{second}' is in {second?.Value.Currency}. Convert the series with TradeSeries.ConvertTo and an explicit exchange-rate table first."))
    {
        Guard.Against.Null(first);
        Guard.Against.Null(second);
        First = first;
        Second = second;
    }

    /// <summary>An observation in the first currency met.</summary>
    public TradeObservation First { get; }

    /// <summary>An observation in another currency.</summary>
    public TradeObservation Second { get; }
}
