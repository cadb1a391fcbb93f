using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace TradeStats;

/// <summary>
/// The library's own guard clauses, used as <c>Guard.Against.X(...)</c> beside the common ones of Ardalis.GuardClauses.
/// </summary>
/// <remarks>
/// The range guards throw <see cref="ArgumentOutOfRangeException"/> with the actual value, as the library documents;
/// Ardalis' <c>Negative</c> and <c>NegativeOrZero</c> throw <see cref="ArgumentException"/>, its <c>OutOfRange</c>
/// drops the value from the message, and its <c>EnumOutOfRange</c> throws InvalidEnumArgumentException. Each message
/// is built only when the guard throws.
/// </remarks>
internal static class Guards
{
    /// <summary>Throws unless <paramref name="input"/> lies between <paramref name="minimum"/> and <paramref name="maximum"/>, both included.</summary>
    /// <exception cref="ArgumentOutOfRangeException">It does not.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T NotInRange<T>(this IGuardClause guardClause, T input, T minimum, T maximum, [CallerArgumentExpression(nameof(input))] string? parameterName = null)
        where T : IComparable<T>
    {
        _ = guardClause;
        if (input.CompareTo(minimum) < 0 || input.CompareTo(maximum) > 0)
        {
            ThrowNotInRange(parameterName, input, minimum, maximum);
        }

        return input;
    }

    /// <summary>Throws if <paramref name="input"/> is less than <paramref name="minimum"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">It is.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T LessThan<T>(this IGuardClause guardClause, T input, T minimum, [CallerArgumentExpression(nameof(input))] string? parameterName = null)
        where T : IComparable<T>
    {
        _ = guardClause;
        if (input.CompareTo(minimum) < 0)
        {
            ThrowLessThan(parameterName, input, minimum);
        }

        return input;
    }

    /// <summary>Throws if <paramref name="input"/> is negative.</summary>
    /// <exception cref="ArgumentOutOfRangeException">It is.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T NegativeValue<T>(this IGuardClause guardClause, T input, [CallerArgumentExpression(nameof(input))] string? parameterName = null)
        where T : struct, IComparable<T>
    {
        _ = guardClause;
        if (input.CompareTo(default) < 0)
        {
            ThrowOutOfRange(parameterName, input, "must not be negative");
        }

        return input;
    }

    /// <summary>Throws if <paramref name="input"/> is zero or negative.</summary>
    /// <exception cref="ArgumentOutOfRangeException">It is.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T NotPositive<T>(this IGuardClause guardClause, T input, [CallerArgumentExpression(nameof(input))] string? parameterName = null)
        where T : struct, IComparable<T>
    {
        _ = guardClause;
        if (input.CompareTo(default) <= 0)
        {
            ThrowOutOfRange(parameterName, input, "must be positive");
        }

        return input;
    }

    /// <summary>Throws if <paramref name="input"/> is not a defined value of its enum.</summary>
    /// <exception cref="ArgumentOutOfRangeException">It is not.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T UndefinedEnum<T>(this IGuardClause guardClause, T input, string message, [CallerArgumentExpression(nameof(input))] string? parameterName = null)
        where T : struct, Enum
    {
        _ = guardClause;
        if (!Enum.IsDefined(input))
        {
            ThrowOutOfRange(parameterName, input, message, whole: true);
        }

        return input;
    }

    /// <summary>Throws unless <paramref name="code"/> is a currency code: three ASCII letters.</summary>
    /// <exception cref="ArgumentNullException">It is null.</exception>
    /// <exception cref="ArgumentException">It is not three ASCII letters.</exception>
    public static string InvalidCurrencyCode(this IGuardClause guardClause, string? code, [CallerArgumentExpression(nameof(code))] string? parameterName = null)
    {
        guardClause.Null(code, parameterName);
        if (code.Length != 3 || !code.All(char.IsAsciiLetter))
        {
            throw new ArgumentException($"A currency code is three ASCII letters; got '{code}'.", parameterName);
        }

        return code;
    }

    /// <summary>Throws unless <paramref name="value"/> is a positive exchange rate within <see cref="ExchangeRate.MinValue"/> to <see cref="ExchangeRate.MaxValue"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">It is not.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static decimal InvalidExchangeRate(this IGuardClause guardClause, decimal value, Currency baseCurrency, Currency quoteCurrency, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
    {
        _ = guardClause;
        if (value <= 0m || value < ExchangeRate.MinValue || value > ExchangeRate.MaxValue)
        {
            ThrowInvalidExchangeRate(value, baseCurrency, quoteCurrency, parameterName);
        }

        return value;
    }

    /// <summary>Throws if <paramref name="period"/> is <c>default(Period)</c>, which is not a real period.</summary>
    /// <exception cref="ArgumentException">It is.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Period DefaultPeriod(this IGuardClause guardClause, Period period, [CallerArgumentExpression(nameof(period))] string? parameterName = null)
    {
        _ = guardClause;
        if (period.StartYear < Period.MinYear)
        {
            ThrowDefaultPeriod(parameterName);
        }

        return period;
    }

    /// <summary>Throws if <paramref name="count"/>, the number of elements of a collection or the parts of a partition, is below <paramref name="minimum"/>.</summary>
    /// <exception cref="ArgumentException">It is.</exception>
    public static int TooFewElements(this IGuardClause guardClause, int count, int minimum, string message, string parameterName)
    {
        _ = guardClause;
        return count >= minimum ? count : throw new ArgumentException(message, parameterName);
    }

    // The throws live apart from the guards, so that the guards stay small enough to inline on hot paths.
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowOutOfRange<T>(string? parameterName, T input, string rule, bool whole = false) =>
        throw new ArgumentOutOfRangeException(parameterName, input, whole ? rule : string.Create(CultureInfo.InvariantCulture, $"{parameterName} {rule}; got {input}."));

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowNotInRange<T>(string? parameterName, T input, T minimum, T maximum) =>
        ThrowOutOfRange(parameterName, input, string.Create(CultureInfo.InvariantCulture, $"must lie between {minimum} and {maximum}"));

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowLessThan<T>(string? parameterName, T input, T minimum) =>
        ThrowOutOfRange(parameterName, input, string.Create(CultureInfo.InvariantCulture, $"must be at least {minimum}"));

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowInvalidExchangeRate(decimal value, Currency baseCurrency, Currency quoteCurrency, string? parameterName)
    {
        if (value <= 0m)
        {
            throw new ArgumentOutOfRangeException(parameterName, value, $"An exchange rate must be positive; got {value.ToString(CultureInfo.InvariantCulture)} for {baseCurrency}/{quoteCurrency}.");
        }

        throw new ArgumentOutOfRangeException(parameterName, value, $"An exchange rate must lie between {ExchangeRate.MinValue.ToString(CultureInfo.InvariantCulture)} and {ExchangeRate.MaxValue.ToString(CultureInfo.InvariantCulture)}, so that its inverse keeps at least 14 significant digits; got {value.ToString(CultureInfo.InvariantCulture)} for {baseCurrency}/{quoteCurrency}.");
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowDefaultPeriod(string? parameterName) =>
        throw new ArgumentException("The period is default(Period), which is not a real period; create one with Period.Year, Period.Month, Period.Parse, ...", parameterName);
}
