using System.Collections.Immutable;
using System.Globalization;

namespace TradeStats.Analysis;

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
    /// (last / first)^(1/years) - 1, computed in decimal (see <see cref="Annualize(int)"/> for the precision).
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
    /// The compound annual growth rate between two values that may be missing (null), as
    /// <see cref="Compound(Money, Money, int)"/>; a missing value gives <see cref="GrowthUndefinedReason.MissingPeriod"/>.
    /// </summary>
    /// <param name="first">The value at the start, or null when it is missing (as <see cref="TradeSeries.ValueFor"/> returns it).</param>
    /// <param name="last">The value <paramref name="years"/> years later, or null when it is missing.</param>
    /// <param name="years">The number of years, at least one.</param>
    /// <returns>As <see cref="Compound(Money, Money, int)"/> when both values are present; otherwise undefined with <see cref="GrowthUndefinedReason.MissingPeriod"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="years"/> is below one.</exception>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static Growth Compound(Money? first, Money? last, int years)
    {
        Guard.Against.LessThan(years, 1);
        return first is { } f && last is { } l ? Compound(f, l, years) : MissingEnd(first is null);
    }

    /// <summary>
    /// The compound annual growth rate over a number of years that need not be whole (7.75 years from January 2017 to
    /// October 2024): (last / first)^(1/years) - 1. Whole years give exactly <see cref="Compound(Money, Money, int)"/>.
    /// </summary>
    /// <remarks>The fractional root is computed as described on <see cref="Annualize(decimal)"/>.</remarks>
    /// <param name="first">The value at the start.</param>
    /// <param name="last">The value <paramref name="years"/> years later, in the same currency.</param>
    /// <param name="years">The time between the two values in years, positive (0.5 is half a year).</param>
    /// <returns>The compound annual rate; undefined for a zero, negative or sign-changing start, for a fall of 100%, or <see cref="GrowthUndefinedReason.OutOfRange"/> when the rate lies outside decimal.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="years"/> is zero or negative.</exception>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static Growth Compound(Money first, Money last, decimal years)
    {
        Guard.Against.NotPositive(years);
        return Between(last, first).Annualize(years);
    }

    /// <summary>
    /// The compound annual growth rate over fractional years between two values that may be missing (null); a missing
    /// value gives <see cref="GrowthUndefinedReason.MissingPeriod"/>.
    /// </summary>
    /// <param name="first">The value at the start, or null when it is missing.</param>
    /// <param name="last">The value <paramref name="years"/> years later, or null when it is missing.</param>
    /// <param name="years">The time between the two values in years, positive.</param>
    /// <returns>As <see cref="Compound(Money, Money, decimal)"/> when both values are present; otherwise undefined with <see cref="GrowthUndefinedReason.MissingPeriod"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="years"/> is zero or negative.</exception>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static Growth Compound(Money? first, Money? last, decimal years)
    {
        Guard.Against.NotPositive(years);
        return first is { } f && last is { } l ? Compound(f, l, years) : MissingEnd(first is null);
    }

    /// <summary>
    /// The compound annual growth rate between two dated values, counting years as days / 365.25 (the actual number
    /// of days between the dates over the mean length of a Julian year).
    /// </summary>
    /// <param name="first">The value at the start.</param>
    /// <param name="firstDate">The date of <paramref name="first"/>.</param>
    /// <param name="last">The later value, in the same currency.</param>
    /// <param name="lastDate">The date of <paramref name="last"/>, after <paramref name="firstDate"/>.</param>
    /// <returns>The compound annual rate over (lastDate - firstDate) / 365.25 years, as <see cref="Compound(Money, Money, decimal)"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="lastDate"/> is not after <paramref name="firstDate"/>.</exception>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static Growth Compound(Money first, DateOnly firstDate, Money last, DateOnly lastDate)
    {
        if (lastDate <= firstDate)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The last date ({lastDate:yyyy-MM-dd}) must come after the first ({firstDate:yyyy-MM-dd})."), nameof(lastDate));
        }

        return Compound(first, last, (lastDate.DayNumber - firstDate.DayNumber) / 365.25m);
    }

    /// <summary>
    /// The arithmetic mean of growth rates, such as the mean of three months' year-on-year growth: (g1 + ... + gn) / n.
    /// This is a mean of rates, not the growth of a mean of values (see <see cref="PeriodSeries.RollingMean"/> and
    /// <see cref="GrowthSeries.RollingMean"/> for the two).
    /// </summary>
    /// <remarks>The sum and the division round to decimal's 28-29 significant digits (rates are quotients already).</remarks>
    /// <param name="rates">The growth rates, at least one.</param>
    /// <returns>The mean rate; undefined, with the first undefined rate's reason, when any rate is undefined, or <see cref="GrowthUndefinedReason.OutOfRange"/> when the sum lies outside decimal.</returns>
    /// <exception cref="ArgumentException">No rate is given.</exception>
    public static Growth Mean(IEnumerable<Growth> rates)
    {
        Guard.Against.Null(rates);
        var sum = 0m;
        var count = 0;
        foreach (var g in rates)
        {
            if (g.Rate is not { } r)
            {
                return Undefined(g.Reason, "a rate to average is undefined: " + g.Explanation);
            }

            try
            {
                sum += r;
            }
            catch (OverflowException)
            {
                return OutOfRange("the sum of the rates to average");
            }

            count++;
        }

        Guard.Against.TooFewElements(count, 1, "A mean needs at least one rate.", nameof(rates));
        return FromRate(sum / count);
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

    /// <summary>
    /// The constant rate per year that compounds to this growth over a number of years that need not be whole:
    /// (1 + rate)^(1/years) - 1. Whole years give exactly <see cref="Annualize(int)"/>.
    /// </summary>
    /// <remarks>
    /// For fractional years the root is exp(ln(1 + rate) / years), with ln and exp evaluated as series in 64-digit
    /// fixed-point integer arithmetic (ln by atanh after reducing by powers of two, exp by Taylor after reducing by
    /// multiples of ln 2) and rounded once to decimal. The fold 1 + result is within 1e-27 of the exact root relative
    /// to its size when it is 0.1 or more (and within 5e-29 absolutely below that, where decimal's 28 places after the
    /// point hold fewer significant digits); the rate is fold - 1. The years themselves are taken as given, so a
    /// quotient such as 2830 / 365.25 carries decimal's rounding at the 28th digit.
    /// </remarks>
    /// <param name="years">The number of years, positive.</param>
    /// <returns>The rate per year; undefined with this growth's reason when this growth is, with <see cref="GrowthUndefinedReason.UndefinedInput"/> for a fall of 100% or more, or with <see cref="GrowthUndefinedReason.OutOfRange"/> when the root lies outside decimal (a fractional year can raise the fold to a power above one).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="years"/> is zero or negative.</exception>
    public Growth Annualize(decimal years)
    {
        Guard.Against.NotPositive(years);
        if (years == decimal.Truncate(years) && years <= int.MaxValue)
        {
            return Annualize((int)years);
        }

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
            return FromRate(DecimalPower.Root(1m + r, years) - 1m);
        }
        catch (OverflowException)
        {
            return OutOfRange(string.Create(CultureInfo.InvariantCulture, $"the rate per year of {ToString()} over {years} years"));
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

    private static Growth MissingEnd(bool firstMissing) =>
        Undefined(GrowthUndefinedReason.MissingPeriod, firstMissing ? "the first value is missing" : "the last value is missing");

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
