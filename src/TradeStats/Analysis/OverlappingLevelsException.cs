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
