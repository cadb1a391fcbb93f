using System.Numerics;

namespace TradeStats.Verification;

/// <summary>
/// Arithmetic on <see cref="DecimalInterval"/>: the result of each operation holds every value the operation can
/// produce from values of its operands, and respects open and closed ends.
/// </summary>
/// <remarks>
/// <para>
/// Sums and differences are exact. Products and quotients that decimal cannot hold exactly are rounded outward by
/// one unit in the last place, so a result is never narrower than the truth; such an end is then closed.
/// An end at <see cref="decimal.MinValue"/> or <see cref="decimal.MaxValue"/> is unbounded, and a result that
/// overflows decimal becomes unbounded rather than throwing.
/// </para>
/// <para>
/// Division by an interval that contains zero is undefined: <see cref="Divide"/> returns null instead of throwing,
/// because a published balance of "about zero" is ordinary data, not a programming error. A divisor with an open
/// end at zero, such as (0, 1], gives an unbounded quotient.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var total = PublishedNumber.FromDigits(12.67m, 1e9m).Interval;   // [12.665, 12.675) billion
/// var exports = PublishedNumber.FromDigits(11.32m, 1e9m).Interval; // [11.315, 11.325) billion
/// DecimalInterval? share = IntervalMath.Divide(exports, total);    // about [0.8927, 0.8942)
/// </code>
/// </example>
public static class IntervalMath
{
    /// <summary>The sum of two intervals: every x + y.</summary>
    /// <param name="left">The possible values of the first addend.</param>
    /// <param name="right">The possible values of the second addend.</param>
    /// <returns>Every x + y, exact; an end is closed only when both operands' ends are, and unbounded when either is.</returns>
    public static DecimalInterval Add(DecimalInterval left, DecimalInterval right)
    {
        var lower = left.IsLowerUnbounded || right.IsLowerUnbounded ? decimal.MinValue : SaturatingAdd(left.Lower, right.Lower);
        var upper = left.IsUpperUnbounded || right.IsUpperUnbounded ? decimal.MaxValue : SaturatingAdd(left.Upper, right.Upper);
        return Make(
            new End(lower, lower == decimal.MinValue || (left.LowerInclusive && right.LowerInclusive)),
            new End(upper, upper == decimal.MaxValue || (left.UpperInclusive && right.UpperInclusive)));
    }

    /// <summary>The sum of several intervals.</summary>
    /// <param name="intervals">The intervals, at least one.</param>
    /// <returns>Every possible sum of one value from each interval, exact.</returns>
    /// <exception cref="ArgumentException">No interval is given.</exception>
    public static DecimalInterval Sum(IEnumerable<DecimalInterval> intervals)
    {
        Guard.Against.Null(intervals);
        DecimalInterval? sum = null;
        foreach (var i in intervals)
        {
            sum = sum is { } s ? Add(s, i) : i;
        }

        return sum ?? throw new ArgumentException("The sum of no intervals is not defined here; pass at least one.", nameof(intervals));
    }

    /// <summary>The negation of an interval: every -x.</summary>
    /// <param name="value">The possible values to negate.</param>
    /// <returns>Every -x: the ends swapped and negated, each keeping its open or closed kind.</returns>
    public static DecimalInterval Negate(DecimalInterval value)
    {
        // MinValue and MaxValue are each other's negation, so unbounded ends stay unbounded.
        return new DecimalInterval(-value.Upper, -value.Lower, value.UpperInclusive, value.LowerInclusive);
    }

    /// <summary>The difference of two intervals: every x - y.</summary>
    /// <param name="left">The possible values of the minuend.</param>
    /// <param name="right">The possible values of the subtrahend.</param>
    /// <returns>Every x - y, exact.</returns>
    public static DecimalInterval Subtract(DecimalInterval left, DecimalInterval right) => Add(left, Negate(right));

    /// <summary>The product of two intervals: every x * y.</summary>
    /// <param name="left">The possible values of the first factor.</param>
    /// <param name="right">The possible values of the second factor.</param>
    /// <returns>Every x * y, its ends rounded outward when decimal cannot hold them exactly.</returns>
    public static DecimalInterval Multiply(DecimalInterval left, DecimalInterval right)
    {
        Span<End> lows = [Low(left), High(left)];
        Span<End> rights = [Low(right), High(right)];
        Span<(End Down, End Up)> candidates = stackalloc (End, End)[4];
        var n = 0;
        foreach (var a in lows)
        {
            foreach (var b in rights)
            {
                var inclusive = (a.Inclusive && b.Inclusive) || (a.Value == 0m && a.Inclusive) || (b.Value == 0m && b.Inclusive);
                candidates[n++] = MultiplyEnds(a.Value, b.Value, inclusive);
            }
        }

        return FromCandidates(candidates);
    }

    /// <summary>The interval multiplied by a number.</summary>
    /// <param name="value">The possible values to scale.</param>
    /// <param name="factor">An exact number, such as a unit multiplier; negative swaps the ends.</param>
    /// <returns>Every x * <paramref name="factor"/>, its ends rounded outward when inexact.</returns>
    public static DecimalInterval Scale(DecimalInterval value, decimal factor) => Multiply(value, DecimalInterval.Point(factor));

    /// <summary>The quotient of two intervals: every x / y; undefined (null) when the divisor contains zero.</summary>
    /// <param name="dividend">The possible values of the numerator.</param>
    /// <param name="divisor">The possible values of the denominator; a divisor containing zero gives null.</param>
    /// <returns>The interval of quotients, or null when <paramref name="divisor"/> contains zero.</returns>
    public static DecimalInterval? Divide(DecimalInterval dividend, DecimalInterval divisor)
    {
        if (divisor.Contains(0m))
        {
            return null;
        }

        // A divisor touching zero at an open end lies on one side of it.
        var divisorPositive = divisor.Lower >= 0m;
        Span<End> tops = [Low(dividend), High(dividend)];
        Span<End> bottoms = [Low(divisor), High(divisor)];
        Span<(End Down, End Up)> candidates = stackalloc (End, End)[4];
        var n = 0;
        foreach (var a in tops)
        {
            foreach (var b in bottoms)
            {
                candidates[n++] = (DivideEnd(a, b, divisorPositive, roundDown: true), DivideEnd(a, b, divisorPositive, roundDown: false));
            }
        }

        return FromCandidates(candidates);
    }

    /// <summary>The values common to two intervals, or null when they do not overlap.</summary>
    /// <param name="left">One interval.</param>
    /// <param name="right">The other interval; the order does not matter.</param>
    /// <returns>The values in both, with an end closed only when it is closed in both; null when they share no value.</returns>
    public static DecimalInterval? Intersect(DecimalInterval left, DecimalInterval right)
    {
        if (!left.Overlaps(right))
        {
            return null;
        }

        var lower = left.Lower > right.Lower ? Low(left) : left.Lower < right.Lower ? Low(right) : new End(left.Lower, left.LowerInclusive && right.LowerInclusive);
        var upper = left.Upper < right.Upper ? High(left) : left.Upper > right.Upper ? High(right) : new End(left.Upper, left.UpperInclusive && right.UpperInclusive);
        return Make(lower, upper);
    }

    /// <summary>The smallest interval holding both.</summary>
    /// <param name="left">One interval.</param>
    /// <param name="right">The other interval; the order does not matter.</param>
    /// <returns>From the lower of the lower ends to the higher of the upper ends, including any gap between the two.</returns>
    public static DecimalInterval Hull(DecimalInterval left, DecimalInterval right)
    {
        var lower = left.Lower < right.Lower ? Low(left) : left.Lower > right.Lower ? Low(right) : new End(left.Lower, left.LowerInclusive || right.LowerInclusive);
        var upper = left.Upper > right.Upper ? High(left) : left.Upper < right.Upper ? High(right) : new End(left.Upper, left.UpperInclusive || right.UpperInclusive);
        return Make(lower, upper);
    }

    /// <summary>The values not above the interval's upper end: (-inf, upper]. "A part is at most its whole" compares a part with this.</summary>
    /// <param name="value">The interval whose upper end is kept.</param>
    /// <returns>(-inf, upper] or (-inf, upper), with <paramref name="value"/>'s upper end.</returns>
    public static DecimalInterval AtMost(DecimalInterval value) => new(decimal.MinValue, value.Upper, true, value.UpperInclusive);

    /// <summary>The distance between two intervals: zero when they overlap, otherwise the width of the gap between them.</summary>
    /// <param name="left">One interval.</param>
    /// <param name="right">The other interval; the order does not matter.</param>
    /// <returns>The distance from the nearer end of one to the nearer end of the other, zero when they overlap or touch.</returns>
    public static decimal Gap(DecimalInterval left, DecimalInterval right)
    {
        if (left.Overlaps(right))
        {
            return 0m;
        }

        return left.Upper <= right.Lower ? right.Lower - left.Upper : left.Lower - right.Upper;
    }

    /// <summary>The middle of a bounded interval; the bounded end of a half-bounded one.</summary>
    /// <param name="value">The interval, bounded on at least one side for a meaningful result.</param>
    /// <returns>(lower + upper) / 2 for a bounded interval; the finite end for a half-bounded one.</returns>
    public static decimal Midpoint(DecimalInterval value) =>
        value.IsLowerUnbounded ? value.Upper : value.IsUpperUnbounded ? value.Lower : value.Lower + ((value.Upper - value.Lower) / 2m);

    private readonly record struct End(decimal Value, bool Inclusive);

    private static End Low(DecimalInterval i) => new(i.Lower, i.LowerInclusive);

    private static End High(DecimalInterval i) => new(i.Upper, i.UpperInclusive);

    private static bool IsInfinite(decimal d) => d == decimal.MinValue || d == decimal.MaxValue;

    private static decimal Infinity(int sign) => sign < 0 ? decimal.MinValue : decimal.MaxValue;

    private static DecimalInterval Make(End lower, End upper) =>
        new(lower.Value, upper.Value, lower.Inclusive || lower.Value == decimal.MinValue, upper.Inclusive || upper.Value == decimal.MaxValue);

    private static DecimalInterval FromCandidates(ReadOnlySpan<(End Down, End Up)> candidates)
    {
        var lower = candidates[0].Down;
        var upper = candidates[0].Up;
        foreach (var (down, up) in candidates)
        {
            if (down.Value < lower.Value || (down.Value == lower.Value && down.Inclusive))
            {
                lower = down;
            }

            if (up.Value > upper.Value || (up.Value == upper.Value && up.Inclusive))
            {
                upper = up;
            }
        }

        return Make(lower, upper);
    }

    private static decimal SaturatingAdd(decimal a, decimal b)
    {
        try
        {
            return a + b;
        }
        catch (OverflowException)
        {
            return Infinity(Math.Sign(a));
        }
    }

    /// <summary>The product of two ends, rounded down and up (the same end when decimal holds it exactly).</summary>
    private static (End Down, End Up) MultiplyEnds(decimal a, decimal b, bool inclusive)
    {
        if (a == 0m || b == 0m)
        {
            return (new End(0m, inclusive), new End(0m, inclusive));
        }

        var sign = Math.Sign(a) * Math.Sign(b);
        if (IsInfinite(a) || IsInfinite(b))
        {
            return (new End(Infinity(sign), true), new End(Infinity(sign), true));
        }

        decimal product;
        try
        {
            product = a * b;
        }
        catch (OverflowException)
        {
            return (new End(Infinity(sign), true), new End(Infinity(sign), true));
        }

        return IsExactProduct(a, b, product)
            ? (new End(product, inclusive), new End(product, inclusive))
            : (new End(Nudge(product, true), true), new End(Nudge(product, false), true));
    }

    private static End DivideEnd(End a, End b, bool divisorPositive, bool roundDown)
    {
        if (a.Value == 0m)
        {
            // 0 / y is 0 for every y of the divisor; attained when 0 belongs to the dividend.
            return new End(0m, a.Inclusive);
        }

        var signA = Math.Sign(a.Value);
        if (b.Value == 0m)
        {
            // Only an open end can be zero here: the quotient grows without bound near it.
            return new End(Infinity(signA * (divisorPositive ? 1 : -1)), true);
        }

        var sign = signA * Math.Sign(b.Value);
        if (IsInfinite(a.Value))
        {
            return new End(Infinity(sign), true);
        }

        if (IsInfinite(b.Value))
        {
            return new End(0m, false);
        }

        decimal quotient;
        try
        {
            quotient = a.Value / b.Value;
        }
        catch (OverflowException)
        {
            return new End(Infinity(sign), true);
        }

        var inclusive = a.Inclusive && b.Inclusive;
        return IsExactProduct(quotient, b.Value, a.Value) ? new End(quotient, inclusive) : new End(Nudge(quotient, roundDown), true);
    }

    /// <summary>Moves a rounded result by one unit in its last place, away from the true value's side.</summary>
    private static decimal Nudge(decimal value, bool down)
    {
        var ulp = new decimal(1, 0, 0, false, value.Scale);
        try
        {
            return down ? value - ulp : value + ulp;
        }
        catch (OverflowException)
        {
            return Infinity(down ? -1 : 1);
        }
    }

    /// <summary>Whether x * y equals p exactly, compared on the integer mantissas.</summary>
    private static bool IsExactProduct(decimal x, decimal y, decimal p)
    {
        if (TryExactProductFast(x, y, p, out var exact))
        {
            return exact;
        }

        var (mx, sx) = Decompose(x);
        var (my, sy) = Decompose(y);
        var (mp, sp) = Decompose(p);
        var left = mx * my;
        var leftScale = sx + sy;
        return leftScale >= sp
            ? left == mp * BigInteger.Pow(10, leftScale - sp)
            : left * BigInteger.Pow(10, sp - leftScale) == mp;
    }

    /// <summary>
    /// The common case without allocation: both factors' mantissas fit in 64 bits, so their product fits in 128 and
    /// the comparison runs on <see cref="UInt128"/>. False when the fast path cannot decide.
    /// </summary>
    private static bool TryExactProductFast(decimal x, decimal y, decimal p, out bool exact)
    {
        exact = false;
        Span<int> bx = stackalloc int[4];
        Span<int> by = stackalloc int[4];
        Span<int> bp = stackalloc int[4];
        decimal.GetBits(x, bx);
        decimal.GetBits(y, by);
        decimal.GetBits(p, bp);
        if (bx[2] != 0 || by[2] != 0)
        {
            return false;
        }

        var left = (UInt128)(((ulong)(uint)bx[1] << 32) | (uint)bx[0]) * (((ulong)(uint)by[1] << 32) | (uint)by[0]);
        var mp = ((UInt128)(uint)bp[2] << 64) | ((UInt128)(uint)bp[1] << 32) | (uint)bp[0];
        var leftScale = ((bx[3] >> 16) & 0xFF) + ((by[3] >> 16) & 0xFF);
        var sp = (bp[3] >> 16) & 0xFF;
        if (mp == 0)
        {
            // The factors are not zero here, so a zero product underflowed.
            return true;
        }

        var k = Math.Abs(leftScale - sp);
        if (k > 38)
        {
            // 10^39 exceeds 2^128: the scaled side cannot equal the other.
            return true;
        }

        var pow = UInt128.One;
        for (var i = 0; i < k; i++)
        {
            pow *= 10;
        }

        var (small, large) = leftScale >= sp ? (mp, left) : (left, mp);
        if (small > UInt128.MaxValue / pow)
        {
            return true;
        }

        exact = small * pow == large;
        return true;
    }

    private static (BigInteger Mantissa, int Scale) Decompose(decimal d)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(d, bits);
        var mantissa = new BigInteger((uint)bits[0]) | (new BigInteger((uint)bits[1]) << 32) | (new BigInteger((uint)bits[2]) << 64);
        var negative = (bits[3] & int.MinValue) != 0;
        return (negative ? -mantissa : mantissa, (bits[3] >> 16) & 0xFF);
    }
}
