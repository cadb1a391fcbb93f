namespace TradeStats;

/// <summary>
/// An amount of money as it was published, with its rounding: "12.67 billion yuan" is 12,670,000,000 CNY
/// standing for any amount in [12.665, 12.675) billion yuan.
/// </summary>
/// <remarks>Produced by the text parsers (<c>TradeStats.Text.MoneyText.ParsePublished</c>) and consumed by verification.</remarks>
/// <example>
/// <code>
/// var total = new PublishedMoney(PublishedNumber.FromDigits(12.67m, 1e9m), Currency.CNY);
/// Money lower = total.Lower; // 12,665,000,000 CNY
/// </code>
/// </example>
public readonly record struct PublishedMoney
{
    /// <summary>Creates a published amount.</summary>
    /// <param name="number">The published number, scaled to currency units.</param>
    /// <param name="currency">The currency the number is in; required.</param>
    public PublishedMoney(PublishedNumber number, Currency currency)
    {
        Guard.Against.Null(currency);
        Number = number;
        Currency = currency;
    }

    /// <summary>The published number, in units of the currency.</summary>
    public PublishedNumber Number { get; }

    /// <summary>The currency the published number is in; <see cref="Number"/> counts units of it.</summary>
    public Currency Currency { get; }

    /// <summary>The amount as published.</summary>
    public Money Value => new(Number.Value, Currency);

    /// <summary>The amounts the published figure can stand for, in units of the currency.</summary>
    public DecimalInterval Interval => Number.Interval;

    /// <summary>The lower end of <see cref="Interval"/> as money.</summary>
    public Money Lower => new(Interval.Lower, Currency);

    /// <summary>The upper end of <see cref="Interval"/> as money.</summary>
    public Money Upper => new(Interval.Upper, Currency);

    /// <summary>Whether an exact amount is consistent with the published figure.</summary>
    /// <param name="amount">An exact amount in the same currency.</param>
    /// <returns>True when <paramref name="amount"/> lies in <see cref="Interval"/>, so the published figure may be its rounding.</returns>
    /// <exception cref="CurrencyMismatchException">The amount is in another currency.</exception>
    public bool Admits(Money amount)
    {
        if (amount.Currency != Currency)
        {
            throw new CurrencyMismatchException(Currency, amount.Currency, "compare");
        }

        return Interval.Contains(amount.Amount);
    }

    /// <summary>The invariant text form, such as <c>12670000000 CNY (12670000000 (±5000000))</c>.</summary>
    /// <returns>The value and currency, then the number with its rounding in parentheses, such as <c>12670000000 CNY (12670000000 (±5000000))</c>.</returns>
    public override string ToString() => $"{Value} ({Number})";
}
