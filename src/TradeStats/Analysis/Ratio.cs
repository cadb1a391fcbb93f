using System.Globalization;

namespace TradeStats.Analysis;

/// <summary>
/// A ratio of two amounts, such as a share of a total (exports in two-way trade, Nepal in Xizang's trade) or the
/// export-import coverage ratio; or, when it cannot be computed, the reason why. Never NaN, never a division by zero.
/// </summary>
/// <example>
/// <code>
/// var share = Ratio.Of(Money.Cny(5.12e9m), Money.Cny(12.67e9m));
/// string text = share.ToString();                       // "40.4%"
/// Money whole = Ratio.ImpliedWhole(Money.Cny(283.67e9m), 0.794m); // about 357.27 billion yuan
/// </code>
/// </example>
public readonly record struct Ratio
{
    private Ratio(decimal? value, string? undefinedReason)
    {
        Value = value;
        UndefinedReason = undefinedReason;
    }

    /// <summary>The ratio as a fraction (0.404 for 40.4 percent); null when undefined.</summary>
    public decimal? Value { get; }

    /// <summary>Why the ratio is undefined; null when it is defined.</summary>
    public string? UndefinedReason { get; }

    /// <summary>Whether the ratio has a value.</summary>
    public bool IsDefined => Value is not null;

    /// <summary>The ratio in percent (40.4 for 0.404); null when undefined.</summary>
    public decimal? Percent => Value * 100m;

    /// <summary>A defined ratio.</summary>
    /// <param name="value">The ratio as a fraction (0.404 for 40.4%); any sign.</param>
    /// <returns>A defined ratio with <see cref="Value"/> equal to <paramref name="value"/>.</returns>
    public static Ratio FromValue(decimal value) => new(value, null);

    /// <summary>An undefined ratio with its reason.</summary>
    /// <param name="reason">Why it is undefined.</param>
    /// <returns>An undefined ratio: <see cref="Value"/> is null and <see cref="ToString()"/> prints the reason.</returns>
    /// <exception cref="ArgumentException">The reason is blank.</exception>
    public static Ratio Undefined(string reason)
    {
        Guard.Against.NullOrWhiteSpace(reason);
        return new Ratio(null, reason);
    }

    /// <summary>The ratio of a part to a whole (or of any two amounts of one currency).</summary>
    /// <param name="part">The numerator, such as exports.</param>
    /// <param name="whole">The denominator; a zero denominator gives an undefined ratio.</param>
    /// <returns>The ratio, exact to decimal precision.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static Ratio Of(Money part, Money whole)
    {
        if (part.Currency != whole.Currency)
        {
            throw new CurrencyMismatchException(whole.Currency, part.Currency, "divide");
        }

        return whole.IsZero
            ? Undefined(string.Create(CultureInfo.InvariantCulture, $"the denominator is zero ({whole})"))
            : new Ratio(part.Amount / whole.Amount, null);
    }

    /// <summary>
    /// The whole implied by a part and its stated share: "283.67 billion yuan, 79.4 percent of the total" implies a
    /// total of 283.67 / 0.794 = 357.27 billion yuan.
    /// </summary>
    /// <param name="part">The part's stated amount, such as the exports.</param>
    /// <param name="share">Its share of the whole as a fraction, positive.</param>
    /// <returns>The implied whole, exact to decimal precision.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The share is zero or negative.</exception>
    public static Money ImpliedWhole(Money part, decimal share)
    {
        Guard.Against.NotPositive(share);
        return part / share;
    }

    /// <summary>The change of a share from an earlier one, in percentage points (a share going from 0.40 to 0.43 is +3 points).</summary>
    /// <param name="earlier">The share in the earlier period, such as last year's.</param>
    /// <returns>The change in percentage points; null when either share is undefined.</returns>
    public decimal? PercentagePointsSince(Ratio earlier) => Value is { } now && earlier.Value is { } before ? (now - before) * 100m : null;

    /// <summary>The percent form with one decimal, such as <c>40.4%</c>, or <c>undefined (reason)</c>.</summary>
    /// <returns>The percentage with one decimal and a percent sign, such as <c>40.4%</c>, or <c>undefined (reason)</c>.</returns>
    public override string ToString() => ToString(1);

    /// <summary>The percent form with a number of decimals, rounded half away from zero as publishers do.</summary>
    /// <param name="decimals">Decimals after the point, 0 to 10.</param>
    /// <returns>The text, such as <c>89.3%</c>.</returns>
    public string ToString(int decimals)
    {
        Guard.Against.NotInRange(decimals, 0, 10);
        return Value is { } v
            ? Math.Round(v * 100m, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + "%"
            : "undefined (" + UndefinedReason + ")";
    }

    internal static Ratio Of(Money? part, Money? whole, string partName, string wholeName)
    {
        if (part is not { } p)
        {
            return Undefined("no data for " + partName);
        }

        return whole is { } w ? Of(p, w) : Undefined("no data for " + wholeName);
    }
}
