using System.Globalization;

namespace TradeStats;

/// <summary>
/// The price of one unit of a base currency in a quote currency over a period: "USD/CNY 7.1217 (2024 average)"
/// means one US dollar cost 7.1217 yuan on average in 2024.
/// </summary>
/// <remarks>
/// <para>
/// A rate always says which period it applies to and how it was measured (<see cref="ExchangeRateKind"/>),
/// because converting a year at its annual average and converting its twelve months at their monthly averages
/// give different answers. <see cref="Convert(Money)"/> is exact; rounding is a separate, explicit step.
/// </para>
/// <para>
/// The library ships no rates: they come from the user or from a documented, sourced file, and
/// <see cref="Source"/> records where.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var rate = new ExchangeRate(Currency.USD, Currency.CNY, 7.1217m, Period.Year(2024), ExchangeRateKind.PeriodAverage, "SAFE");
/// Money yuan = rate.Convert(Money.Usd(1.77e9m));           // 12,605,409,000 CNY, exact
/// Money dollars = rate.Invert().Convert(Money.Cny(12.67e9m)).Round();
/// </code>
/// </example>
public sealed record ExchangeRate
{
    /// <summary>Creates a rate.</summary>
    /// <param name="baseCurrency">The currency of which one unit is priced.</param>
    /// <param name="quoteCurrency">The currency the price is in.</param>
    /// <param name="value">Units of the quote currency per unit of the base currency, from <see cref="MinValue"/> (1e-14) to <see cref="MaxValue"/> (1e14).</param>
    /// <param name="period">The period the rate applies to.</param>
    /// <param name="kind">How the rate was measured over the period.</param>
    /// <param name="source">Where the rate comes from (publisher, table); optional but recommended.</param>
    /// <exception cref="ArgumentNullException">A currency is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive or lies outside <see cref="MinValue"/> to <see cref="MaxValue"/>, or the kind is not defined.</exception>
    /// <exception cref="ArgumentException">The base and quote currencies are the same.</exception>
    public ExchangeRate(Currency baseCurrency, Currency quoteCurrency, decimal value, Period period, ExchangeRateKind kind = ExchangeRateKind.PeriodAverage, string? source = null)
    {
        Guard.Against.Null(baseCurrency);
        Guard.Against.Null(quoteCurrency);
        Guard.Against.InvalidExchangeRate(value, baseCurrency, quoteCurrency);

        if (baseCurrency == quoteCurrency)
        {
            throw new ArgumentException($"An exchange rate needs two different currencies; got {baseCurrency}/{quoteCurrency}.", nameof(quoteCurrency));
        }

        Guard.Against.UndefinedEnum(kind, "Unknown exchange-rate kind.");

        BaseCurrency = baseCurrency;
        QuoteCurrency = quoteCurrency;
        Value = value;
        Period = period;
        Kind = kind;
        Source = source;
    }

    /// <summary>
    /// The decimal places a converted amount is carried to: 12. A division by a rate (or a product with an inverted one)
    /// has no exact decimal result, and decimal would otherwise fill all 28 digits, so that two converted amounts could
    /// no longer be added exactly (money addition refuses to round). Twelve places are ten below a cent: far finer than
    /// any published figure, and sums of converted amounts up to 10^16 stay exact.
    /// </summary>
    public const int ConvertedDecimals = 12;

    /// <summary>The smallest rate accepted, 1e-14: its inverse, 1e14, is the largest.</summary>
    public static decimal MinValue => 0.00000000000001m;

    /// <summary>The largest rate accepted, 1e14 (far above any published rate between two currencies).</summary>
    public static decimal MaxValue => 100_000_000_000_000m;

    /// <summary>The currency of which one unit is priced (USD in USD/CNY).</summary>
    public Currency BaseCurrency { get; }

    /// <summary>The currency the price is in (CNY in USD/CNY).</summary>
    public Currency QuoteCurrency { get; }

    /// <summary>Units of the quote currency per unit of the base currency.</summary>
    public decimal Value { get; }

    /// <summary>The period the rate applies to.</summary>
    public Period Period { get; }

    /// <summary>How the rate was measured over the period.</summary>
    public ExchangeRateKind Kind { get; }

    /// <summary>Where the rate comes from; null when not stated.</summary>
    public string? Source { get; }

    /// <summary>
    /// Converts an amount in either currency of the pair into the other, carried to <see cref="ConvertedDecimals"/>
    /// decimal places (banker's rounding of what lies beyond, which a division by the rate always leaves).
    /// Base currency amounts are multiplied by <see cref="Value"/>; quote currency amounts are divided by it.
    /// </summary>
    /// <param name="money">An amount in <see cref="BaseCurrency"/> or <see cref="QuoteCurrency"/>.</param>
    /// <returns>The amount in the other currency of the pair.</returns>
    /// <exception cref="CurrencyMismatchException">The amount is in neither currency of the pair.</exception>
    /// <exception cref="OverflowException">The converted amount is outside decimal's range.</exception>
    /// <exception cref="InvalidOperationException">The amount is <c>default(Money)</c>, which has no currency.</exception>
    public Money Convert(Money money)
    {
        try
        {
            if (money.Currency == BaseCurrency)
            {
                return new Money(Math.Round(money.Amount * Value, ConvertedDecimals, MidpointRounding.ToEven), QuoteCurrency);
            }

            if (money.Currency == QuoteCurrency)
            {
                return new Money(Math.Round(money.Amount / Value, ConvertedDecimals, MidpointRounding.ToEven), BaseCurrency);
            }
        }
        catch (OverflowException e)
        {
            throw new OverflowException($"Converting {money} with the rate {this} overflows decimal.", e);
        }

        throw CurrencyMismatchException.ForRate(this, money.Currency);
    }

    /// <summary>Converts and rounds to the target currency's minor unit.</summary>
    /// <param name="money">An amount in either currency of the pair.</param>
    /// <param name="rounding">The midpoint rule; banker's rounding by default.</param>
    /// <returns>The rounded amount in the other currency.</returns>
    /// <exception cref="CurrencyMismatchException">The amount is in neither currency of the pair.</exception>
    /// <exception cref="OverflowException">The converted amount is outside decimal's range.</exception>
    public Money Convert(Money money, MidpointRounding rounding) => Convert(money).Round(rounding);

    /// <summary>The same rate quoted the other way round (CNY/USD from USD/CNY), to decimal precision.</summary>
    /// <returns>The inverted rate, with the same period, kind and source.</returns>
    public ExchangeRate Invert() => new(QuoteCurrency, BaseCurrency, 1m / Value, Period, Kind, Source);

    /// <summary>
    /// Crosses two rates that share a currency: USD/CNY and USD/NPR give CNY/NPR. Both rates must be of the same
    /// period and kind.
    /// </summary>
    /// <param name="other">A rate sharing exactly one currency with this one.</param>
    /// <returns>The rate between the two currencies that are not shared, from this rate's other currency to the other rate's.</returns>
    /// <exception cref="ArgumentException">The rates share no currency, share both, differ in period or kind, or their cross lies outside <see cref="MinValue"/> to <see cref="MaxValue"/>.</exception>
    public ExchangeRate Cross(ExchangeRate other)
    {
        Guard.Against.Null(other);
        if (other.Period != Period || other.Kind != Kind)
        {
            throw new ArgumentException($"Cannot cross {this} with {other}: their periods or kinds differ.", nameof(other));
        }

        // Normalise both to "shared/X" so that the cross is X1/X2 = (shared/X2) / (shared/X1).
        var shared = SharedCurrency(other)
            ?? throw new ArgumentException($"Cannot cross {this} with {other}: they must share exactly one currency.", nameof(other));
        var a = BaseCurrency == shared ? this : Invert();
        var b = other.BaseCurrency == shared ? other : other.Invert();
        var source = Source is null && other.Source is null ? null : $"cross of {Source ?? "unsourced"} and {other.Source ?? "unsourced"}";
        var value = b.Value / a.Value;
        return value >= MinValue && value <= MaxValue
            ? new ExchangeRate(a.QuoteCurrency, b.QuoteCurrency, value, Period, Kind, source)
            : throw new ArgumentException($"Cannot cross {this} with {other}: the cross rate {value.ToString(CultureInfo.InvariantCulture)} lies outside {MinValue.ToString(CultureInfo.InvariantCulture)} to {MaxValue.ToString(CultureInfo.InvariantCulture)}.", nameof(other));
    }

    /// <summary>The pair in market notation, such as <c>USD/CNY</c>.</summary>
    public string Pair => $"{BaseCurrency.Code}/{QuoteCurrency.Code}";

    /// <summary>The invariant text form, such as <c>USD/CNY 7.1217</c>.</summary>
    /// <returns>The pair, a space and the value as quote units per base unit, such as <c>USD/CNY 7.1217</c>; period and kind are not included.</returns>
    public override string ToString() => $"{Pair} {Value.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Parses the form written by <see cref="ToString"/> (<c>USD/CNY 7.1217</c>) for a period and kind.</summary>
    /// <param name="text">A pair and a value separated by a space, such as <c>USD/CNY 7.1217</c>.</param>
    /// <param name="period">The period the rate applies to.</param>
    /// <param name="kind">How it was measured.</param>
    /// <param name="source">Where it comes from.</param>
    /// <returns>A rate of <paramref name="kind"/> for <paramref name="period"/>, pricing one unit of the first currency in the second.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not of that form, its value is not positive or its two currencies are the same; the message quotes it.</exception>
    /// <exception cref="UnknownCurrencyException">A currency code is unknown.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    public static ExchangeRate Parse(string text, Period period, ExchangeRateKind kind = ExchangeRateKind.PeriodAverage, string? source = null)
    {
        Guard.Against.Null(text);
        var parts = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var pair = parts.Length == 2 ? parts[0].Split('/') : [];
        if (pair.Length != 2
            || !decimal.TryParse(parts[1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            throw new FormatException($"'{text}' is not an exchange rate such as 'USD/CNY 7.1217'.");
        }

        if (value <= 0m)
        {
            throw new FormatException($"'{text}' is not a valid exchange rate: the value must be positive.");
        }

        var baseCurrency = Currency.FromCode(pair[0]);
        var quoteCurrency = Currency.FromCode(pair[1]);
        if (baseCurrency == quoteCurrency)
        {
            throw new FormatException($"'{text}' is not a valid exchange rate: the two currencies are the same.");
        }

        return new ExchangeRate(baseCurrency, quoteCurrency, value, period, kind, source);
    }

    private Currency? SharedCurrency(ExchangeRate other)
    {
        var mine = new[] { BaseCurrency, QuoteCurrency };
        var theirs = new[] { other.BaseCurrency, other.QuoteCurrency };
        var shared = mine.Intersect(theirs).ToArray();
        return shared.Length == 1 ? shared[0] : null;
    }
}
