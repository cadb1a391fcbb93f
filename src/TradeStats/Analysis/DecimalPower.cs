using System.Numerics;

namespace TradeStats.Analysis;

/// <summary>
/// Fractional powers of decimals, x^(1/years) = exp(ln(x) / years), for compound rates over fractional years.
/// </summary>
/// <remarks>
/// <para>
/// Both functions are evaluated in fixed-point integer arithmetic with 64 decimal digits after the point, far more
/// than decimal holds, and the result is rounded once to decimal (half to even):
/// </para>
/// <list type="bullet">
/// <item>ln(x): x = mantissa / 10^scale, so ln(x) = ln(mantissa) - scale * ln(10); the mantissa is reduced by powers
/// of two to [1/sqrt(2), sqrt(2)] and its logarithm summed as 2 atanh((f - 1) / (f + 1)), a series in z^2 with
/// |z| below 0.172. ln(2) = 2 atanh(1/3) and ln(10) = 3 ln(2) + 2 atanh(1/9) are computed the same way.</item>
/// <item>exp(t): t = k ln(2) + r with |r| at most ln(2) / 2; exp(r) by its Taylor series, then shifted by 2^k.</item>
/// </list>
/// <para>
/// Every truncated step errs by at most one unit in the 64th digit and there are a few hundred of them, so before the
/// final rounding the result is within 1e-60 of the exact value relative to its size. The final rounding to decimal
/// (28 or 29 significant digits, at most 28 after the point) dominates: the result is within 1e-27 of the exact
/// value relative to its size when it is 0.1 or more, and within 5e-29 absolutely below that.
/// </para>
/// </remarks>
internal static class DecimalPower
{
    private const int Digits = 64;

    private static readonly BigInteger One = BigInteger.Pow(10, Digits);

    private static readonly BigInteger Ln2 = 2 * Atanh(One / 3);

    private static readonly BigInteger Ln10 = (3 * Ln2) + (2 * Atanh(One / 9));

    // sqrt(2) in fixed point, to reduce a mantissa to [1/sqrt(2), sqrt(2)].
    private static readonly BigInteger Sqrt2 = IntegerSqrt(2 * One * One);

    private static readonly BigInteger DecimalLimit = BigInteger.One << 96;

    /// <summary>The positive root x^(1/years) of a positive decimal for any positive number of years.</summary>
    /// <param name="x">The ratio to take the root of, positive.</param>
    /// <param name="years">The exponent's denominator, positive; need not be whole.</param>
    /// <returns>The root rounded to decimal.</returns>
    /// <exception cref="OverflowException">The root lies above decimal's range, or below its resolution (it would round to zero).</exception>
    public static decimal Root(decimal x, decimal years)
    {
        if (x <= 0m || years <= 0m)
        {
            throw new ArgumentOutOfRangeException(x <= 0m ? nameof(x) : nameof(years), "Roots are taken of positive numbers over positive years.");
        }

        var (yMantissa, yScale) = Decompose(years);
        var t = Ln(x) * BigInteger.Pow(10, yScale) / yMantissa;
        return ToDecimal(Exp(t));
    }

    /// <summary>The power x^exponent of a positive decimal.</summary>
    /// <param name="x">The base, positive.</param>
    /// <param name="exponent">Any exponent.</param>
    /// <returns>The power rounded to decimal.</returns>
    /// <exception cref="OverflowException">The power lies above decimal's range, or below its resolution.</exception>
    public static decimal Power(decimal x, decimal exponent)
    {
        if (x <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(x), "Powers are taken of positive numbers.");
        }

        var (eMantissa, eScale) = Decompose(exponent);
        var t = Ln(x) * eMantissa / BigInteger.Pow(10, eScale);
        return ToDecimal(Exp(t));
    }

    /// <summary>The natural logarithm of a positive decimal, in fixed point with <see cref="Digits"/> digits.</summary>
    internal static BigInteger Ln(decimal x)
    {
        var (mantissa, scale) = Decompose(x);
        var k = (int)mantissa.GetBitLength() - 1;
        var f = (mantissa * One) >> k; // mantissa / 2^k in [1, 2)
        if (f > Sqrt2)
        {
            f >>= 1;
            k++;
        }

        var z = (f - One) * One / (f + One);
        return (k * Ln2) + (2 * Atanh(z)) - (scale * Ln10);
    }

    /// <summary>exp(t) for t in fixed point with <see cref="Digits"/> digits, also in fixed point.</summary>
    internal static BigInteger Exp(BigInteger t)
    {
        // Beyond these bounds the result is far outside decimal (e^67 > 7.9e28, e^-67 < 1e-29): stop before the
        // shift makes a huge integer.
        var limit = 70 * One;
        if (t > limit)
        {
            throw new OverflowException("The power lies above decimal's range.");
        }

        if (t < -limit)
        {
            return BigInteger.Zero;
        }

        var k = (int)BigInteger.Divide(t + (t.Sign >= 0 ? Ln2 / 2 : -Ln2 / 2), Ln2);
        var r = t - (k * Ln2);
        var sum = One;
        var term = One;
        for (var n = 1; ; n++)
        {
            term = term * r / One / n;
            if (term.IsZero)
            {
                break;
            }

            sum += term;
        }

        return k >= 0 ? sum << k : sum >> -k;
    }

    /// <summary>A fixed-point value rounded half to even to the decimal with the most digits that holds it.</summary>
    internal static decimal ToDecimal(BigInteger fixedPoint)
    {
        if (fixedPoint.Sign < 0)
        {
            throw new OverflowException("A negative power cannot occur here.");
        }

        for (var s = 28; s >= 0; s--)
        {
            var divisor = BigInteger.Pow(10, Digits - s);
            var q = BigInteger.DivRem(fixedPoint, divisor, out var rem);
            var twice = 2 * rem;
            if (twice > divisor || (twice == divisor && !q.IsEven))
            {
                q += 1;
            }

            if (q < DecimalLimit)
            {
                if (q.IsZero)
                {
                    throw new OverflowException("The power lies below decimal's resolution of 1e-28.");
                }

                var bytes = q.ToByteArray(isUnsigned: true, isBigEndian: false);
                Span<byte> padded = stackalloc byte[12];
                bytes.AsSpan().CopyTo(padded);
                return new decimal(
                    BitConverter.ToInt32(padded[..4]),
                    BitConverter.ToInt32(padded[4..8]),
                    BitConverter.ToInt32(padded[8..12]),
                    false,
                    (byte)s);
            }
        }

        throw new OverflowException("The power lies above decimal's range.");
    }

    /// <summary>A decimal as an integer mantissa (signed) and a power-of-ten scale: x = mantissa / 10^scale.</summary>
    private static (BigInteger Mantissa, int Scale) Decompose(decimal x)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(x, bits);
        var magnitude = new BigInteger((uint)bits[0]) | (new BigInteger((uint)bits[1]) << 32) | (new BigInteger((uint)bits[2]) << 64);
        var scale = (bits[3] >> 16) & 0xFF;
        return (bits[3] < 0 ? -magnitude : magnitude, scale);
    }

    /// <summary>atanh(z) = z + z^3/3 + z^5/5 + ... for a fixed-point |z| of at most 1/3.</summary>
    private static BigInteger Atanh(BigInteger z)
    {
        var z2 = z * z / One;
        var power = z;
        var sum = z;
        for (var n = 3; ; n += 2)
        {
            power = power * z2 / One;
            if (power.IsZero)
            {
                return sum;
            }

            sum += power / n;
        }
    }

    private static BigInteger IntegerSqrt(BigInteger n)
    {
        var x = (BigInteger)Math.Sqrt((double)n);
        while (true)
        {
            var next = (x + (n / x)) / 2;
            if (BigInteger.Abs(next - x) <= 1)
            {
                while (next * next > n)
                {
                    next--;
                }

                while ((next + 1) * (next + 1) <= n)
                {
                    next++;
                }

                return next;
            }

            x = next;
        }
    }
}
