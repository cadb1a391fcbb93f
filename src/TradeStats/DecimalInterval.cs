using System.Globalization;

namespace TradeStats;

/// <summary>
/// An interval of decimals with inclusive or exclusive ends: the set of exact values a rounded figure can stand for.
/// An unbounded end is <see cref="decimal.MinValue"/> or <see cref="decimal.MaxValue"/>.
/// </summary>
public readonly record struct DecimalInterval
{
    /// <summary>Creates an interval.</summary>
    /// <param name="lower">The lower end; <see cref="decimal.MinValue"/> for no lower bound.</param>
    /// <param name="upper">The upper end, not below <paramref name="lower"/>; <see cref="decimal.MaxValue"/> for no upper bound.</param>
    /// <param name="lowerInclusive">Whether the lower end belongs to the interval.</param>
    /// <param name="upperInclusive">Whether the upper end belongs to the interval.</param>
    /// <exception cref="ArgumentException">The upper end is below the lower end, or the interval is empty.</exception>
    public DecimalInterval(decimal lower, decimal upper, bool lowerInclusive = true, bool upperInclusive = true)
    {
        if (upper < lower || (upper == lower && !(lowerInclusive && upperInclusive)))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The interval {Describe(lower, upper, lowerInclusive, upperInclusive)} is empty."), nameof(upper));
        }

        Lower = lower;
        Upper = upper;
        LowerInclusive = lowerInclusive;
        UpperInclusive = upperInclusive;
    }

    /// <summary>The lower end.</summary>
    public decimal Lower { get; }

    /// <summary>The upper end.</summary>
    public decimal Upper { get; }

    /// <summary>Whether the lower end belongs to the interval.</summary>
    public bool LowerInclusive { get; }

    /// <summary>Whether the upper end belongs to the interval.</summary>
    public bool UpperInclusive { get; }

    /// <summary>Whether the lower end is unbounded.</summary>
    public bool IsLowerUnbounded => Lower == decimal.MinValue;

    /// <summary>Whether the upper end is unbounded.</summary>
    public bool IsUpperUnbounded => Upper == decimal.MaxValue;

    /// <summary>The distance between the ends.</summary>
    public decimal Width => IsLowerUnbounded || IsUpperUnbounded ? decimal.MaxValue : Upper - Lower;

    /// <summary>An interval holding a single value.</summary>
    /// <param name="value">The single value the interval holds.</param>
    /// <returns>The closed interval [value, value].</returns>
    public static DecimalInterval Point(decimal value) => new(value, value);

    /// <summary>Whether a value lies in the interval.</summary>
    /// <param name="value">The value to test.</param>
    /// <returns>True when it lies between the ends, an end counting only when it is inclusive.</returns>
    public bool Contains(decimal value) =>
        (value > Lower || (LowerInclusive && value == Lower)) && (value < Upper || (UpperInclusive && value == Upper));

    /// <summary>Whether the two intervals share at least one value.</summary>
    /// <param name="other">The interval to test against; the order does not matter.</param>
    /// <returns>True when some value lies in both; two intervals that touch at an end share it only if both include it.</returns>
    public bool Overlaps(DecimalInterval other)
    {
        var lowerOk = Lower < other.Upper || (Lower == other.Upper && LowerInclusive && other.UpperInclusive);
        var upperOk = other.Lower < Upper || (other.Lower == Upper && other.LowerInclusive && UpperInclusive);
        return lowerOk && upperOk;
    }

    /// <summary>The distance from a value to the nearest point of the interval; zero inside it.</summary>
    /// <param name="value">The value to measure from.</param>
    /// <returns>How far <paramref name="value"/> lies below <see cref="Lower"/> or above <see cref="Upper"/>; zero between or at the ends.</returns>
    public decimal DistanceTo(decimal value) => value < Lower ? Lower - value : value > Upper ? value - Upper : 0m;

    /// <summary>The mathematical notation, such as <c>[12.665, 12.675)</c>.</summary>
    /// <returns>The notation with square brackets for inclusive and round for exclusive ends, such as <c>[12.665, 12.675)</c>.</returns>
    public override string ToString() => Describe(Lower, Upper, LowerInclusive, UpperInclusive);

    private static string Describe(decimal lower, decimal upper, bool li, bool ui) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{(li ? '[' : '(')}{(lower == decimal.MinValue ? "-inf" : lower.ToString(CultureInfo.InvariantCulture))}, {(upper == decimal.MaxValue ? "+inf" : upper.ToString(CultureInfo.InvariantCulture))}{(ui ? ']' : ')')}");
}
