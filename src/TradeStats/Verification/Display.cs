using System.Globalization;

namespace TradeStats.Verification;

/// <summary>Readable, invariant forms of the numbers in findings: "12.67 billion", "89.34%", "[7.1352, 7.1813]".</summary>
internal static class Display
{
    public static string Amount(decimal value)
    {
        var (scale, suffix) = ScaleOf(Math.Abs(value));
        return Trim(value / scale, 4) + suffix;
    }

    // A fraction too large to show in percent (a gap relative to a figure near zero) reads as a bound, not an overflow.
    public static string Percent(decimal fraction) =>
        Math.Abs(fraction) >= 1e26m ? (fraction > 0m ? "more than " : "less than -") + "10^28%" : Trim(fraction * 100m, 3) + "%";

    /// <summary>A quotient for display and relative gaps; null when decimal cannot hold it.</summary>
    public static decimal? Ratio(decimal numerator, decimal denominator)
    {
        try
        {
            return numerator / denominator;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    public static string Rate(decimal value) => Trim(value, 4);

    public static string Plain(decimal value) => Trim(value, 6);

    public static string Interval(DecimalInterval i, DisplayUnit unit)
    {
        if (unit == DisplayUnit.Amount)
        {
            var magnitude = Math.Max(i.IsLowerUnbounded ? 0m : Math.Abs(i.Lower), i.IsUpperUnbounded ? 0m : Math.Abs(i.Upper));
            var (scale, suffix) = ScaleOf(magnitude);
            return Ends(i, v => Trim(v / scale, 4)) + suffix;
        }

        return unit switch
        {
            DisplayUnit.Percent => Ends(i, v => Math.Abs(v) >= 1e26m ? (v > 0m ? "10^28" : "-10^28") : Trim(v * 100m, 3)) + "%",
            DisplayUnit.Rate => Ends(i, v => Trim(v, 4)),
            _ => Ends(i, v => Trim(v, 6)),
        };
    }

    public static string Value(decimal value, DisplayUnit unit) => unit switch
    {
        DisplayUnit.Amount => Amount(value),
        DisplayUnit.Percent => Percent(value),
        DisplayUnit.Rate => Rate(value),
        _ => Plain(value),
    };

    private static string Ends(DecimalInterval i, Func<decimal, string> format) =>
        (i.LowerInclusive && !i.IsLowerUnbounded ? "[" : "(")
        + (i.IsLowerUnbounded ? "-inf" : format(i.Lower))
        + ", "
        + (i.IsUpperUnbounded ? "+inf" : format(i.Upper))
        + (i.UpperInclusive && !i.IsUpperUnbounded ? "]" : ")");

    private static (decimal Scale, string Suffix) ScaleOf(decimal magnitude) =>
        magnitude >= 1_000_000_000m ? (1_000_000_000m, " billion")
        : magnitude >= 1_000_000m ? (1_000_000m, " million")
        : (1m, string.Empty);

    private static string Trim(decimal value, int decimals)
    {
        // Display only: the arithmetic itself is never rounded.
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        return rounded.ToString("0.############################", CultureInfo.InvariantCulture);
    }
}

/// <summary>How a number in a finding is shown.</summary>
internal enum DisplayUnit
{
    Amount,
    Percent,
    Rate,
    Plain,
}
