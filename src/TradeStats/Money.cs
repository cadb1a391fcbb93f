using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace TradeStats;

/// <summary>
/// An exact amount of money in one currency.
/// </summary>
/// <remarks>
/// <para>
/// The amount is a <see cref="decimal"/> and is never rounded implicitly: arithmetic is exact
/// (within decimal's 28-29 significant digits) and rounding to the currency's minor unit happens only
/// when <see cref="Round()"/> is called. This avoids the cents lost by libraries that round after
/// every operation.
/// </para>
/// <para>
/// Amounts in different currencies never combine: adding, subtracting, comparing or dividing CNY by
/// USD throws <see cref="CurrencyMismatchException"/>, and that includes zeros (a zero yuan is not a
/// zero dollar). Equality is by value: 1.0 CNY equals 1.00 CNY and they have the same hash code.
/// Arithmetic that exceeds decimal's range throws <see cref="OverflowException"/> naming the operands.
/// </para>
/// <para>
/// <c>default(Money)</c> has no currency and is not a valid amount; using its currency throws.
/// Create amounts with the constructor, <see cref="Zero"/>, or the <see cref="Cny"/> and <see cref="Usd"/> helpers.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var exports = Money.Cny(11.32e9m);
/// var imports = Money.Cny(1.35e9m);
/// var total = exports + imports;              // 12.67e9 CNY
/// decimal share = exports / total;            // 0.8934...
/// Money[] thirds = Money.Cny(100m).Split(3);  // 33.34, 33.33, 33.33
/// </code>
/// </example>
public readonly struct Money : IEquatable<Money>, IComparable<Money>, IComparable, ISpanFormattable, ISpanParsable<Money>
{
    private readonly Currency? _currency;

    /// <summary>Creates an amount.</summary>
    /// <param name="amount">The exact amount in major units of <paramref name="currency"/> (yuan, not fen); any sign, kept as given, trailing zeros included.</param>
    /// <param name="currency">The currency of the amount; required.</param>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is null.</exception>
    public Money(decimal amount, Currency currency)
    {
        Guard.Against.Null(currency);
        Amount = amount;
        _currency = currency;
    }

    /// <summary>The exact amount, in units of <see cref="Currency"/> (yuan, not fen).</summary>
    public decimal Amount { get; }

    /// <summary>The currency of the amount.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(Money)</c>, which has no currency.</exception>
    public Currency Currency => _currency ?? throw new InvalidOperationException("This Money is default(Money) and has no currency; create amounts with new Money(amount, currency).");

    /// <summary>Whether the amount is zero.</summary>
    public bool IsZero => Amount == 0m;

    /// <summary>Whether the amount is below zero.</summary>
    public bool IsNegative => Amount < 0m;

    /// <summary>A zero amount in a currency.</summary>
    /// <param name="currency">The currency of the zero; required.</param>
    /// <returns>0 in <paramref name="currency"/>.</returns>
    public static Money Zero(Currency currency) => new(0m, currency);

    /// <summary>An amount in Chinese yuan.</summary>
    /// <param name="amount">The amount in yuan.</param>
    /// <returns>The amount in <see cref="Currency.CNY"/>.</returns>
    public static Money Cny(decimal amount) => new(amount, Currency.CNY);

    /// <summary>An amount in US dollars.</summary>
    /// <param name="amount">The amount in dollars.</param>
    /// <returns>The amount in <see cref="Currency.USD"/>.</returns>
    public static Money Usd(decimal amount) => new(amount, Currency.USD);

    /// <summary>Adds two amounts of one currency.</summary>
    /// <param name="left">The amount to add to; its currency must match <paramref name="right"/>'s.</param>
    /// <param name="right">The amount to add, in the same currency as <paramref name="left"/>.</param>
    /// <returns>The exact, unrounded sum in the shared currency.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The sum is outside decimal's range, or decimal cannot hold it exactly (it would have to be rounded); the message names both operands.</exception>
    public static Money operator +(Money left, Money right)
    {
        var currency = SameCurrency(left, right, "add");
        return ExactDecimal.TryAdd(left.Amount, right.Amount, out var sum)
            ? new Money(sum, currency)
            : throw Inexact("adding", left, right);
    }

    /// <summary>Subtracts one amount from another of the same currency.</summary>
    /// <param name="left">The amount to subtract from (the minuend).</param>
    /// <param name="right">The amount to subtract, in the same currency as <paramref name="left"/>.</param>
    /// <returns>The exact <paramref name="left"/> minus <paramref name="right"/>, in the shared currency; may be negative.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The difference is outside decimal's range, or decimal cannot hold it exactly; the message names both operands.</exception>
    public static Money operator -(Money left, Money right)
    {
        var currency = SameCurrency(left, right, "subtract");
        return ExactDecimal.TryAdd(left.Amount, -right.Amount, out var difference)
            ? new Money(difference, currency)
            : throw Inexact("subtracting", left, right);
    }

    /// <summary>Negates an amount.</summary>
    /// <param name="value">The amount to negate; it must have a currency.</param>
    /// <returns>The amount with the opposite sign, in the same currency.</returns>
    public static Money operator -(Money value) => new(-value.Amount, value.Currency);

    /// <summary>Returns the amount unchanged.</summary>
    /// <param name="value">Any amount, even <c>default(Money)</c>.</param>
    /// <returns><paramref name="value"/> itself.</returns>
    public static Money operator +(Money value) => value;

    /// <summary>Multiplies an amount by a number.</summary>
    /// <param name="money">The amount to scale.</param>
    /// <param name="factor">A pure number, such as an exchange rate or 1 + a growth rate.</param>
    /// <returns>The exact product in the currency of <paramref name="money"/> (not rounded to the minor unit).</returns>
    /// <exception cref="OverflowException">The product is outside decimal's range.</exception>
    public static Money operator *(Money money, decimal factor)
    {
        try
        {
            return new Money(money.Amount * factor, money.Currency);
        }
        catch (OverflowException e)
        {
            throw new OverflowException(string.Create(CultureInfo.InvariantCulture, $"Multiplying {money} by {factor} overflows decimal."), e);
        }
    }

    /// <summary>Multiplies an amount by a number.</summary>
    /// <param name="factor">A pure number, such as an exchange rate or 1 + a growth rate.</param>
    /// <param name="money">The amount to scale.</param>
    /// <returns>The exact product in the currency of <paramref name="money"/> (not rounded to the minor unit).</returns>
    public static Money operator *(decimal factor, Money money) => money * factor;

    /// <summary>Divides an amount by a number.</summary>
    /// <param name="money">The amount to divide.</param>
    /// <param name="divisor">A pure number, not zero.</param>
    /// <returns>The quotient to decimal precision (not rounded to the minor unit).</returns>
    /// <exception cref="DivideByZeroException"><paramref name="divisor"/> is zero.</exception>
    public static Money operator /(Money money, decimal divisor)
    {
        if (divisor == 0m)
        {
            throw new DivideByZeroException(string.Create(CultureInfo.InvariantCulture, $"Cannot divide {money} by zero."));
        }

        try
        {
            return new Money(money.Amount / divisor, money.Currency);
        }
        catch (OverflowException e)
        {
            throw new OverflowException(string.Create(CultureInfo.InvariantCulture, $"Dividing {money} by {divisor} overflows decimal."), e);
        }
    }

    /// <summary>The ratio of two amounts of one currency, such as exports over total trade.</summary>
    /// <param name="dividend">The numerator, such as the exports.</param>
    /// <param name="divisor">The denominator, in the same currency as <paramref name="dividend"/>; not zero.</param>
    /// <returns>The dimensionless ratio to decimal precision (0.25 for a quarter), not rounded.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="DivideByZeroException">The denominator is zero.</exception>
    /// <exception cref="OverflowException">The ratio is outside decimal's range.</exception>
    public static decimal operator /(Money dividend, Money divisor)
    {
        SameCurrency(dividend, divisor, "divide");
        if (divisor.Amount == 0m)
        {
            throw new DivideByZeroException(string.Create(CultureInfo.InvariantCulture, $"Cannot divide {dividend} by a zero amount ({divisor})."));
        }

        try
        {
            return dividend.Amount / divisor.Amount;
        }
        catch (OverflowException e)
        {
            throw Overflow("dividing", dividend, divisor, e);
        }
    }

    /// <summary>Adds an amount of the same currency.</summary>
    /// <param name="other">The amount to add, in this amount's currency.</param>
    /// <returns>The exact sum, as with the <c>+</c> operator.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public Money Add(Money other) => this + other;

    /// <summary>Subtracts an amount of the same currency.</summary>
    /// <param name="other">The amount to subtract, in this amount's currency.</param>
    /// <returns>The exact difference this minus <paramref name="other"/>, as with the <c>-</c> operator.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public Money Subtract(Money other) => this - other;

    /// <summary>Multiplies by a number.</summary>
    /// <param name="factor">A pure number to multiply the amount by.</param>
    /// <returns>The exact product in this currency, not rounded.</returns>
    public Money Multiply(decimal factor) => this * factor;

    /// <summary>Divides by a number.</summary>
    /// <param name="divisor">A pure number, not zero.</param>
    /// <returns>The quotient in this currency, to decimal precision, not rounded.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="divisor"/> is zero.</exception>
    public Money Divide(decimal divisor) => this / divisor;

    /// <summary>The ratio of this amount to another of the same currency.</summary>
    /// <param name="divisor">The denominator, in this amount's currency; not zero.</param>
    /// <returns>The dimensionless ratio this / <paramref name="divisor"/>, not rounded.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="DivideByZeroException">The denominator is zero.</exception>
    public decimal Divide(Money divisor) => this / divisor;

    /// <summary>Negates the amount.</summary>
    /// <returns>The amount with the opposite sign, in the same currency.</returns>
    public Money Negate() => -this;

    /// <summary>Returns a copy with a non-negative amount.</summary>
    /// <returns>The magnitude of the amount, in the same currency.</returns>
    public Money Abs() => new(Math.Abs(Amount), Currency);

    /// <summary>
    /// Rounds to the currency's minor unit with banker's rounding (<see cref="MidpointRounding.ToEven"/>),
    /// the ISO and accounting default that does not bias sums upward.
    /// </summary>
    /// <returns>The amount rounded to <see cref="Currency.MinorUnitDigits"/> decimal places, in the same currency.</returns>
    public Money Round() => Round(MidpointRounding.ToEven);

    /// <summary>Rounds to the currency's minor unit with a chosen midpoint rule.</summary>
    /// <param name="mode">How to round a value exactly halfway between two minor units.</param>
    /// <returns>The amount rounded to <see cref="Currency.MinorUnitDigits"/> decimal places, in the same currency.</returns>
    public Money Round(MidpointRounding mode) => new(Math.Round(Amount, Currency.MinorUnitDigits, mode), Currency);

    /// <summary>Rounds to a number of decimal places with a chosen midpoint rule.</summary>
    /// <param name="decimals">Decimal places, 0 to 28.</param>
    /// <param name="mode">The midpoint rule; banker's rounding when omitted.</param>
    /// <returns>The amount rounded to <paramref name="decimals"/> places, in the same currency.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 28.</exception>
    public Money Round(int decimals, MidpointRounding mode = MidpointRounding.ToEven)
    {
        Guard.Against.NotInRange(decimals, 0, 28);
        return new Money(Math.Round(Amount, decimals, mode), Currency);
    }

    /// <summary>The most parts <see cref="Split"/> makes: one million.</summary>
    public const int MaxSplitParts = 1_000_000;

    /// <summary>
    /// Splits the amount into equal parts that add up exactly to it, in minor units (or finer, when the
    /// amount itself is finer). Earlier parts receive the leftover units: 100 CNY in three is 33.34, 33.33, 33.33.
    /// </summary>
    /// <param name="parts">The number of parts, from one to <see cref="MaxSplitParts"/>.</param>
    /// <returns><paramref name="parts"/> amounts in this currency whose exact sum is this amount; earlier parts take the leftover units.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parts"/> is less than one or more than <see cref="MaxSplitParts"/>.</exception>
    public Money[] Split(int parts)
    {
        Guard.Against.LessThan(parts, 1);
        if (parts > MaxSplitParts)
        {
            throw new ArgumentOutOfRangeException(nameof(parts), parts, string.Create(CultureInfo.InvariantCulture, $"Splitting {this} into more than {MaxSplitParts} parts is refused: an array of that many amounts is a mistake rather than an allocation (use Allocate with ratios for shares)."));
        }

        var ratios = new decimal[parts];
        Array.Fill(ratios, 1m);
        return Allocate(ratios);
    }

    /// <summary>
    /// Allocates the amount over ratios so that the parts add up exactly to it, losing no minor unit.
    /// Each part is rounded down to the allocation unit (the minor unit, or finer when the amount is finer)
    /// and the leftover units go, one each, to the parts with the largest remainders (ties to the earlier part).
    /// </summary>
    /// <param name="ratios">Non-negative weights, at least one positive. A part with ratio zero receives zero.</param>
    /// <returns>One part per ratio, in order, in this amount's currency; for a negative amount every part is negative or zero.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ratios"/> is null.</exception>
    /// <exception cref="ArgumentException">No ratio was given, a ratio is negative, or all are zero.</exception>
    /// <exception cref="OverflowException">The amount has more allocation units, or the ratios a larger sum, than decimal can hold.</exception>
    /// <exception cref="InvalidOperationException">This is <c>default(Money)</c>, which has no currency.</exception>
    /// <example>
    /// <code>
    /// Money[] parts = Money.Cny(100m).Allocate(1m, 1m, 1m); // 33.34, 33.33, 33.33 CNY
    /// Money[] shares = Money.Cny(0.05m).Allocate(70m, 30m); // 0.04, 0.01 CNY
    /// </code>
    /// </example>
    public Money[] Allocate(params decimal[] ratios)
    {
        Guard.Against.Null(ratios);
        Guard.Against.TooFewElements(ratios.Length, 1, "Allocation needs at least one ratio.", nameof(ratios));

        var sum = 0m;
        for (var i = 0; i < ratios.Length; i++)
        {
            if (ratios[i] < 0m)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Allocation ratios must not be negative; ratio {i} is {ratios[i]}."), nameof(ratios));
            }

            sum += ratios[i];
        }

        if (sum == 0m)
        {
            throw new ArgumentException("Allocation ratios must not all be zero.", nameof(ratios));
        }

        var currency = Currency;
        var scale = Math.Max(currency.MinorUnitDigits, (int)Amount.Scale);
        var unit = 1m;
        for (var i = 0; i < scale; i++)
        {
            unit /= 10m;
        }

        var sign = Amount < 0m ? -1m : 1m;
        decimal totalUnits;
        try
        {
            totalUnits = Math.Abs(Amount) / unit; // an integer by construction of the unit
        }
        catch (OverflowException e)
        {
            throw new OverflowException(string.Create(CultureInfo.InvariantCulture, $"Allocating {this} overflows decimal: it has too many units of {unit}."), e);
        }

        var units = new decimal[ratios.Length];
        var remainders = new decimal[ratios.Length];
        var allocated = 0m;
        for (var i = 0; i < ratios.Length; i++)
        {
            // Multiplying first is exact for the usual sizes; for huge totals it would overflow, so divide first.
            var exact = ratios[i] <= 1m || totalUnits <= decimal.MaxValue / ratios[i]
                ? totalUnits * ratios[i] / sum
                : totalUnits * (ratios[i] / sum);
            units[i] = Math.Floor(exact);
            remainders[i] = exact - units[i];
            allocated += units[i];
        }

        // Decimal division rounds at 28 digits, so with extreme sizes the floors can miss the total by more than
        // one unit per part, or even exceed it; settle the difference unit by unit so the sum is always exact.
        var leftover = totalUnits - allocated;
        var byRemainder = Enumerable.Range(0, ratios.Length)
            .OrderByDescending(i => remainders[i])
            .ThenBy(i => i)
            .ToArray();
        while (leftover > 0m)
        {
            foreach (var i in byRemainder)
            {
                if (leftover == 0m)
                {
                    break;
                }

                if (ratios[i] > 0m)
                {
                    units[i] += 1m;
                    leftover -= 1m;
                }
            }
        }

        while (leftover < 0m)
        {
            for (var k = byRemainder.Length - 1; k >= 0 && leftover < 0m; k--)
            {
                var i = byRemainder[k];
                if (units[i] > 0m)
                {
                    units[i] -= 1m;
                    leftover += 1m;
                }
            }
        }

        var result = new Money[ratios.Length];
        for (var i = 0; i < ratios.Length; i++)
        {
            result[i] = new Money(sign * units[i] * unit, currency);
        }

        return result;
    }

    /// <summary>Whether two amounts have the same currency and the same value (1.0 CNY equals 1.00 CNY).</summary>
    /// <param name="other">The amount to compare with; a different currency makes the amounts unequal rather than throwing.</param>
    /// <returns>True when the currencies are the same and the amounts are numerically equal.</returns>
    public bool Equals(Money other) => Amount == other.Amount && _currency == other._currency;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Amount, _currency);

    /// <summary>Compares two amounts of the same currency.</summary>
    /// <param name="other">An amount in the same currency.</param>
    /// <returns>Negative when this amount is smaller, zero when equal, positive when larger.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public int CompareTo(Money other)
    {
        SameCurrency(this, other, "compare");
        return Amount.CompareTo(other.Amount);
    }

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Money other => CompareTo(other),
        _ => throw new ArgumentException($"Cannot compare Money with {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>The invariant text form: the exact amount and the code, such as <c>12670000000 CNY</c>.</summary>
    /// <returns>The invariant text, such as <c>12670000000 CNY</c>, that <see cref="Parse(string)"/> reads back.</returns>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>Formats the amount with a numeric format and culture, followed by the currency code.</summary>
    /// <param name="format">A standard or custom numeric format for the amount, such as <c>N2</c>; the exact amount when null.</param>
    /// <param name="formatProvider">The culture; invariant when null (never the current culture).</param>
    /// <returns>The text, such as <c>12,670,000,000.00 CNY</c>.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a numeric format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var provider = formatProvider ?? CultureInfo.InvariantCulture;
        return Amount.ToString(format, provider) + " " + CodeText;
    }

    /// <summary>
    /// Writes into a span exactly what <see cref="ToString(string?, IFormatProvider?)"/> returns for the same format
    /// and provider, without allocating.
    /// </summary>
    /// <param name="destination">Where to write the text.</param>
    /// <param name="charsWritten">The number of characters written; zero when the method returns false.</param>
    /// <param name="format">A numeric format for the amount, such as <c>N2</c>; empty for the exact amount.</param>
    /// <param name="provider">The culture; invariant when null.</param>
    /// <returns>True when the text fitted; false, with nothing written, when <paramref name="destination"/> is too short.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a numeric format.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider? provider = null)
    {
        var code = CodeText;
        if (Amount.TryFormat(destination, out var written, format, provider ?? CultureInfo.InvariantCulture)
            && destination.Length - written > code.Length)
        {
            destination[written] = ' ';
            code.CopyTo(destination[(written + 1)..]);
            charsWritten = written + 1 + code.Length;
            return true;
        }

        charsWritten = 0;
        return false;
    }

    /// <summary>
    /// Parses the invariant form written by <see cref="ToString()"/>: an amount and a currency code
    /// separated by a space, in either order (<c>12.67 CNY</c> or <c>CNY 12.67</c>).
    /// For press forms such as "12.67 billion yuan" use <c>TradeStats.Text.MoneyText</c>.
    /// </summary>
    /// <remarks>
    /// Generic code reaches the same parser through <see cref="IParsable{TSelf}"/>: <c>T.Parse(s, provider)</c> reads the
    /// amount in the notation of <c>provider</c> when one is given (<c>1234,5 CNY</c> for de-DE, as
    /// <see cref="ToString(string?, IFormatProvider?)"/> writes it with no format), invariant when it is null.
    /// </remarks>
    /// <param name="text">An amount and a currency code separated by white space, in either order, such as <c>12.67 CNY</c>; invariant digits, a sign and an exponent are allowed.</param>
    /// <returns>The amount in that currency, exactly as written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not of that form; the message quotes it.</exception>
    /// <exception cref="UnknownCurrencyException">The code is three letters but not a known currency.</exception>
    public static Money Parse(string text)
    {
        Guard.Against.Null(text);
        return ParseCore(text, null);
    }

    /// <summary>Parses the characters of an amount and a currency code in invariant notation; see <see cref="Parse(string)"/>.</summary>
    /// <param name="text">An amount and a currency code separated by white space, in either order, such as <c>12.67 CNY</c>.</param>
    /// <returns>The amount in that currency, exactly as written.</returns>
    /// <exception cref="FormatException">The text is not of that form; the message quotes it.</exception>
    /// <exception cref="UnknownCurrencyException">The code is three letters but not a known currency.</exception>
    public static Money Parse(ReadOnlySpan<char> text) => ParseCore(text.ToString(), null); // the parser splits a string

    /// <summary>Tries to parse an amount with its currency code in invariant notation; see <see cref="Parse(string)"/>.</summary>
    /// <param name="text">The text, such as <c>12.67 CNY</c>; null fails.</param>
    /// <param name="result">The amount when parsing succeeded; <c>default</c> otherwise.</param>
    /// <returns>
    /// True when <see cref="Parse(string)"/> would return an amount; false, without throwing, where it would throw:
    /// null, text not of the form, or a three-letter code that is not a known currency.
    /// </returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Money result) => TryParseCore(text, null, out result);

    /// <summary>Tries to parse the characters of an amount with its currency code in invariant notation; see <see cref="Parse(string)"/>.</summary>
    /// <param name="text">The characters to parse.</param>
    /// <param name="result">The amount when parsing succeeded; <c>default</c> otherwise.</param>
    /// <returns>True when the characters are an amount with a known currency code; false, without throwing, otherwise.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out Money result) => TryParseCore(text.ToString(), null, out result); // the parser splits a string

    // IParsable and ISpanParsable for generic code (T.Parse(s, provider)): the same parser, with the amount in the
    // provider's notation (invariant when null). Spans are parsed through a string.
    static Money IParsable<Money>.Parse(string s, IFormatProvider? provider) => ParseCore(s, provider);

    static bool IParsable<Money>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Money result) => TryParseCore(s, provider, out result);

    static Money ISpanParsable<Money>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => ParseCore(s.ToString(), provider);

    static bool ISpanParsable<Money>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Money result) => TryParseCore(s.ToString(), provider, out result);

    private static Money ParseCore(string text, IFormatProvider? provider)
    {
        Guard.Against.Null(text);
        return TryRead(text, provider, out var money, out var failure) ? money : throw failure.ToException();
    }

    private static bool TryParseCore([NotNullWhen(true)] string? text, IFormatProvider? provider, out Money result)
    {
        result = default;
        return text is not null && TryRead(text, provider, out result, out _);
    }

    // The one parser behind Parse and TryParse: the failure is what Parse throws.
    private static bool TryRead(string text, IFormatProvider? provider, out Money money, out ParseFailure failure)
    {
        const NumberStyles Styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
        var numbers = provider ?? CultureInfo.InvariantCulture;
        var parts = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 2)
        {
            if (decimal.TryParse(parts[0], Styles, numbers, out var a) && IsCode(parts[1]))
            {
                return WithCurrency(a, parts[1], out money, out failure);
            }

            if (IsCode(parts[0]) && decimal.TryParse(parts[1], Styles, numbers, out var b))
            {
                return WithCurrency(b, parts[0], out money, out failure);
            }
        }

        money = default;
        failure = ParseFailure.Format($"'{text}' is not an amount with a currency code such as '12.67 CNY'.");
        return false;
    }

    private static bool WithCurrency(decimal amount, string code, out Money money, out ParseFailure failure)
    {
        if (Currency.TryFromCode(code, out var currency))
        {
            money = new Money(amount, currency);
            failure = default;
            return true;
        }

        money = default;
        failure = ParseFailure.UnknownCurrency(code);
        return false;
    }

    /// <summary>Whether two amounts are equal.</summary>
    /// <param name="left">One amount.</param>
    /// <param name="right">The amount to compare with; any currency.</param>
    /// <returns>True when equal in currency and value.</returns>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>Whether two amounts differ.</summary>
    /// <param name="left">One amount.</param>
    /// <param name="right">The amount to compare with; any currency.</param>
    /// <returns>True when currency or value differ.</returns>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    /// <summary>Compares two amounts of one currency.</summary>
    /// <param name="left">The amount that may be smaller.</param>
    /// <param name="right">The amount to compare with, in the same currency.</param>
    /// <returns>True when <paramref name="left"/> is smaller.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    /// <summary>Compares two amounts of one currency.</summary>
    /// <param name="left">The amount that may be smaller or equal.</param>
    /// <param name="right">The amount to compare with, in the same currency.</param>
    /// <returns>True when <paramref name="left"/> is smaller or equal.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two amounts of one currency.</summary>
    /// <param name="left">The amount that may be larger.</param>
    /// <param name="right">The amount to compare with, in the same currency.</param>
    /// <returns>True when <paramref name="left"/> is larger.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    /// <summary>Compares two amounts of one currency.</summary>
    /// <param name="left">The amount that may be larger or equal.</param>
    /// <param name="right">The amount to compare with, in the same currency.</param>
    /// <returns>True when <paramref name="left"/> is larger or equal.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    /// <summary>Sums amounts of one currency.</summary>
    /// <param name="amounts">The amounts, at least one (an empty sum has no currency).</param>
    /// <returns>The exact sum, in the currency of the amounts.</returns>
    /// <exception cref="ArgumentException">The sequence is empty.</exception>
    /// <exception cref="CurrencyMismatchException">Two amounts have different currencies.</exception>
    public static Money Sum(IEnumerable<Money> amounts)
    {
        Guard.Against.Null(amounts);
        using var e = amounts.GetEnumerator();
        if (!e.MoveNext())
        {
            throw new ArgumentException("Cannot sum an empty sequence of Money: the currency of the result is unknown. Use Money.Sum(amounts, currency).", nameof(amounts));
        }

        var total = e.Current;
        while (e.MoveNext())
        {
            total += e.Current;
        }

        return total;
    }

    /// <summary>Sums amounts that must all be in a given currency; an empty sequence sums to zero of it.</summary>
    /// <param name="amounts">The amounts, possibly none, each in <paramref name="currency"/>.</param>
    /// <param name="currency">The currency of every amount and of the result.</param>
    /// <returns>The exact sum in <paramref name="currency"/>; zero for an empty sequence.</returns>
    /// <exception cref="CurrencyMismatchException">An amount is in another currency.</exception>
    public static Money Sum(IEnumerable<Money> amounts, Currency currency)
    {
        Guard.Against.Null(amounts);
        var total = Zero(currency);
        foreach (var m in amounts)
        {
            total += m;
        }

        return total;
    }

    private string CodeText => _currency?.Code ?? "(no currency)";

    private static bool IsCode(string s) => s.Length == 3 && s.All(char.IsAsciiLetter);

    private static Currency SameCurrency(Money left, Money right, string operation)
    {
        var l = left.Currency;
        var r = right.Currency;
        if (!ReferenceEquals(l, r) && l != r)
        {
            throw new CurrencyMismatchException(l, r, operation);
        }

        return l;
    }

    private static OverflowException Inexact(string operation, Money left, Money right) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Overflow {operation} {left} and {right}: the exact result is outside decimal's range or has more digits than decimal holds (28-29 significant digits), and money is never rounded silently."));

    private static OverflowException Overflow(string operation, Money left, Money right, OverflowException inner) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Overflow {operation} {left} and {right}: the result is outside decimal's range."), inner);
}
