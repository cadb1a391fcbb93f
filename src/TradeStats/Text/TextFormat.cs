using System.Globalization;

namespace TradeStats.Text;

/// <summary>The number notation of a format provider, reduced to what the press forms use.</summary>
internal static class TextFormat
{
    /// <summary>
    /// The invariant notation when <paramref name="provider"/> is null; otherwise the provider's decimal and group
    /// separators with groups of three and ASCII signs, so that every culture's output parses back in that culture.
    /// </summary>
    public static NumberFormatInfo For(IFormatProvider? provider)
    {
        if (provider is null)
        {
            return NumberFormatInfo.InvariantInfo;
        }

        var source = NumberFormatInfo.GetInstance(provider);
        var format = (NumberFormatInfo)NumberFormatInfo.InvariantInfo.Clone();
        format.NumberDecimalSeparator = source.NumberDecimalSeparator;
        format.NumberGroupSeparator = source.NumberGroupSeparator;
        format.NumberGroupSizes = [3];
        return NumberFormatInfo.ReadOnly(format);
    }

    /// <summary>A non-negative number with exactly <paramref name="decimals"/> decimals, grouped or not.</summary>
    public static string Digits(decimal value, int decimals, bool grouped, NumberFormatInfo format) =>
        value.ToString((grouped ? "N" : "F") + decimals.ToString(CultureInfo.InvariantCulture), format);

    /// <summary>Ten to a non-negative power.</summary>
    public static decimal Pow10(int exponent)
    {
        var r = 1m;
        for (var i = 0; i < exponent; i++)
        {
            r *= 10m;
        }

        return r;
    }

    /// <summary>The same value without trailing fractional zeros (12.670 becomes 12.67).</summary>
    public static decimal Trim(decimal value) => value / 1.000000000000000000000000000000000m;

    /// <summary>
    /// The number of decimals that a resolution means at a given scale: 0.01e9 at 1e9 is two decimals. Null when the
    /// resolution is not a power of ten times the scale, or is coarser than the scale.
    /// </summary>
    public static int? DecimalsFor(decimal resolution, decimal scale)
    {
        if (resolution <= 0m || resolution > scale)
        {
            return null;
        }

        var ratio = scale / resolution;
        for (var d = 0; d <= 28; d++)
        {
            var p = Pow10(d);
            if (ratio == p)
            {
                return d;
            }

            if (p > ratio)
            {
                return null;
            }
        }

        return null;
    }
}
