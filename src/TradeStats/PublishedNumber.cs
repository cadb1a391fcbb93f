using System.Globalization;

namespace TradeStats;

/// <summary>
/// A number as it was published, with its rounding: "12.67" billion rounded to the nearest hundredth of a billion
/// stands for every value in [12.665, 12.675) billion. Shares, growth rates and counts in press releases are
/// published numbers too.
/// </summary>
/// <remarks>
/// The <see cref="Resolution"/> is the unit of the last published digit (0.01e9 for "12.67 billion").
/// Consistency checks use <see cref="Interval"/>, so a rounding gap is never mistaken for an error.
/// </remarks>
/// <example>
/// <code>
/// var total = PublishedNumber.FromDigits(12.67m, scale: 1e9m); // 12,670,000,000 ± 5,000,000
/// var share = PublishedNumber.FromDigits(89.3m, scale: 0.01m); // 0.893 as a fraction, ± 0.0005
/// bool ok = total.Interval.Contains(12_668_000_000m);          // true
/// </code>
/// </example>
public readonly record struct PublishedNumber
{
    /// <summary>Creates a published number.</summary>
    /// <param name="value">The value as published, already scaled (12,670,000,000 for "12.67 billion").</param>
    /// <param name="resolution">The unit of the last published digit, positive (10,000,000 for "12.67 billion"); ignored for exact values.</param>
    /// <param name="style">How the published value relates to the exact one.</param>
    /// <exception cref="ArgumentOutOfRangeException">The resolution is not positive for a rounded or truncated value, or the style is not defined.</exception>
    /// <exception cref="OverflowException">The interval the figure stands for has an end outside decimal's range or finer than its precision.</exception>
    public PublishedNumber(decimal value, decimal resolution, RoundingStyle style = RoundingStyle.Nearest)
    {
        Guard.Against.UndefinedEnum(style, "Unknown rounding style.");

        if (style is RoundingStyle.Nearest or RoundingStyle.Truncated && resolution <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(resolution), resolution, "The resolution of a rounded figure must be positive.");
        }

        Value = value;
        Resolution = style == RoundingStyle.Exact ? 0m : Math.Abs(resolution);
        Style = style;

        // A figure must carry a usable interval: near decimal's limits its ends may not exist (a resolution of
        // 1e-28 has no half; 7.9e28 has no upper end).
        try
        {
            _ = Interval;
        }
        catch (Exception e) when (e is OverflowException or ArgumentException)
        {
            throw new OverflowException(string.Create(CultureInfo.InvariantCulture, $"The figure {value} with resolution {resolution} ({style}) has no rounding interval that decimal can hold."), e);
        }
    }

    /// <summary>The value as published, scaled.</summary>
    public decimal Value { get; }

    /// <summary>The unit of the last published digit; zero for an exact value.</summary>
    public decimal Resolution { get; }

    /// <summary>How the published value relates to the exact one.</summary>
    public RoundingStyle Style { get; }

    /// <summary>
    /// Every exact value the published one can stand for. Rounded to nearest (half away from zero, as publishers
    /// round): [v - r/2, v + r/2) for a positive value, (v - r/2, v + r/2] for a negative one and (-r/2, r/2) for
    /// zero, because the half-way point belongs to the figure further from zero. Truncated (towards zero):
    /// [v, v + r) for a positive value, (v - r, v] for a negative one and (-r, r) for zero. "At least" is
    /// [v, +inf) and "at most" (-inf, v] (a published "more than 11,800" is read as at least 11,800: the interval
    /// may be one point too wide, never too narrow). Exact is [v, v].
    /// </summary>
    /// <example>
    /// <code>
    /// PublishedNumber.FromDigits(12.67m, 1e9m).Interval;  // [12665000000, 12675000000)
    /// PublishedNumber.FromDigits(-33.1m, 0.01m).Interval; // (-0.3315, -0.3305]
    /// </code>
    /// </example>
    public DecimalInterval Interval => Style switch
    {
        RoundingStyle.Nearest => new DecimalInterval(Value - (Resolution / 2m), Value + (Resolution / 2m), lowerInclusive: Value > 0m, upperInclusive: Value < 0m),
        RoundingStyle.Truncated => Value > 0m
            ? new DecimalInterval(Value, Value + Resolution, lowerInclusive: true, upperInclusive: false)
            : Value < 0m
                ? new DecimalInterval(Value - Resolution, Value, lowerInclusive: false, upperInclusive: true)
                : new DecimalInterval(-Resolution, Resolution, lowerInclusive: false, upperInclusive: false),
        RoundingStyle.AtLeast => new DecimalInterval(Value, decimal.MaxValue, lowerInclusive: true, upperInclusive: true),
        RoundingStyle.AtMost => new DecimalInterval(decimal.MinValue, Value, lowerInclusive: true, upperInclusive: true),
        _ => DecimalInterval.Point(Value),
    };

    /// <summary>
    /// A number published with the digits it has: <c>FromDigits(12.67m, 1e9m)</c> is "12.67 billion", whose
    /// resolution is 0.01 billion. The resolution comes from the decimal's scale, so 12.670m means three decimals.
    /// </summary>
    /// <param name="digits">The number as printed, such as 12.67.</param>
    /// <param name="scale">What one unit of the printed number is worth, such as 1e9 for "billion" or 0.01 for "percent".</param>
    /// <param name="style">How the published value relates to the exact one.</param>
    /// <returns>The value <paramref name="digits"/> x <paramref name="scale"/>, with a resolution of one unit in the last printed digit times <paramref name="scale"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The scale is not positive for a rounded or truncated number, or the style is not defined.</exception>
    /// <exception cref="OverflowException">The scaled value or its interval cannot be held exactly by decimal (never rounded).</exception>
    public static PublishedNumber FromDigits(decimal digits, decimal scale = 1m, RoundingStyle style = RoundingStyle.Nearest)
    {
        var unit = 1m;
        for (var i = 0; i < digits.Scale; i++)
        {
            unit /= 10m;
        }

        return ExactDecimal.TryMultiply(digits, scale, out var value) && ExactDecimal.TryMultiply(unit, scale, out var resolution)
            ? new PublishedNumber(value, resolution, style)
            : throw new OverflowException(string.Create(CultureInfo.InvariantCulture, $"{digits} times {scale} is outside decimal's range or has more digits than it holds exactly."));
    }

    /// <summary>An exact number.</summary>
    /// <param name="value">The exact value, such as a count printed in full.</param>
    /// <returns>The published number with a point interval.</returns>
    public static PublishedNumber Exact(decimal value) => new(value, 0m, RoundingStyle.Exact);

    /// <summary>The invariant text form: value, resolution and style, such as <c>12670000000 (±5000000)</c>.</summary>
    /// <returns>The value with its rounding, such as <c>12670000000 (±5000000)</c> for a rounded number.</returns>
    public override string ToString() => Style switch
    {
        RoundingStyle.Nearest => string.Create(CultureInfo.InvariantCulture, $"{Value} (±{Resolution / 2m})"),
        RoundingStyle.Truncated => string.Create(CultureInfo.InvariantCulture, $"{Value} (truncated, +{Resolution})"),
        RoundingStyle.AtLeast => string.Create(CultureInfo.InvariantCulture, $"at least {Value}"),
        RoundingStyle.AtMost => string.Create(CultureInfo.InvariantCulture, $"at most {Value}"),
        _ => Value.ToString(CultureInfo.InvariantCulture),
    };
}
