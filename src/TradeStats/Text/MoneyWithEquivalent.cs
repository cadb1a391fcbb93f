namespace TradeStats.Text;

/// <summary>
/// An amount published together with its conversion into another currency, as in
/// "8.47 billion yuan ($1.21 billion)": the amount first, the equivalent in parentheses.
/// </summary>
/// <remarks>
/// The press converts at a rate it rarely states. <see cref="ImpliedRate"/> gives the range of rates that the two
/// rounded figures allow, which is how a conversion off by a factor of ten shows itself.
/// </remarks>
/// <example>
/// <code>
/// var pair = MoneyText.ParseWithEquivalent("10 billion yuan ($138.08 million)");
/// DecimalInterval yuanPerDollar = pair.ImpliedRate; // about [68.8, 76.0]: a real USD/CNY rate is near 7, so the conversion is off by ten
/// </code>
/// </example>
public readonly record struct MoneyWithEquivalent
{
    /// <summary>Creates the pair.</summary>
    /// <param name="amount">The amount as first published.</param>
    /// <param name="equivalent">The amount in another currency, as published next to it.</param>
    /// <exception cref="ArgumentException">Both are in the same currency.</exception>
    public MoneyWithEquivalent(PublishedMoney amount, PublishedMoney equivalent)
    {
        Guard.Against.Null(amount.Currency, nameof(amount));
        Guard.Against.Null(equivalent.Currency, nameof(equivalent));
        if (amount.Currency == equivalent.Currency)
        {
            throw new ArgumentException($"An equivalent is in another currency; both are {amount.Currency.Code}.", nameof(equivalent));
        }

        Amount = amount;
        Equivalent = equivalent;
    }

    /// <summary>The amount as first published ("8.47 billion yuan").</summary>
    public PublishedMoney Amount { get; }

    /// <summary>The amount in another currency ("$1.21 billion").</summary>
    public PublishedMoney Equivalent { get; }

    /// <summary>
    /// The exchange rates, in units of the amount's currency per unit of the equivalent's currency (yuan per dollar),
    /// that the two published figures allow together: from the smallest amount over the largest equivalent to the
    /// largest amount over the smallest equivalent. Both ends are included.
    /// </summary>
    /// <exception cref="InvalidOperationException">
    /// A figure is not positive, or is only a bound ("more than"), so that no finite range of rates follows.
    /// </exception>
    public DecimalInterval ImpliedRate
    {
        get
        {
            var a = Amount.Interval;
            var e = Equivalent.Interval;
            if (a.IsLowerUnbounded || a.IsUpperUnbounded || e.IsLowerUnbounded || e.IsUpperUnbounded || a.Lower <= 0m || e.Lower <= 0m)
            {
                throw new InvalidOperationException($"No finite range of exchange rates follows from {Amount} and {Equivalent}: both must be positive rounded figures.");
            }

            return new DecimalInterval(a.Lower / e.Upper, a.Upper / e.Lower);
        }
    }
}
