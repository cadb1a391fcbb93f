namespace TradeStats.Columnar;

/// <summary>Conversions between decimal amounts and 64-bit integers scaled by a power of ten, always exact or throwing.</summary>
internal static class ScaledDecimal
{
    /// <summary>The largest scale (digits after the point) a store keeps.</summary>
    public const int MaxScale = 18;

    private static readonly long[] Pow10 = BuildPowers();

    public static long Power(int exponent) => Pow10[exponent];

    /// <summary>The exact decimal of <paramref name="value"/> / 10^<paramref name="scale"/>.</summary>
    public static decimal ToDecimal(long value, int scale)
    {
        var negative = value < 0;
        var magnitude = negative ? (ulong)(-(value + 1)) + 1UL : (ulong)value;
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, negative, (byte)scale);
    }

    /// <summary>Splits a decimal into an integer mantissa and its count of fractional digits, trailing zeros removed.</summary>
    /// <returns>False when the mantissa does not fit in 64 bits or the decimal has more than <see cref="MaxScale"/> fractional digits.</returns>
    public static bool TrySplit(decimal amount, out long mantissa, out int scale)
    {
        var bits = decimal.GetBits(amount);
        scale = (bits[3] >> 16) & 0xFF;
        var negative = bits[3] < 0;
        UInt128 magnitude = ((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0];
        while (scale > 0 && magnitude % 10 == 0)
        {
            magnitude /= 10;
            scale--;
        }

        mantissa = 0;
        if (scale > MaxScale || magnitude > (UInt128)long.MaxValue)
        {
            return false;
        }

        mantissa = negative ? -(long)magnitude : (long)magnitude;
        return true;
    }

    /// <summary>Rescales a mantissa from one scale to a larger one, checked.</summary>
    public static long Rescale(long mantissa, int fromScale, int toScale) =>
        fromScale == toScale ? mantissa : checked(mantissa * Pow10[toScale - fromScale]);

    private static long[] BuildPowers()
    {
        var p = new long[MaxScale + 1];
        p[0] = 1;
        for (var i = 1; i < p.Length; i++)
        {
            p[i] = p[i - 1] * 10;
        }

        return p;
    }
}
