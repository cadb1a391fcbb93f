using System.Collections.Immutable;
using System.Globalization;

namespace TradeStats.Analysis;

/// <summary>Why a <see cref="Growth"/> has no rate.</summary>
public enum GrowthUndefinedReason
{
    /// <summary>The growth is defined.</summary>
    None = 0,

    /// <summary>The base is zero, so any change is an infinite rate.</summary>
    ZeroBase = 1,

    /// <summary>The value changes sign (a surplus becomes a deficit, or the reverse): a rate would be nonsense.</summary>
    SignChange = 2,

    /// <summary>The base is negative (a deficit), where a rate has no agreed sign; compare absolute changes instead.</summary>
    NegativeBase = 3,

    /// <summary>The current or base period has no data (or only part of its months).</summary>
    MissingPeriod = 4,

    /// <summary>A compound rate was asked of a fall of 100% or more, which has no real root.</summary>
    UndefinedInput = 5,

    /// <summary>The rate, or a step of computing it, lies outside what decimal holds (a base of 1e-28 against a value of 7.9e28).</summary>
    OutOfRange = 6,
}

/// <summary>
/// A growth rate as an exact decimal fraction (0.154 for +15.4 percent), or an explicit undefined result that says
/// why (zero base, sign change, missing period). Never NaN, never Infinity, never a division by zero in the middle
/// of a bulk computation.
/// </summary>
/// <remarks>
/// <para>
/// Text follows the press: <c>+15.4%</c>, <c>-33.1%</c>, <c>65-fold</c>. Rounding for display is half away from
/// zero, as publishers round; the rate itself is never rounded.
/// </para>
/// <para>
/// A fold is the ratio of the new value to the old one (1 + rate): 613 million from 9.3 million is 65.9-fold.
/// Press usage is loose ("a 65-fold surge" sometimes means a rise by 65 times the base, a ratio of 66); the library
/// always means the ratio.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var g = Growth.Between(Money.Cny(12.67e9m), Money.Cny(10.98e9m)); // +15.4%
/// Money base2023 = Growth.ImpliedBase(Money.Cny(12.67e9m), 0.154m);  // 10.979... billion yuan
/// var cagr = Growth.Compound(Money.Cny(100m), Money.Cny(121m), 2);   // +10.0%
/// string text = Growth.FromRate(64.9m).ToFoldString();               // "66-fold"
/// </code>
/// </example>
public readonly record struct Growth
{
    private Growth(decimal? rate, GrowthUndefinedReason reason, string? explanation)
    {
        Rate = rate;
        Reason = reason;
        Explanation = explanation;
    }

    /// <summary>The rate as a fraction (0.154 for +15.4%); null when undefined.</summary>
    public decimal? Rate { get; }

    /// <summary>Why the growth is undefined; <see cref="GrowthUndefinedReason.None"/> when defined.</summary>
    public GrowthUndefinedReason Reason { get; }

    /// <summary>A sentence naming the values behind an undefined growth; null when defined.</summary>
    public string? Explanation { get; }

    /// <summary>Whether there is a rate.</summary>
    public bool IsDefined => Rate is not null;

    /// <summary>The rate in percent (15.4 for 0.154); null when undefined.</summary>
    public decimal? Percent => Rate * 100m;

    /// <summary>The fold change, new value over old value (1 + rate); null when undefined.</summary>
    /// <remarks>Null for an undefined growth, and for a rate so close to decimal's maximum that 1 + rate overflows.</remarks>
    public decimal? Fold => Rate is { } r && r < decimal.MaxValue - 1m ? 1m + r : null;

    /// <summary>A defined growth.</summary>
    /// <param name="rate">The rate as a fraction, above -1 for positive values (-1 means the value fell to zero).</param>
    /// <returns>A defined growth with <see cref="Rate"/> equal to <paramref name="rate"/>.</returns>
    public static Growth FromRate(decimal rate) => new(rate, GrowthUndefinedReason.None, null);

    /// <summary>A defined growth from a fold change: 65-fold is a rate of 64.</summary>
    /// <param name="fold">New value over old value, not negative.</param>
    /// <returns>A defined growth with rate <paramref name="fold"/> - 1 (a fold of 0.5 is a fall of 50%).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The fold is negative.</exception>
    public static Growth FromFold(decimal fold)
    {
        Guard.Against.NegativeValue(fold);
        return FromRate(fold - 1m);
    }

    /// <summary>An undefined growth.</summary>
    /// <param name="reason">Why; not <see cref="GrowthUndefinedReason.None"/>.</param>
    /// <param name="explanation">A sentence naming the values involved.</param>
    /// <returns>An undefined growth: <see cref="Rate"/> is null and <see cref="ToString()"/> prints the explanation.</returns>
    /// <exception cref="ArgumentException">The reason is None or the explanation is blank.</exception>
    public static Growth Undefined(GrowthUndefinedReason reason, string explanation)
    {
        Guard.Against.NullOrWhiteSpace(explanation);
        if (reason == GrowthUndefinedReason.None || !Enum.IsDefined(reason))
        {
            throw new ArgumentException("An undefined growth needs a reason other than None.", nameof(reason));
        }

        return new Growth(null, reason, explanation);
    }

    /// <summary>
    /// The growth from a previous value to a current one, (current - previous) / previous. Undefined, with the reason,
    /// when the previous value is zero or negative or the sign changes.
    /// </summary>
    /// <param name="current">The value in the later period.</param>
    /// <param name="previous">The base value, in the same currency; zero or negative gives an undefined growth.</param>
    /// <returns>The rate as a fraction (0.154 for +15.4%), or an undefined growth naming the reason: zero base, negative base, sign change or out of range.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static Growth Between(Money current, Money previous)
    {
        if (current.Currency != previous.Currency)
        {
            throw new CurrencyMismatchException(previous.Currency, current.Currency, "compute the growth between");
        }

        if (previous.IsZero)
        {
            return Undefined(GrowthUndefinedReason.ZeroBase, string.Create(CultureInfo.InvariantCulture, $"the base is zero ({previous}), so the change to {current} has no rate"));
        }

        if (previous.IsNegative != current.IsNegative && !current.IsZero)
        {
            return Undefined(GrowthUndefinedReason.SignChange, string.Create(CultureInfo.InvariantCulture, $"the value changes sign from {previous} to {current}"));
        }

        if (previous.IsNegative)
        {
            return Undefined(GrowthUndefinedReason.NegativeBase, string.Create(CultureInfo.InvariantCulture, $"the base {previous} is negative (a deficit); compare the absolute change {DescribeChange(current, previous)} instead"));
        }

        try
        {
            return FromRate((current.Amount - previous.Amount) / previous.Amount);
        }
        catch (OverflowException)
        {
            return OutOfRange(string.Create(CultureInfo.InvariantCulture, $"the growth from {previous} to {current}"));
        }
    }

    /// <summary>The growth between two values that may be missing (null), which gives <see cref="GrowthUndefinedReason.MissingPeriod"/>.</summary>
    /// <param name="current">The value in the later period, or null when it is missing.</param>
    /// <param name="previous">The base value, or null when it is missing.</param>
    /// <returns>As <see cref="Between(Money, Money)"/> when both are present; otherwise undefined with <see cref="GrowthUndefinedReason.MissingPeriod"/>.</returns>
    public static Growth Between(Money? current, Money? previous) =>
        current is { } c && previous is { } p
            ? Between(c, p)
            : Undefined(GrowthUndefinedReason.MissingPeriod, current is null ? "the current value is missing" : "the base value is missing");

    /// <summary>The absolute change from a previous value to a current one, current - previous.</summary>
    /// <param name="current">The value in the later period.</param>
    /// <param name="previous">The base value, in the same currency.</param>
    /// <returns>The exact change <paramref name="current"/> - <paramref name="previous"/>, negative for a fall.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static Money AbsoluteChange(Money current, Money previous) => current - previous;

    /// <summary>
    /// The base implied by a level and its stated growth: "exports rose 15.3 percent to 11.32 billion yuan" implies
    /// 11.32 / 1.153 = 9.82 billion yuan the year before.
    /// </summary>
    /// <param name="current">The level after the growth.</param>
    /// <param name="rate">The growth rate as a fraction, above -1.</param>
    /// <returns>The implied base, exact to decimal precision (not rounded).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The rate is -1 or below.</exception>
    /// <exception cref="OverflowException">The base lies outside decimal's range or below its resolution (it would be rounded to zero).</exception>
    public static Money ImpliedBase(Money current, decimal rate)
    {
        if (rate <= -1m)
        {
            throw new ArgumentOutOfRangeException(nameof(rate), rate, "A rate of -100% or below implies no base.");
        }

        try
        {
            var implied = current / (1m + rate);
            if (implied.IsZero && !current.IsZero)
            {
                throw new OverflowException("the base is below decimal's resolution");
            }

            return implied;
        }
        catch (OverflowException e)
        {
            throw new OverflowException(string.Create(CultureInfo.InvariantCulture, $"The base implied by {current} at a growth rate of {rate} is outside what decimal holds."), e);
        }
    }

    /// <summary>
    /// The compound annual growth rate from a first value to a last one over a number of years:
    /// (last / first)^(1/years) - 1, computed in decimal (see <see cref="Annualize"/> for the precision).
    /// </summary>
    /// <param name="first">The value at the start.</param>
    /// <param name="last">The value <paramref name="years"/> years later.</param>
    /// <param name="years">The number of years, at least one.</param>
    /// <returns>The compound annual rate, or undefined for a zero, negative or sign-changing start.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="years"/> is below one.</exception>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static Growth Compound(Money first, Money last, int years)
    {
        Guard.Against.LessThan(years, 1);
        return Between(last, first).Annualize(years);
    }

    /// <summary>
    /// The constant rate per step that compounds to this growth over <paramref name="steps"/> steps:
    /// (1 + rate)^(1/steps) - 1.
    /// </summary>
    /// <remarks>
    /// The n-th root is computed in decimal by Newton's method from a double-precision start, iterated until it no
    /// longer changes: the result is within 1e-24 of the exact root relative to its size (decimal keeps 28 digits),
    /// far below any published precision.
    /// </remarks>
    /// <param name="steps">The number of steps (years), at least one.</param>
    /// <returns>The per-step growth; undefined with this growth's reason when this growth is, or with <see cref="GrowthUndefinedReason.UndefinedInput"/> for a fall of 100% or more.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="steps"/> is below one.</exception>
    public Growth Annualize(int steps)
    {
        Guard.Against.LessThan(steps, 1);
        if (Rate is not { } r)
        {
            return Undefined(Reason, "the total growth is undefined: " + Explanation);
        }

        if (r <= -1m)
        {
            return Undefined(GrowthUndefinedReason.UndefinedInput, string.Create(CultureInfo.InvariantCulture, $"a fall of {ToString()} has no compound rate"));
        }

        try
        {
            return FromRate(DecimalMath.NthRoot(1m + r, steps) - 1m);
        }
        catch (Exception e) when (e is OverflowException or DivideByZeroException)
        {
            return OutOfRange(string.Create(CultureInfo.InvariantCulture, $"the rate per step of {ToString()} over {steps} steps"));
        }
    }

    /// <summary>Chains this growth with the growth of the following period: (1 + g1)(1 + g2) - 1.</summary>
    /// <param name="next">The growth of the following period.</param>
    /// <returns>The growth over both periods; undefined, with the first undefined input's reason, when either is.</returns>
    public Growth Then(Growth next)
    {
        if (Rate is not { } a)
        {
            return Undefined(Reason, "the first growth is undefined: " + Explanation);
        }

        if (next.Rate is not { } b)
        {
            return Undefined(next.Reason, "the second growth is undefined: " + next.Explanation);
        }

        try
        {
            return FromRate(((1m + a) * (1m + b)) - 1m);
        }
        catch (OverflowException)
        {
            return OutOfRange(string.Create(CultureInfo.InvariantCulture, $"{this} followed by {next}"));
        }
    }

    /// <summary>
    /// The contribution of each part to the growth of the whole, in percentage points:
    /// (current part - previous part) / previous whole x 100. The contributions add up to the whole's growth in percent.
    /// </summary>
    /// <typeparam name="TKey">What identifies a part (a partner, an enterprise type, a group key).</typeparam>
    /// <param name="parts">Each part's current and previous value, in one currency.</param>
    /// <returns>The whole's growth and each part's contribution, in the order given.</returns>
    /// <exception cref="ArgumentException">No part is given.</exception>
    /// <exception cref="CurrencyMismatchException">The parts are in different currencies.</exception>
    public static GrowthDecomposition<TKey> Contributions<TKey>(IEnumerable<(TKey Part, Money Current, Money Previous)> parts)
    {
        Guard.Against.Null(parts);
        var list = parts.ToList();
        Guard.Against.TooFewElements(list.Count, 1, "Contributions need at least one part.", nameof(parts));

        var current = list[0].Current;
        var previous = list[0].Previous;
        foreach (var p in list.Skip(1))
        {
            current += p.Current;
            previous += p.Previous;
        }

        var whole = Between(current, previous);
        var result = ImmutableArray.CreateBuilder<GrowthContribution<TKey>>(list.Count);
        foreach (var (key, c, p) in list)
        {
            var change = c - p;
            result.Add(new GrowthContribution<TKey>(key, c, p, previous.IsZero ? null : change.Amount / previous.Amount * 100m));
        }

        return new GrowthDecomposition<TKey>(whole, current, previous, result.MoveToImmutable());
    }

    /// <summary>The press form with one decimal: <c>+15.4%</c>, <c>-33.1%</c>, <c>0.0%</c>, or <c>undefined (reason)</c>.</summary>
    /// <returns>The rate in percent with one decimal and a sign, such as <c>+15.4%</c>, or <c>undefined (reason)</c>.</returns>
    public override string ToString() => ToString(1);

    /// <summary>The press form with a number of decimals, rounded half away from zero.</summary>
    /// <param name="decimals">Decimals after the point, 0 to 10.</param>
    /// <returns>The text, such as <c>+144.82%</c> with two decimals.</returns>
    public string ToString(int decimals)
    {
        Guard.Against.NotInRange(decimals, 0, 10);
        if (Rate is not { } r)
        {
            return "undefined (" + Explanation + ")";
        }

        if (Math.Abs(r) >= decimal.MaxValue / 100m)
        {
            // r * 100 overflows decimal; a rate this large has at most two decimals, so shifting the point is exact.
            var digits = System.Numerics.BigInteger.Parse(r.ToString("F2", CultureInfo.InvariantCulture).Replace(".", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
            var whole = digits.ToString(CultureInfo.InvariantCulture) + (decimals > 0 ? "." + new string('0', decimals) : string.Empty);
            return (r > 0m ? "+" : string.Empty) + whole + "%";
        }

        var p = Math.Round(r * 100m, decimals, MidpointRounding.AwayFromZero);
        var text = p.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return (p > 0m ? "+" : string.Empty) + text + "%";
    }

    private static string DescribeChange(Money current, Money previous)
    {
        try
        {
            return (current - previous).ToString();
        }
        catch (OverflowException)
        {
            return "(beyond what decimal holds exactly)";
        }
    }

    private static Growth OutOfRange(string what) =>
        Undefined(GrowthUndefinedReason.OutOfRange, what + " lies outside what decimal holds (about ±7.9e28, 28 decimals)");

    /// <summary>The fold form, new over old rounded to whole folds half away from zero: <c>65-fold</c>.</summary>
    /// <returns>The text, or <c>undefined (reason)</c>.</returns>
    public string ToFoldString() => (Fold, Rate) switch
    {
        ({ } f, _) => Math.Round(f, 0, MidpointRounding.AwayFromZero).ToString("F0", CultureInfo.InvariantCulture) + "-fold",
        (null, { } r) => (System.Numerics.BigInteger.Parse(Math.Round(r, 0, MidpointRounding.AwayFromZero).ToString("F0", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture) + "-fold",
        _ => "undefined (" + Explanation + ")",
    };

    /// <summary>The form a newspaper would print: a fold (<c>65-fold</c>) from a threshold on, a percentage (<c>+15.4%</c>) below it.</summary>
    /// <param name="foldThreshold">The fold from which to print folds; 10 when omitted.</param>
    /// <returns>The fold form from <paramref name="foldThreshold"/> on, such as <c>65-fold</c>; otherwise the percentage form, such as <c>+15.4%</c>, or <c>undefined (reason)</c>.</returns>
    public string ToPressString(decimal foldThreshold = 10m) => Fold is { } f && f >= foldThreshold ? ToFoldString() : ToString();
}

/// <summary>One part's contribution to the growth of a whole.</summary>
/// <typeparam name="TKey">What identifies the part.</typeparam>
/// <param name="Part">The key of the part, such as a partner.</param>
/// <param name="Current">The part's current value.</param>
/// <param name="Previous">The part's previous value.</param>
/// <param name="PercentagePoints">The contribution in percentage points; null when the whole's previous value is zero.</param>
public sealed record GrowthContribution<TKey>(TKey Part, Money Current, Money Previous, decimal? PercentagePoints);

/// <summary>The growth of a whole and the contribution of each of its parts.</summary>
/// <typeparam name="TKey">What identifies a part.</typeparam>
/// <param name="Whole">The growth of the sum of the parts, from <paramref name="Previous"/> to <paramref name="Current"/>.</param>
/// <param name="Current">The sum of the parts' current values.</param>
/// <param name="Previous">The sum of the parts' previous values.</param>
/// <param name="Parts">The contributions, which add up to <paramref name="Whole"/> in percent (to decimal precision).</param>
public sealed record GrowthDecomposition<TKey>(Growth Whole, Money Current, Money Previous, ImmutableArray<GrowthContribution<TKey>> Parts);

/// <summary>
/// A stated growth rate (as published) and the growth computed from levels, side by side. Customs offices compute
/// growth on a revised previous-year base, so the stated rate can differ from the rate implied by the previously
/// published level; both are kept and neither overwrites the other.
/// </summary>
/// <param name="Current">The current level, such as this year's exports.</param>
/// <param name="PublishedPrevious">The previous period's level as first published (not revised), in the same currency.</param>
/// <param name="Stated">The stated rate as published, with its rounding (0.154 ± 0.0005 for "15.4 percent").</param>
/// <param name="Computed">The rate computed from <paramref name="Current"/> and <paramref name="PublishedPrevious"/>.</param>
public sealed record GrowthComparison(Money Current, Money PublishedPrevious, PublishedNumber Stated, Growth Computed)
{
    /// <summary>The previous level the stated rate implies (current / (1 + stated)): the revised base the publisher used.</summary>
    public Money ImpliedPrevious => Growth.ImpliedBase(Current, Stated.Value);

    /// <summary>How far the implied (revised) base is from the published one: implied - published.</summary>
    public Money BaseRevision => ImpliedPrevious - PublishedPrevious;

    /// <summary>Computed minus stated, in percentage points; null when the computed growth is undefined.</summary>
    public decimal? DifferenceInPoints => Computed.Rate is { } c ? (c - Stated.Value) * 100m : null;

    /// <summary>Whether the computed rate lies within the stated rate's rounding interval; null when undefined.</summary>
    public bool? AgreesWithinRounding => Computed.Rate is { } c ? Stated.Interval.Contains(c) : null;

    /// <summary>Compares a stated rate with the rate computed from the current and the previously published level.</summary>
    /// <param name="current">The current level, such as this year's exports.</param>
    /// <param name="publishedPrevious">The previous period's level as first published, in the same currency.</param>
    /// <param name="stated">The stated rate, as a fraction with its rounding.</param>
    /// <returns>Both rates side by side, with the base the stated rate implies.</returns>
    /// <exception cref="CurrencyMismatchException">The levels are in different currencies.</exception>
    /// <example>
    /// <code>
    /// // Xizang 2024: 12.67 billion, "up 15.4 percent"; the 2023 figure was first published as "10 billion".
    /// var c = GrowthComparison.Of(Money.Cny(12.67e9m), Money.Cny(10e9m), PublishedNumber.FromDigits(15.4m, 0.01m));
    /// // c.Computed is +26.7%, c.ImpliedPrevious is 10.98 billion: the stated rate used a revised base.
    /// </code>
    /// </example>
    public static GrowthComparison Of(Money current, Money publishedPrevious, PublishedNumber stated) =>
        new(current, publishedPrevious, stated, Growth.Between(current, publishedPrevious));
}

/// <summary>One point of a value index: a period, its value, and the index with the base period at 100.</summary>
/// <param name="Period">The period of the value.</param>
/// <param name="Value">The value in the period, in the currency of all the points.</param>
/// <param name="Index">value / base value x 100.</param>
public sealed record IndexPoint(Period Period, Money Value, decimal Index);

/// <summary>Value indices with a base period at 100.</summary>
public static class ValueIndex
{
    /// <summary>Rebases values to an index with the base period's value at 100.</summary>
    /// <param name="values">The periods and values, in one currency.</param>
    /// <param name="basePeriod">The period whose value becomes 100; it must be among the values.</param>
    /// <returns>One point per value, ordered by period, the base period's index being exactly 100.</returns>
    /// <exception cref="ArgumentException">The base period is missing, appears twice, or its value is zero.</exception>
    /// <exception cref="CurrencyMismatchException">The values are in different currencies.</exception>
    public static ImmutableArray<IndexPoint> Rebase(IEnumerable<(Period Period, Money Value)> values, Period basePeriod)
    {
        Guard.Against.Null(values);
        var list = values.OrderBy(v => v.Period).ToList();
        var bases = list.Where(v => v.Period == basePeriod).ToList();
        if (bases.Count != 1)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The base period {basePeriod} appears {bases.Count} times among the values; it must appear exactly once."), nameof(basePeriod));
        }

        var b = bases[0].Value;
        if (b.IsZero)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The base period {basePeriod} has a zero value; an index needs a non-zero base."), nameof(values));
        }

        return [.. list.Select(v => new IndexPoint(v.Period, v.Value, v.Value / b * 100m))];
    }
}

/// <summary>Exact decimal roots.</summary>
internal static class DecimalMath
{
    /// <summary>The positive n-th root of a positive number by Newton's method in decimal.</summary>
    public static decimal NthRoot(decimal x, int n)
    {
        if (n == 1 || x == 1m)
        {
            return x;
        }

        var y = (decimal)Math.Pow((double)x, 1.0 / n);
        if (y <= 0m)
        {
            y = 1m; // a start below decimal's resolution; Newton converges from 1 as well
        }
        for (var i = 0; i < 200; i++)
        {
            // y^(n-1) by squaring: O(log n) multiplications, so a root over int.MaxValue steps stays fast.
            var power = 1m;
            var b = y;
            for (var e = n - 1; e > 0; e >>= 1)
            {
                if ((e & 1) == 1)
                {
                    power *= b;
                }

                if (e > 1)
                {
                    b *= b;
                }
            }

            var next = (((n - 1) * y) + (x / power)) / n;
            if (next == y)
            {
                break;
            }

            y = next;
        }

        return y;
    }
}
