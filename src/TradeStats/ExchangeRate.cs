using System.Diagnostics.CodeAnalysis;
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
public sealed record ExchangeRate : ISpanFormattable, ISpanParsable<ExchangeRate>
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
    public override string ToString() => ToString(null, null);

    /// <summary>
    /// Formats the rate. Formats: <c>null</c>, <c>""</c> or <c>"G"</c> for the pair and value (<c>USD/CNY 7.1217</c>, as
    /// <see cref="ToString()"/>); <c>"F"</c> for the full form with the period and kind
    /// (<c>USD/CNY 7.1217 2024 PeriodAverage</c>), which <see cref="Parse(string)"/> reads back.
    /// The source is never written.
    /// </summary>
    /// <param name="format"><c>null</c>, <c>""</c> or <c>"G"</c> for pair and value; <c>"F"</c> to add the period (SDMX form) and kind.</param>
    /// <param name="formatProvider">The notation of the value (its decimal separator); invariant when null, never the current culture.</param>
    /// <returns>The text, such as <c>USD/CNY 7.1217</c> or <c>USD/CNY 7.1217 2024-Q1 EndOfPeriod</c>.</returns>
    /// <exception cref="FormatException">The format is not one of those.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var value = $"{Pair} {Value.ToString(formatProvider ?? CultureInfo.InvariantCulture)}";
        return format switch
        {
            null or "" or "G" => value,
            "F" => $"{value} {Period} {Kind}",
            _ => throw new FormatException($"Unknown exchange-rate format '{format}'. Use G (USD/CNY 7.1217) or F (USD/CNY 7.1217 2024 PeriodAverage)."),
        };
    }

    /// <summary>Writes into a span exactly what <see cref="ToString(string?, IFormatProvider?)"/> returns for the same format and provider.</summary>
    /// <param name="destination">Where to write the text.</param>
    /// <param name="charsWritten">The number of characters written; zero when the method returns false.</param>
    /// <param name="format">Empty or <c>"G"</c> for pair and value, <c>"F"</c> to add the period and kind.</param>
    /// <param name="provider">The notation of the value; invariant when null.</param>
    /// <returns>True when the text fitted; false, with nothing written, when <paramref name="destination"/> is too short.</returns>
    /// <exception cref="FormatException">The format is not one of those.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider? provider = null)
    {
        // Formats through the string: a rate is not formatted in bulk, and this keeps one writer.
        var text = ToString(format.IsEmpty ? null : format.ToString(), provider);
        charsWritten = text.TryCopyTo(destination) ? text.Length : 0;
        return charsWritten == text.Length;
    }

    /// <summary>Parses the form written by <see cref="ToString()"/> (<c>USD/CNY 7.1217</c>) for a period and kind.</summary>
    /// <param name="text">A pair and a value separated by a space, such as <c>USD/CNY 7.1217</c>.</param>
    /// <param name="period">The period the rate applies to.</param>
    /// <param name="kind">How it was measured.</param>
    /// <param name="source">Where it comes from.</param>
    /// <returns>A rate of <paramref name="kind"/> for <paramref name="period"/>, pricing one unit of the first currency in the second.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not of that form, its value is not positive or lies outside <see cref="MinValue"/> to <see cref="MaxValue"/>, or its two currencies are the same; the message quotes it.</exception>
    /// <exception cref="UnknownCurrencyException">A currency code is unknown.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    public static ExchangeRate Parse(string text, Period period, ExchangeRateKind kind = ExchangeRateKind.PeriodAverage, string? source = null)
    {
        Guard.Against.Null(text);
        Guard.Against.UndefinedEnum(kind, "Unknown exchange-rate kind.");
        return TryRead(text, period, kind, source, out var rate, out var failure) ? rate : throw failure.ToException();
    }

    /// <summary>
    /// Parses the full form written by <see cref="ToString(string?, IFormatProvider?)"/> with format <c>"F"</c>: the pair,
    /// the value, the period in any form <see cref="TradeStats.Period.Parse(string)"/> reads, and optionally the kind
    /// (<c>PeriodAverage</c> when absent), separated by spaces: <c>USD/CNY 7.1217 2024</c>,
    /// <c>USD/CNY 7.1217 2024-Q1 EndOfPeriod</c>. The value is in invariant notation; the parsed rate has no source.
    /// </summary>
    /// <remarks>
    /// Generic code reaches the same parser through <see cref="IParsable{TSelf}"/>: <c>T.Parse(s, provider)</c> reads the
    /// value in the notation of <c>provider</c> when one is given, invariant when it is null.
    /// </remarks>
    /// <param name="text">The pair, value, period and optional kind, such as <c>USD/CNY 7.1217 2024 PeriodAverage</c>; the kind is a name of <see cref="ExchangeRateKind"/>, ignoring case.</param>
    /// <returns>The rate for that period and kind, with no source.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not of that form, its period or kind is not one, its value is not positive or lies outside <see cref="MinValue"/> to <see cref="MaxValue"/>, or its two currencies are the same; the message quotes it.</exception>
    /// <exception cref="UnknownCurrencyException">A currency code is unknown.</exception>
    public static ExchangeRate Parse(string text)
    {
        Guard.Against.Null(text);
        return ParseFull(text, null);
    }

    /// <summary>Parses the characters of the full form; see <see cref="Parse(string)"/>.</summary>
    /// <param name="text">The pair, value, period and optional kind, such as <c>USD/CNY 7.1217 2024 PeriodAverage</c>.</param>
    /// <returns>The rate for that period and kind, with no source.</returns>
    /// <exception cref="FormatException">The text is not of that form; the message quotes it.</exception>
    /// <exception cref="UnknownCurrencyException">A currency code is unknown.</exception>
    public static ExchangeRate Parse(ReadOnlySpan<char> text) => ParseFull(text.ToString(), null); // the parser splits a string

    /// <summary>Tries to parse the pair-and-value form (<c>USD/CNY 7.1217</c>) as a period average; see <see cref="Parse(string, Period, ExchangeRateKind, string?)"/>.</summary>
    /// <param name="text">A pair and a value separated by a space; null fails.</param>
    /// <param name="period">The period the rate applies to.</param>
    /// <param name="result">The rate when parsing succeeded; null otherwise.</param>
    /// <returns>
    /// True when <see cref="Parse(string, Period, ExchangeRateKind, string?)"/> would return a rate; false, without
    /// throwing, where it would throw for the text: null, not of the form, a value that is not a valid rate, the same
    /// currency twice, or an unknown currency code.
    /// </returns>
    public static bool TryParse([NotNullWhen(true)] string? text, Period period, [NotNullWhen(true)] out ExchangeRate? result) =>
        TryParse(text, period, ExchangeRateKind.PeriodAverage, null, out result);

    /// <summary>Tries to parse the pair-and-value form (<c>USD/CNY 7.1217</c>) for a period and kind; see <see cref="Parse(string, Period, ExchangeRateKind, string?)"/>.</summary>
    /// <param name="text">A pair and a value separated by a space; null fails.</param>
    /// <param name="period">The period the rate applies to.</param>
    /// <param name="kind">How it was measured.</param>
    /// <param name="source">Where it comes from.</param>
    /// <param name="result">The rate when parsing succeeded; null otherwise.</param>
    /// <returns>
    /// True when <see cref="Parse(string, Period, ExchangeRateKind, string?)"/> would return a rate; false, without
    /// throwing, where it would throw for the text: null, not of the form, a value that is not a valid rate, the same
    /// currency twice, or an unknown currency code.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind (an argument error, not bad text).</exception>
    public static bool TryParse([NotNullWhen(true)] string? text, Period period, ExchangeRateKind kind, string? source, [NotNullWhen(true)] out ExchangeRate? result)
    {
        Guard.Against.UndefinedEnum(kind, "Unknown exchange-rate kind.");
        result = null;
        return text is not null && TryRead(text, period, kind, source, out result, out _);
    }

    /// <summary>Tries to parse the full form (<c>USD/CNY 7.1217 2024 PeriodAverage</c>); see <see cref="Parse(string)"/>.</summary>
    /// <param name="text">The pair, value, period and optional kind; null fails.</param>
    /// <param name="result">The rate when parsing succeeded; null otherwise.</param>
    /// <returns>True when <see cref="Parse(string)"/> would return a rate; false, without throwing, where it would throw (an unknown currency code included).</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out ExchangeRate? result) => TryParseFull(text, null, out result);

    /// <summary>Tries to parse the characters of the full form; see <see cref="Parse(string)"/>.</summary>
    /// <param name="text">The characters to parse.</param>
    /// <param name="result">The rate when parsing succeeded; null otherwise.</param>
    /// <returns>True when the characters are a rate in the full form; false, without throwing, otherwise.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, [NotNullWhen(true)] out ExchangeRate? result) =>
        TryParseFull(text.ToString(), null, out result); // the parser splits a string

    // IParsable and ISpanParsable for generic code (T.Parse(s, provider)): the full form, with the value in the
    // provider's notation (invariant when null). Spans are parsed through a string.
    static ExchangeRate IParsable<ExchangeRate>.Parse(string s, IFormatProvider? provider) => ParseFull(s, provider);

    static bool IParsable<ExchangeRate>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out ExchangeRate result) =>
        TryParseFull(s, provider, out result);

    static ExchangeRate ISpanParsable<ExchangeRate>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => ParseFull(s.ToString(), provider);

    static bool ISpanParsable<ExchangeRate>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, [MaybeNullWhen(false)] out ExchangeRate result) =>
        TryParseFull(s.ToString(), provider, out result);

    private static ExchangeRate ParseFull(string text, IFormatProvider? provider)
    {
        Guard.Against.Null(text);
        return TryReadFull(text, provider, out var rate, out var failure) ? rate : throw failure.ToException();
    }

    private static bool TryParseFull([NotNullWhen(true)] string? text, IFormatProvider? provider, [NotNullWhen(true)] out ExchangeRate? result)
    {
        result = null;
        return text is not null && TryReadFull(text, provider, out result, out _);
    }

    // The parser of the pair-and-value form behind Parse and TryParse: the failure is what Parse throws.
    private static bool TryRead(string text, Period period, ExchangeRateKind kind, string? source, [NotNullWhen(true)] out ExchangeRate? rate, out ParseFailure failure)
    {
        rate = null;
        var parts = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2)
        {
            failure = ParseFailure.Format($"'{text}' is not an exchange rate such as 'USD/CNY 7.1217'.");
            return false;
        }

        if (!TryReadPairAndValue(text, parts[0], parts[1], null, "'USD/CNY 7.1217'", out var pair, out var value, out failure))
        {
            return false;
        }

        rate = new ExchangeRate(pair.Base, pair.Quote, value, period, kind, source);
        return true;
    }

    // The parser of the full form: pair, value, period and optional kind.
    private static bool TryReadFull(string text, IFormatProvider? provider, [NotNullWhen(true)] out ExchangeRate? rate, out ParseFailure failure)
    {
        const string Example = "'USD/CNY 7.1217 2024' or 'USD/CNY 7.1217 2024-Q1 EndOfPeriod'";
        rate = null;
        var parts = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is not (3 or 4))
        {
            failure = ParseFailure.Format($"'{text}' is not an exchange rate with its period such as {Example}.");
            return false;
        }

        if (!TryReadPairAndValue(text, parts[0], parts[1], provider, Example, out var pair, out var value, out failure))
        {
            return false;
        }

        if (!Period.TryParse(parts[2], out var period))
        {
            failure = ParseFailure.Format($"'{text}' is not an exchange rate with its period: '{parts[2]}' is not a period (such as 2024, 2024-Q1 or 2024-01).");
            return false;
        }

        var kind = ExchangeRateKind.PeriodAverage;
        if (parts.Length == 4 && !(parts[3].All(char.IsAsciiLetter) && Enum.TryParse(parts[3], ignoreCase: true, out kind) && Enum.IsDefined(kind)))
        {
            failure = ParseFailure.Format($"'{text}' is not an exchange rate with its period: '{parts[3]}' is not a kind of rate ({string.Join(", ", Enum.GetNames<ExchangeRateKind>())}).");
            return false;
        }

        rate = new ExchangeRate(pair.Base, pair.Quote, value, period, kind);
        return true;
    }

    private static bool TryReadPairAndValue(string text, string pairText, string valueText, IFormatProvider? provider, string example, out (Currency Base, Currency Quote) pair, out decimal value, out ParseFailure failure)
    {
        pair = default;
        var codes = pairText.Split('/');
        if (codes.Length != 2
            || !decimal.TryParse(valueText, NumberStyles.AllowDecimalPoint, provider ?? CultureInfo.InvariantCulture, out value))
        {
            value = 0m;
            failure = ParseFailure.Format($"'{text}' is not an exchange rate such as {example}.");
            return false;
        }

        if (value <= 0m)
        {
            failure = ParseFailure.Format($"'{text}' is not a valid exchange rate: the value must be positive.");
            return false;
        }

        if (value < MinValue || value > MaxValue)
        {
            failure = ParseFailure.Format($"'{text}' is not a valid exchange rate: the value must lie between {MinValue.ToString(CultureInfo.InvariantCulture)} and {MaxValue.ToString(CultureInfo.InvariantCulture)}.");
            return false;
        }

        if (!Currency.TryFromCode(codes[0], out var baseCurrency))
        {
            failure = ParseFailure.UnknownCurrency(codes[0]);
            return false;
        }

        if (!Currency.TryFromCode(codes[1], out var quoteCurrency))
        {
            failure = ParseFailure.UnknownCurrency(codes[1]);
            return false;
        }

        if (baseCurrency == quoteCurrency)
        {
            failure = ParseFailure.Format($"'{text}' is not a valid exchange rate: the two currencies are the same.");
            return false;
        }

        pair = (baseCurrency, quoteCurrency);
        failure = default;
        return true;
    }

    private Currency? SharedCurrency(ExchangeRate other)
    {
        var mine = new[] { BaseCurrency, QuoteCurrency };
        var theirs = new[] { other.BaseCurrency, other.QuoteCurrency };
        var shared = mine.Intersect(theirs).ToArray();
        return shared.Length == 1 ? shared[0] : null;
    }
}
